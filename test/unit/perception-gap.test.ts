import { describe, expect, it } from 'vitest';
import { disagreementList, gapBand, gapBandRanges, perceptionGap } from '../../src/assessment/perception-gap.ts';
import type { Answers } from '../../src/schema/assessment.ts';
import { makeModel } from '../support/assessment-model.ts';

const answer = (entries: Record<string, number | 'na' | 'unknown'>): Answers =>
  Object.fromEntries(Object.entries(entries).map(([id, value]) => [id, { value: value as 0 }]));

describe('perception gap', () => {
  const model = makeModel();

  it('measures the mean absolute difference over questions both sides answered with a level', () => {
    const gap = perceptionGap(model, answer({ 'change.process': 3, 'change.tooling': 1, 'change.governance': 2 }), answer({ 'change.process': 1, 'change.tooling': 1, 'change.governance': 4 }));
    expect(gap.dimensions[0]).toMatchObject({ id: 'change', gap: 4 / 3, comparable: 3, disagreements: 2 });
    expect(gap.gap).toBeCloseTo(4 / 3);
    expect(gap.talkFirst.map((q) => q.questionId)).toEqual(['change.process', 'change.governance']);
  });

  it('leaves out N/A and "don\'t know" on one side only, and flags knowledge only one side has', () => {
    const gap = perceptionGap(model, answer({ 'change.process': 'na', 'change.tooling': 3, 'change.governance': 'unknown' }), answer({ 'change.process': 2, 'change.tooling': 'unknown', 'change.governance': 1 }));
    expect(gap.comparable).toBe(0);
    expect(gap.gap).toBeNull();
    expect(gap.dimensions[0]!.gap).toBeNull();
    const byId = new Map(gap.questions.map((q) => [q.questionId, q]));
    expect(byId.get('change.process')).toMatchObject({ difference: null, oneSidedKnowledge: false });
    expect(byId.get('change.tooling')).toMatchObject({ difference: null, oneSidedKnowledge: true });
    expect(byId.get('change.governance')).toMatchObject({ difference: null, oneSidedKnowledge: true });
  });

  it('treats a question missing on one side as not comparable', () => {
    const gap = perceptionGap(model, answer({ 'incident.process': 4 }), {});
    expect(gap).toMatchObject({ comparable: 0, disagreements: 0, gap: null });
  });

  it('scores each side per dimension with the usual rule', () => {
    const gap = perceptionGap(model, answer({ 'change.process': 4, 'change.tooling': 4, 'change.governance': 1 }), answer({ 'change.process': 2 }));
    expect(gap.dimensions[0]!.security).toEqual({ score: 3, level: 2 });
    expect(gap.dimensions[0]!.operations).toEqual({ score: 2, level: 2 });
  });

  it('lists each strong disagreement once, widest first, with its joint forum and the evidence to look at', () => {
    const withForums = { ...model, perceptionGap: { concepts: ['joint-risk-review'], byDimension: { change: ['joint-change-advisory-board'] }, bands: [] } };
    const gap = perceptionGap(withForums, answer({ 'change.process': 2, 'incident.process': 0, 'assets.tooling': 2, 'patch.process': 4 }), answer({ 'change.process': 4, 'incident.process': 3, 'assets.tooling': 3, 'patch.process': 0 }));
    const list = disagreementList(withForums, gap);
    expect(list.map((d) => [d.questionId, d.difference, d.forums])).toEqual([
      ['patch.process', 4, ['joint-risk-review']],
      ['incident.process', 3, ['joint-risk-review']],
      ['change.process', 2, ['joint-change-advisory-board']],
    ]);
    expect(list[1]).toMatchObject({ dimensionTitle: 'Incident', security: 0, operations: 3 });
    const question = model.dimensions[1]!.questions[0]!;
    expect(list[1]!.evidence).toEqual(question.evidence);
    expect(new Set(list.map((d) => d.questionId)).size).toBe(list.length); // once each
  });
});

describe('gap bands', () => {
  const bands = [
    { atLeast: 0, name: 'Shared view', meaning: 'Same.' },
    { atLeast: 0.5, name: 'Some daylight', meaning: 'Mostly.' },
    { atLeast: 1, name: 'Different pictures', meaning: 'Apart.' },
    { atLeast: 2, name: 'Different realities', meaning: 'Far.' },
  ];
  const model = { perceptionGap: { concepts: [], byDimension: {}, bands } };

  it('names the band a gap falls in, its lower bound included', () => {
    expect([0, 0.49, 0.5, 0.9, 1, 1.99, 2, 4].map((g) => gapBand(model, g)?.name)).toEqual(['Shared view', 'Shared view', 'Some daylight', 'Some daylight', 'Different pictures', 'Different pictures', 'Different realities', 'Different realities']);
    expect(gapBand(model, null)).toBeNull();
  });

  it('states the range each band covers, for the key', () => {
    expect(gapBandRanges(model).map((r) => `${r.range}: ${r.band.name}`)).toEqual(['under 0.5 levels: Shared view', '0.5 to 1 levels: Some daylight', '1 to 2 levels: Different pictures', '2 or more levels: Different realities']);
  });
});

describe('perception gap across model versions', () => {
  it('compares scorecards of different model versions after migrating them, and refuses a newer one', async () => {
    const { readFileSync } = await import('node:fs');
    const { validateContent } = await import('../../src/site/validate-content.ts');
    const { questionsByVersion, readVersionLock } = await import('../../src/assessment/read-model.ts');
    const { readScorecard } = await import('../../src/assessment/scorecard.ts');
    const real = validateContent().assessment!;
    const versions = questionsByVersion(real, readVersionLock('content/assessment'));
    const older = JSON.parse(readFileSync('test/fixtures/scorecards/acme-platform-2026-10.json', 'utf8'));
    expect(older.modelVersion).toBeLessThan(real.modelVersion);
    const security = readScorecard(JSON.stringify({ ...older, version: 2, perspective: 'security' }), real, versions);
    const operations = readScorecard(readFileSync('test/fixtures/scorecards/acme-platform-operations.json', 'utf8'), real, versions);
    if (!security.ok || !operations.ok) throw new Error('fixtures must read');
    expect(security.notices[0]).toContain(`brought up to version ${real.modelVersion}`);
    const gap = perceptionGap(real, security.scorecard.answers, operations.scorecard.answers);
    expect(gap.comparable).toBeGreaterThan(30);
    const newer = readScorecard(JSON.stringify({ ...older, version: 2, perspective: 'operations', modelVersion: real.modelVersion + 1 }), real, versions);
    expect(newer.ok).toBe(false);
  });
});
