import { describe, expect, it } from 'vitest';
import { aggregateCsv, aggregateScorecards, belowTargetSummary, displayLabels, median, sharedOrganization, statsOf } from '../../src/assessment/aggregate.ts';
import { aggregateSlide, aggregateTitleBlock, dateRange, organizationsHeading } from '../../src/assessment/aggregate-report.ts';
import { HEAT_LIGHT, heatmapSvg, shortDimensionLabel } from '../../src/assessment/heatmap.ts';
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

  it('exports one CSV row per team and dimension, then the team’s overall, scores with two decimals', () => {
    const csv = aggregateCsv(model, result);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('team_label,organization,team,date,dimension_id,dimension,score,level,level_name,target,below_target');
    expect(lines).toHaveLength(1 + 4 * (model.dimensions.length + 1));
    expect(lines[1]).toBe('Acme · Platform,Acme,Platform,2026-12-01,change,Change,1.00,1,Aware,3,yes');
    expect(lines).toContain('Acme · Network,Acme,Network,2026-12-02,patch,Patch,2.50,2,Coordinated,3,yes');
    expect(lines).toContain('Acme · Data,Acme,Data,2026-12-04,incident,Incident,,,not scored,3,');
    expect(lines).toContain('Acme · Platform,Acme,Platform,2026-12-01,overall,Overall,2.50,2,Coordinated,,');
  });

  it('writes every score with two decimals, as the README promises', () => {
    const scores = aggregateCsv(model, result).replace(/^\uFEFF/, '').trimEnd().split('\r\n').slice(1).map((line) => line.split(',')[6]);
    expect(scores.filter((s) => s !== '').every((s) => /^\d\.\d{2}$/.test(s!))).toBe(true);
    expect(scores).toContain('4.00');
  });

  it('drops the shared organization from team labels, and keeps it when teams differ', () => {
    expect(sharedOrganization(result)).toBe('Acme');
    expect(displayLabels(result)).toEqual(['Platform', 'Network', 'Service desk', 'Data']);
    const mixed = aggregateScorecards(model, [...teams, read('Beta', 'Ops', '2026-12-05', all('change', 2))]);
    expect(sharedOrganization(mixed)).toBeNull();
    expect(displayLabels(mixed).at(-1)).toBe('Beta · Ops');
    expect(organizationsHeading(mixed)).toBe('Acme and Beta');
  });

  it('counts the teams below target per dimension, most first, with short team names', () => {
    const below = belowTargetSummary(result);
    expect(below[0]).toEqual({ id: 'change', title: 'Change', teams: ['Platform', 'Network', 'Data'], scored: 4, unscored: 0 });
    expect(below.find((d) => d.id === 'incident')).toMatchObject({ teams: ['Network'], scored: 2, unscored: 2 });
    expect(below.map((d) => d.teams.length)).toEqual([...below.map((d) => d.teams.length)].sort((a, b) => b - a));
  });

  it('titles the report with the organization, the number of teams, the dates and the model version', () => {
    expect(aggregateTitleBlock(model, result)).toEqual({ heading: 'Acme', details: [['Teams', '4'], ['Dates', '1 Dec – 4 Dec 2026'], ['Model', `version ${model.modelVersion}`]] });
    expect(dateRange(['2026-11-30', '2026-10-02'])).toBe('2 Oct – 30 Nov 2026');
    expect(dateRange(['2025-12-30', '2026-01-02'])).toBe('30 Dec 2025 – 2 Jan 2026');
    expect(dateRange(['2026-10-02', '2026-10-02'])).toBe('2 Oct 2026');
  });

  it('draws the heatmap as SVG: a shaded cell per team and column with score and level, team labels as text, and a key', () => {
    const svg = heatmapSvg(result, { labels: displayLabels(result), levels: model.levels });
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+" width="\d+" height="\d+" role="img"/); // what slideSvg expects
    for (const label of ['Platform', 'Network', 'Service desk', 'Data']) expect(svg).toContain(`>${label}</text>`);
    for (const d of model.dimensions) expect(svg).toContain(`<title>${d.title}</title>${shortDimensionLabel(d.title)}</text>`);
    expect(svg).toContain('>Overall</text>');
    // Platform's change: 1.0, level 1, below target; its shade is level 1's.
    expect(svg).toContain(`fill="${HEAT_LIGHT[1]}"`);
    expect(svg).toMatch(/>1\.0<\/text><text [^>]*>L1<\/text><text [^>]*>▼<\/text>/);
    expect(svg.match(/>n\/s<\/text>/g)).toHaveLength(result.teams.flatMap((t) => [...t.cells, t.overall]).filter((c) => c.level === null).length);
    for (const level of model.levels) expect(svg).toContain(level.name);
    expect(svg).toContain('below the team’s target');
  });

  it('draws at most the first teams asked for, and says how many more the figures count', () => {
    const many = aggregateScorecards(model, Array.from({ length: 40 }, (_, i) => read('Acme', `Team ${i + 1}`, '2026-12-01', all('change', (i % 5) as Level))));
    const svg = heatmapSvg(many, { levels: model.levels, maxRows: 16 });
    expect(svg).toContain('>Acme · Team 16</text>');
    expect(svg).not.toContain('>Acme · Team 17</text>');
    expect(svg).toContain('+ 24 more teams, not drawn: the figures count all 40');
    expect(svg).toContain('the first 16 of 40 teams');
    expect(aggregateSlide(model, many)).toContain('+ 24 more teams');
    // Up to the limit, every team is drawn and nothing is said.
    expect(heatmapSvg(result, { levels: model.levels, maxRows: 16 })).not.toContain('more team');
  });

  it('escapes team names in the picture', () => {
    const svg = heatmapSvg(aggregateScorecards(model, [read('A', '<b>&', '2026-12-01', all('change', 1))]), { levels: model.levels });
    expect(svg).toContain('A · &#60;b&#62;&#38;');
    expect(svg).not.toContain('<b>');
  });

  it('puts the heatmap on a 16:9 slide with the median overall, the teams and the dimension most often below target', () => {
    const slide = aggregateSlide(model, result);
    expect(slide).toMatch(/viewBox="0 0 960 540"/);
    expect(slide).toContain('TEAM SCORECARDS, AGGREGATED');
    expect(slide).toContain('>2.5 / 4</text>');
    expect(slide).toContain('>4 teams</text>');
    expect(slide).toContain('>Change</text>');
    expect(slide).toContain('3 of 4 teams below target');
  });

  it('shortens dimension titles for narrow columns', () => {
    expect(['Change enablement', 'Incident and problem management', 'Asset and configuration management', 'Joint governance', 'Risk in business terms', 'People and roles', 'Shared metrics'].map(shortDimensionLabel)).toEqual([
      'Change enablement', 'Incident', 'Asset', 'Joint governance', 'Risk', 'People', 'Shared metrics',
    ]);
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
      'Anonymous 1 (2026-10)',
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
    expect(csv.find((line) => line.startsWith('Acme · Platform (operations)') && line.includes(',overall,'))).toMatch(/,operations,2.00$/);
  });
});
