import { describe, expect, it } from 'vitest';
import { questionIds } from '../../src/assessment/read-model.ts';
import { toScorecard } from '../../src/assessment/scorecard.ts';
import { buildTimeline, chartGeometry, mixedTeamsWarning, savedAsScorecardText, readTimelineScorecard, teamKey, teamTimeline, type TimelineInput } from '../../src/assessment/timeline.ts';
import type { Answers, AssessmentModel, Level } from '../../src/schema/assessment.ts';
import { DIMENSIONS, makeModel } from '../support/assessment-model.ts';

const v1 = makeModel();
// Version 2 renames one question; answers given against version 1 move with it.
const v2: AssessmentModel = structuredClone(v1);
v2.modelVersion = 2;
v2.dimensions[0]!.questions[0]!.id = 'change.process-v2';
v2.migrations = [{ from: 1, renamed: { 'change.process': 'change.process-v2' } }];
const versions = new Map([
  [1, questionIds(v1)],
  [2, questionIds(v2)],
]);

/** Every question answered `base`, except the dimensions in `by`, answered their own level. */
function answers(model: AssessmentModel, base: Level, by: Partial<Record<string, Level>> = {}): Answers {
  return Object.fromEntries(model.dimensions.flatMap((d) => d.questions.map((q) => [q.id, { value: by[d.id] ?? base }])));
}

function file(model: AssessmentModel, date: string, a: Answers, who: { organization?: string; team?: string } = {}): string {
  return JSON.stringify(toScorecard(model, a, {}, { organization: who.organization ?? 'Acme', team: who.team ?? 'Platform', date }));
}

function read(text: string, source = 'file.json'): TimelineInput {
  const r = readTimelineScorecard(text, source, v2, versions);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('readTimelineScorecard', () => {
  it('migrates and rescores as on import, and keeps the model version the answers were given against', () => {
    const old = read(file(v1, '2026-01-10', answers(v1, 1, { change: 3 })));
    expect(old.answeredVersion).toBe(1);
    expect(old.scorecard.modelVersion).toBe(2);
    expect(old.scorecard.answers['change.process-v2']).toEqual({ value: 3 });
    expect(old.result.dimensions[0]!.score).toBe(3);
    expect(old.notices.join(' ')).toMatch(/model version 1.*brought up to version 2/);
  });

  it('refuses a bad file with the reason readScorecard gives', () => {
    const r = readTimelineScorecard('{"format": "converge-scorecard"', 'broken.json', v2, versions);
    expect(r).toMatchObject({ ok: false, source: 'broken.json' });
    expect(!r.ok && r.error).toMatch(/not valid JSON/);
  });
});

describe('teamTimeline', () => {
  it('puts scorecards in date order whatever order they were loaded in; the same date keeps load order', () => {
    const points = teamTimeline(v2, [
      read(file(v2, '2026-06-01', answers(v2, 2)), 'june.json'),
      read(file(v2, '2026-01-15', answers(v2, 1)), 'january.json'),
      read(file(v2, '2026-06-01', answers(v2, 3)), 'june-b.json'),
      read(file(v2, '2026-03-31', answers(v2, 2)), 'march.json'),
    ]);
    expect(points.map((p) => p.source)).toEqual(['january.json', 'march.json', 'june.json', 'june-b.json']);
    expect(points.map((p) => p.date)).toEqual(['2026-01-15', '2026-03-31', '2026-06-01', '2026-06-01']);
  });

  it('marks a dimension whose shown score fell since the previous scorecard, and only that', () => {
    const points = teamTimeline(v2, [
      read(file(v2, '2026-01-01', answers(v2, 2))),
      read(file(v2, '2026-02-01', answers(v2, 3, { incident: 1 }))),
      read(file(v2, '2026-03-01', answers(v2, 3, { incident: 2 }))),
    ]);
    const incident = DIMENSIONS.indexOf('incident');
    expect(points[0]!.cells.every((c) => !c.regression && c.previous === null && c.delta === null)).toBe(true);
    expect(points[1]!.cells.filter((c) => c.regression).map((c) => c.dimensionId)).toEqual(['incident']);
    expect(points[1]!.cells[incident]).toMatchObject({ score: 1, previous: 2, delta: -1, regression: true });
    expect(points[2]!.cells[incident]).toMatchObject({ score: 2, previous: 1, delta: 1, regression: false });
    expect(points[2]!.cells.some((c) => c.regression)).toBe(false);
    expect(points[1]!.overall.regression).toBe(false);
  });

  it('compares with the last scorecard that scored the dimension when one in between did not', () => {
    const skip = answers(v2, 2);
    for (const q of v2.dimensions[1]!.questions) delete skip[q.id];
    const points = teamTimeline(v2, [read(file(v2, '2026-01-01', answers(v2, 3))), read(file(v2, '2026-02-01', skip)), read(file(v2, '2026-03-01', answers(v2, 2)))]);
    expect(points[1]!.cells[1]).toMatchObject({ score: null, regression: false });
    expect(points[2]!.cells[1]).toMatchObject({ score: 2, previous: 3, regression: true });
  });

  it('marks where the model version changed, on the first scorecard of the new version', () => {
    const points = teamTimeline(v2, [
      read(file(v2, '2026-05-01', answers(v2, 2))),
      read(file(v1, '2026-01-01', answers(v1, 2))),
      read(file(v1, '2026-02-01', answers(v1, 2))),
      read(file(v2, '2026-06-01', answers(v2, 2))),
    ]);
    expect(points.map((p) => p.answeredVersion)).toEqual([1, 1, 2, 2]);
    expect(points.map((p) => p.migrated)).toEqual([true, true, false, false]);
    expect(points.map((p) => p.versionChange)).toEqual([null, null, { from: 1, to: 2 }, null]);
    // Migrated answers score the same as the same answers given against the current version.
    expect(points[1]!.cells.map((c) => c.score)).toEqual(points[2]!.cells.map((c) => c.score));
    expect(points[2]!.cells.some((c) => c.regression)).toBe(false);
  });
});

describe('buildTimeline with several teams', () => {
  const inputs = [
    read(file(v2, '2026-01-01', answers(v2, 1), { team: 'Platform' })),
    read(file(v2, '2026-01-02', answers(v2, 1), { team: 'Service Desk' })),
    read(file(v2, '2026-02-01', answers(v2, 2), { team: ' platform ' })),
    read(file(v2, '2026-03-01', answers(v2, 3), { organization: 'Other Corp', team: 'Platform' })),
    read(file(v2, '2026-03-01', answers(v2, 0), { team: 'PLATFORM' })),
  ];

  it('groups by organization and team (case and spacing ignored), the team with most scorecards first', () => {
    const t = buildTimeline(v2, inputs);
    expect(t.teams.map((x) => [x.label, x.points.length])).toEqual([
      ['Acme · Platform', 3],
      ['Acme · Service Desk', 1],
      ['Other Corp · Platform', 1],
    ]);
    // Another team's higher scores never count as this team's past: Platform fell only at its own third scorecard.
    expect(t.teams[0]!.points.map((p) => p.cells.some((c) => c.regression))).toEqual([false, false, true]);
    expect(t.teams[0]!.regressions).toBe(DIMENSIONS.length);
    expect(t.dimensions.map((d) => d.id)).toEqual(DIMENSIONS);
  });

  it('warns that a timeline follows one team, naming them', () => {
    const warning = mixedTeamsWarning(buildTimeline(v2, inputs));
    expect(warning).toMatch(/^These scorecards belong to 3 different teams: Acme · Platform \(3\), Acme · Service Desk \(1\), Other Corp · Platform \(1\)\./);
    expect(mixedTeamsWarning(buildTimeline(v2, inputs.slice(0, 1)))).toBeNull();
  });

  it('keeps a one-sided series apart from the joint one', () => {
    const s = read(file(v2, '2026-01-01', answers(v2, 1)));
    const security = { ...s, scorecard: { ...s.scorecard, perspective: 'security' as const } };
    expect(teamKey(security.scorecard)).not.toBe(teamKey(s.scorecard));
    expect(buildTimeline(v2, [s, security]).teams.map((t) => t.label)).toEqual(['Acme · Platform', 'Acme · Platform (security)']);
  });
});

describe('chartGeometry', () => {
  it('spaces scorecards by date, puts 4 at the top, skips unscored ones and draws the version line halfway', () => {
    const skip = answers(v2, 2);
    for (const q of v2.dimensions[0]!.questions) delete skip[q.id];
    const points = teamTimeline(v2, [read(file(v1, '2026-01-01', answers(v1, 4))), read(file(v2, '2026-01-11', skip)), read(file(v2, '2026-01-31', answers(v2, 0)))]);
    const g = chartGeometry(points, (p) => p.cells[0]!, 300, 100);
    expect(g.marks).toEqual([
      { index: 0, x: 0, y: 0, regression: false },
      { index: 2, x: 300, y: 100, regression: true },
    ]);
    expect(g.versionLines).toEqual([{ x: 50, from: 1, to: 2 }]);
  });
});

describe('savedAsScorecardText', () => {
  it('writes a saved assessment under the version it was answered against, dated the day it last changed (UTC)', () => {
    const record = { format: 'converge-assessment' as const, version: 1 as const, modelVersion: 1, organization: 'Acme', team: 'Platform', assessor: '', perspective: 'joint' as const, targets: {}, answers: answers(v1, 3), step: 'start', updatedAt: Date.UTC(2026, 2, 14, 23, 30) };
    const r = read(savedAsScorecardText(v2, record as never));
    expect([r.scorecard.date, r.answeredVersion, r.scorecard.answers['change.process-v2']]).toEqual(['2026-03-14', 1, { value: 3 }]);
  });
});
