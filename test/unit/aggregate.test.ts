import { describe, expect, it } from 'vitest';
import { aggregateCsv, aggregateScorecards, median, statsOf } from '../../src/assessment/aggregate.ts';
import type { ReadScorecard } from '../../src/assessment/compare.ts';
import { questionIds } from '../../src/assessment/read-model.ts';
import { readScorecard, toScorecard } from '../../src/assessment/scorecard.ts';
import { teamLabels } from '../../src/assessment/scorecard-label.ts';
import type { Answers, Level } from '../../src/schema/assessment.ts';
import { makeModel } from '../support/assessment-model.ts';

const model = makeModel();
const versions = new Map([[model.modelVersion, questionIds(model)]]);

/** Every question of `dimension` answered `value`. */
const all = (dimension: string, value: Level): Answers => Object.fromEntries(['process', 'tooling', 'governance'].map((q) => [`${dimension}.${q}`, { value }]));

function read(organization: string, team: string, date: string, answers: Answers, targets: Partial<Record<string, Level>> = {}): ReadScorecard {
  const result = readScorecard(JSON.stringify(toScorecard(model, answers, targets, { organization, team, date })), model, versions);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('median', () => {
  it('takes the middle of an odd count and the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3])).toBe(3);
    expect(median([10, 1, 3, 2])).toBe(2.5);
    expect(median([1, 2])).toBe(1.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });

  it('leaves its input in the order it was given', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('statsOf', () => {
  it('leaves unscored values out and counts them', () => {
    expect(statsOf([2, null, 4, 1])).toEqual({ scored: 3, unscored: 1, median: 2, min: 1, max: 4, spread: 3 });
    expect(statsOf([null, null])).toEqual({ scored: 0, unscored: 2, median: null, min: null, max: null, spread: null });
  });
});

describe('aggregateScorecards', () => {
  const teams = [
    // change 1 (below the target of 3), incident 4
    read('Acme', 'Platform', '2026-12-01', { ...all('change', 1), ...all('incident', 4) }),
    // change 3, incident 2 (below), patch: (2 + 3) / 2 = 2.5, level 2 — with a raised target of 4 on change
    read('Acme', 'Network', '2026-12-02', { ...all('change', 3), ...all('incident', 2), 'patch.process': { value: 2 }, 'patch.tooling': { value: 3 } }, { change: 4 }),
    // change 4, nothing else
    read('Acme', 'Service desk', '2026-12-03', all('change', 4)),
    // change 2, incident: only don't know, so not scored
    read('Acme', 'Data', '2026-12-04', { ...all('change', 2), 'incident.process': { value: 'unknown' } }),
  ];
  const result = aggregateScorecards(model, teams);
  const dim = (id: string) => result.dimensions.find((d) => d.id === id)!;

  it('gives each team a row with every dimension’s score, level and target', () => {
    expect(result.teams.map((t) => t.label)).toEqual(['Acme · Platform', 'Acme · Network', 'Acme · Service desk', 'Acme · Data']);
    expect(result.teams[1]!.cells.find((c) => c.dimensionId === 'change')).toEqual({ dimensionId: 'change', score: 3, level: 3, target: 4, below: true });
    expect(result.teams[1]!.cells.find((c) => c.dimensionId === 'patch')).toEqual({ dimensionId: 'patch', score: 2.5, level: 2, target: 3, below: true });
    expect(result.teams[3]!.cells.find((c) => c.dimensionId === 'incident')).toEqual({ dimensionId: 'incident', score: null, level: null, target: 3, below: false });
  });

  it('computes median, minimum, maximum and spread per dimension over an even count', () => {
    // change: 1, 3, 4, 2 → sorted 1 2 3 4, median (2 + 3) / 2.
    expect(dim('change')).toMatchObject({ scored: 4, unscored: 0, median: 2.5, min: 1, max: 4, spread: 3 });
  });

  it('computes them over an odd count, leaving unscored teams out', () => {
    // incident: 4, 2, not scored, not scored.
    expect(dim('incident')).toMatchObject({ scored: 2, unscored: 2, median: 3, min: 2, max: 4, spread: 2 });
    expect(dim('patch')).toMatchObject({ scored: 1, unscored: 3, median: 2.5, min: 2.5, max: 2.5, spread: 0 });
    expect(dim('metrics')).toMatchObject({ scored: 0, unscored: 4, median: null, min: null, max: null, spread: null });
  });

  it('names the teams below target per dimension, against each team’s own target', () => {
    // Network's change is 3, below its raised target of 4; Data's 2 is below the default 3.
    expect(dim('change').belowTarget).toEqual(['Acme · Platform', 'Acme · Network', 'Acme · Data']);
    expect(dim('incident').belowTarget).toEqual(['Acme · Network']);
    expect(dim('metrics').belowTarget).toEqual([]); // not scored is not "below"
  });

  it('computes the same statistics over the overall scores', () => {
    // Platform (1 + 4) / 2 = 2.5; Network (3 + 2 + 2.5) / 3 = 2.5; Service desk 4; Data 2.
    expect(result.teams.map((t) => t.overall.score)).toEqual([2.5, 2.5, 4, 2]);
    expect(result.overall).toEqual({ scored: 4, unscored: 0, median: 2.5, min: 2, max: 4, spread: 2 });
  });

  it('exports one CSV row per team and dimension, then the team’s overall', () => {
    const csv = aggregateCsv(model, result);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('team_label,organization,team,date,dimension_id,dimension,score,level,level_name,target,below_target');
    expect(lines).toHaveLength(1 + 4 * (model.dimensions.length + 1));
    expect(lines[1]).toBe('Acme · Platform,Acme,Platform,2026-12-01,change,Change,1,1,Aware,3,yes');
    expect(lines).toContain('Acme · Network,Acme,Network,2026-12-02,patch,Patch,2.5,2,Coordinated,3,yes');
    expect(lines).toContain('Acme · Data,Acme,Data,2026-12-04,incident,Incident,,,not scored,3,');
    expect(lines).toContain('Acme · Platform,Acme,Platform,2026-12-01,overall,Overall,2.5,2,Coordinated,,');
  });

  it('defuses team names that a spreadsheet would run as formulas', () => {
    const csv = aggregateCsv(model, aggregateScorecards(model, [read('=cmd()', 'x', '2026-12-01', all('change', 1))]));
    expect(csv).toContain("'=cmd() · x,'=cmd(),x,");
  });
});

describe('teamLabels', () => {
  const who = (organization: string, team: string, date: string) => ({ organization, team, date });

  it('names teams by organization and team, adding the date only where a team appears twice', () => {
    expect(teamLabels([who('Acme', 'Platform', '2026-10-01'), who('Acme', 'Network', '2026-10-02'), who('Acme', 'Platform', '2026-12-15')])).toEqual([
      'Acme · Platform · 2026-10-01',
      'Acme · Network',
      'Acme · Platform · 2026-12-15',
    ]);
  });

  it('numbers labels that would still be the same, and names a team without names', () => {
    expect(teamLabels([who('Acme', 'Platform', '2026-10-01'), who('Acme', 'Platform', '2026-10-01'), who('', '', '2026-10-01')])).toEqual([
      'Acme · Platform · 2026-10-01 (1)',
      'Acme · Platform · 2026-10-01 (2)',
      'Unnamed team',
    ]);
  });
});

describe('integration gap per team', () => {
  const sided = (team: string, perspective: 'security' | 'operations', date: string, answers: Answers): ReadScorecard => {
    const result = readScorecard(JSON.stringify(toScorecard(model, answers, {}, { organization: 'Acme', team, date, perspective })), model, versions);
    if (!result.ok) throw new Error(result.error);
    return result;
  };

  it('shows the gap between the latest security and operations scorecards of a team on both rows', () => {
    const inputs = [
      sided('Platform', 'security', '2026-01-01', { ...all('change', 4) }),
      sided('Platform', 'security', '2026-06-01', { ...all('change', 3) }),
      sided('Platform', 'operations', '2026-06-02', { ...all('change', 1) }),
      sided('Network', 'security', '2026-06-01', all('change', 2)),
      read('Acme', 'Data', '2026-06-01', all('change', 2)),
    ];
    const { teams } = aggregateScorecards(model, inputs);
    expect(teams.map((t) => t.label)).toEqual([
      'Acme · Platform · 2026-01-01 (security)',
      'Acme · Platform · 2026-06-01 (security)',
      'Acme · Platform (operations)',
      'Acme · Network (security)',
      'Acme · Data',
    ]);
    // The latest security answers (3) against operations (1): 2 levels on each of 3 questions.
    expect(teams[1]!.integrationGap).toEqual({ gap: 2, disagreements: 3 });
    expect(teams[2]!.integrationGap).toEqual({ gap: 2, disagreements: 3 });
    expect(teams[0]!.integrationGap).toEqual({ gap: 2, disagreements: 3 });
    expect(teams[3]!.integrationGap).toBeNull(); // no operations side
    expect(teams[4]!.integrationGap).toBeNull(); // joint
    const csv = aggregateCsv(model, aggregateScorecards(model, inputs)).split('\r\n');
    expect(csv[0]).toMatch(/,perspective,integration_gap$/);
    expect(csv.find((line) => line.startsWith('Acme · Platform (operations)') && line.includes(',overall,'))).toMatch(/,operations,2$/);
  });
});
