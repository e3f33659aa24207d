import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareScorecards, questionNumbers, scoreChange, type ReadScorecard } from '../../src/assessment/compare.ts';
import { questionIds, questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard, toScorecard } from '../../src/assessment/scorecard.ts';
import { scorecardLabel } from '../../src/assessment/scorecard-label.ts';
import { contentDir, validateContent } from '../../src/site/validate-content.ts';
import type { Answers, AssessmentModel } from '../../src/schema/assessment.ts';
import { makeModel } from '../support/assessment-model.ts';

const model = makeModel();

/** A scorecard as the compare page gets it: written, then read back through the importer. */
function read(m: AssessmentModel, answers: Answers, date: string, versions = new Map([[m.modelVersion, questionIds(m)]])): ReadScorecard {
  const text = JSON.stringify(toScorecard(m, answers, {}, { organization: 'Acme', team: 'Platform', date }));
  const result = readScorecard(text, m, versions);
  if (!result.ok) throw new Error(result.error);
  return result;
}

// Last quarter (a) and now (b), chosen so every kind of change shows up once.
const a = read(
  model,
  {
    'change.process': { value: 1 },
    'change.tooling': { value: 2 },
    'change.governance': { value: 3 },
    'incident.process': { value: 4 },
    'incident.tooling': { value: 'na' },
    'incident.governance': { value: 'unknown' },
    'patch.process': { value: 3 },
  },
  '2026-10-01',
);
const b = read(
  model,
  {
    'change.process': { value: 2 },
    'change.tooling': { value: 2 },
    'change.governance': { value: 4 },
    'incident.process': { value: 1 },
    'assets.process': { value: 2 },
    'patch.process': { value: 3 },
  },
  '2026-12-15',
);
const comparison = compareScorecards(model, a, b);
const dimension = (id: string) => comparison.dimensions.find((d) => d.id === id)!;

describe('compareScorecards', () => {
  it('gives each dimension both scores and levels and the delta b − a between the shown scores', () => {
    // change: a = (1+2+3)/3 = 2, level 2; b = (2+2+4)/3 = 8/3, level 2 (lowest 2 allows 3, mean does not).
    expect(dimension('change')).toMatchObject({ title: 'Change', a: { score: 2, level: 2 }, b: { level: 2 }, direction: 'up' });
    expect(dimension('change').b.score).toBeCloseTo(8 / 3, 12);
    expect(dimension('change').delta).toBe(0.7); // shown 2.0 → 2.7
    // incident: a = 4 (n/a and don't know left out), b = 1.
    expect(dimension('incident')).toMatchObject({ a: { score: 4, level: 4 }, b: { score: 1, level: 1 }, delta: -3, direction: 'down' });
    expect(dimension('patch')).toMatchObject({ a: { score: 3, level: 3 }, b: { score: 3, level: 3 }, delta: 0, direction: 'same' });
  });

  it('gives no delta where either side is not scored', () => {
    expect(dimension('assets')).toEqual({ id: 'assets', title: 'Assets', a: { score: null, level: null }, b: { score: 2, level: 2 }, delta: null, direction: null });
    expect(dimension('metrics')).toMatchObject({ a: { score: null }, b: { score: null }, delta: null, direction: null });
  });

  it('compares the overall scores: the means of the scored dimensions', () => {
    // a: (2 + 4 + 3) / 3 = 3; b: (8/3 + 1 + 2 + 3) / 4 = 13/6, shown 2.2.
    expect(comparison.overall.a.score).toBe(3);
    expect(comparison.overall.b.score).toBeCloseTo(13 / 6, 12);
    expect(comparison.overall.delta).toBe(-0.8);
    expect(comparison.overall.direction).toBe('down');
    expect(comparison.overall.a.level).toBe(a.result.level);
    expect(comparison.overall.b.level).toBe(b.result.level);
  });

  it('lists the questions that improved and regressed, with their number and both levels, in model order', () => {
    expect(comparison.improved).toEqual([
      { questionId: 'change.process', number: '1.1', prompt: 'How does change handle process?', dimensionId: 'change', from: 1, to: 2 },
      { questionId: 'change.governance', number: '1.3', prompt: 'How does change handle governance?', dimensionId: 'change', from: 3, to: 4 },
    ]);
    expect(comparison.regressed).toEqual([
      { questionId: 'incident.process', number: '2.1', prompt: 'How does incident handle process?', dimensionId: 'incident', from: 4, to: 1 },
    ]);
    expect(comparison.unchanged).toBe(2); // change.tooling 2 → 2, patch.process 3 → 3
  });

  it('counts not applicable, don’t know and unanswered on either side as not comparable', () => {
    const ids = comparison.notComparable.map((q) => q.questionId);
    expect(ids).toHaveLength(24 - 2 - 1 - 2);
    expect(comparison.notComparable.find((q) => q.questionId === 'incident.tooling')).toEqual({ questionId: 'incident.tooling', number: '2.2', a: 'na', b: undefined });
    expect(comparison.notComparable.find((q) => q.questionId === 'incident.governance')).toMatchObject({ a: 'unknown', b: undefined });
    expect(comparison.notComparable.find((q) => q.questionId === 'assets.process')).toMatchObject({ a: undefined, b: 2 });
    expect(ids).not.toContain('change.tooling');
  });

  it('is antisymmetric: swapping the sides negates deltas and swaps improved with regressed', () => {
    const back = compareScorecards(model, b, a);
    expect(back.dimensions.map((d) => d.delta)).toEqual(comparison.dimensions.map((d) => (d.delta === null ? null : 0 - d.delta)));
    expect(back.improved.map((q) => q.questionId)).toEqual(comparison.regressed.map((q) => q.questionId));
    expect(back.regressed.map((q) => q.questionId)).toEqual(comparison.improved.map((q) => q.questionId));
  });

  it('computes the delta and its direction from the one-decimal scores a page shows, never the unrounded ones', () => {
    const change = (a: number | null, b: number | null) => {
      const { delta, direction } = scoreChange({ score: a, level: null }, { score: b, level: null });
      return { delta, direction };
    };
    // Unrounded, 2.76 → 2.84 is up 0.08 and would read "2.8 → 2.8 ▲ up 0.1".
    expect(change(2.76, 2.84)).toEqual({ delta: 0, direction: 'same' });
    // Unrounded, 1.14 → 1.86 is up 0.72, shown "up 0.7" beside 1.1 → 1.9.
    expect(change(1.14, 1.86)).toEqual({ delta: 0.8, direction: 'up' });
    // A change too small to see unrounded can still move a shown figure: 2.04 → 2.06 is 2.0 → 2.1.
    expect(change(2.04, 2.06)).toEqual({ delta: 0.1, direction: 'up' });
    expect(change(3, 2.95)).toEqual({ delta: 0, direction: 'same' }); // 3.0 → 3.0 (toFixed shows 2.95 as 3.0)
    expect(change(2.26, 1.94)).toEqual({ delta: -0.4, direction: 'down' });
    expect(change(0, 4)).toEqual({ delta: 4, direction: 'up' });
    expect(change(null, 2)).toEqual({ delta: null, direction: null });
  });

  it('shows deltas that always equal the difference of the two figures beside them', () => {
    for (let i = 0; i < 2000; i++) {
      const [a, b] = [Math.random() * 4, Math.random() * 4];
      const { delta, direction } = scoreChange({ score: a, level: null }, { score: b, level: null });
      const shown = Number(b.toFixed(1)) - Number(a.toFixed(1));
      expect(delta!.toFixed(1)).toBe((Math.round(shown * 10) / 10).toFixed(1));
      expect(direction).toBe(Math.abs(shown) < 0.05 ? 'same' : shown > 0 ? 'up' : 'down');
    }
  });

  it('numbers questions as the assessment page does', () => {
    expect(questionNumbers(model).get('automation.governance')).toBe('8.3');
  });
});

describe('comparing the two real Acme scorecards', () => {
  const real = validateContent().assessment!;
  const versions = questionsByVersion(real, readVersionLock(join(contentDir(), 'assessment')));
  const load = (file: string) => {
    const result = readScorecard(readFileSync(join('test/fixtures/scorecards', file), 'utf8'), real, versions);
    if (!result.ok) throw new Error(result.error);
    return result;
  };
  const october = load('acme-platform-2026-10.json');
  const december = load('acme-platform-2026-12.json');

  it('finds the twelve answers that rose a level and none that fell', () => {
    const result = compareScorecards(real, october, december);
    expect(result.improved).toHaveLength(12);
    expect(result.regressed).toEqual([]);
    expect(result.improved[0]).toMatchObject({ questionId: 'change.security-risk-rating', number: '1.1', from: 2, to: 3 });
    expect(result.improved.every((q) => q.to === q.from + 1)).toBe(true);
    // 2.006 → 2.333: shown 2.0 → 2.3, so up 0.3.
    expect(result.overall).toMatchObject({ delta: 0.3, direction: 'up' });
    // Assets 1.89 → 2.44: shown 1.9 → 2.4, up 0.5 (the unrounded 0.56 would have said 0.6).
    expect(result.dimensions.find((d) => d.id === 'asset-and-configuration')).toMatchObject({ delta: 0.5, direction: 'up' });
    expect(result.dimensions.every((d) => d.direction !== 'down')).toBe(true);
  });

  it('names each side by organization, team and date', () => {
    expect(scorecardLabel(october.scorecard)).toBe('Acme Bank · Platform operations · 2026-10-01');
    expect(scorecardLabel({ organization: '', team: '', date: '2026-10-01' }, { date: false })).toBe('Unnamed team');
  });
});
