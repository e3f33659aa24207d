import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareScorecards, directionOf, questionNumbers, type ReadScorecard } from '../../src/assessment/compare.ts';
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
  it('gives each dimension both scores and levels and the delta b − a', () => {
    // change: a = (1+2+3)/3 = 2, level 2; b = (2+2+4)/3 = 8/3, level 2 (lowest 2 allows 3, mean does not).
    expect(dimension('change')).toMatchObject({ title: 'Change', a: { score: 2, level: 2 }, b: { level: 2 }, direction: 'up' });
    expect(dimension('change').b.score).toBeCloseTo(8 / 3, 12);
    expect(dimension('change').delta).toBeCloseTo(2 / 3, 12);
    // incident: a = 4 (n/a and don't know left out), b = 1.
    expect(dimension('incident')).toMatchObject({ a: { score: 4, level: 4 }, b: { score: 1, level: 1 }, delta: -3, direction: 'down' });
    expect(dimension('patch')).toMatchObject({ a: { score: 3, level: 3 }, b: { score: 3, level: 3 }, delta: 0, direction: 'same' });
  });

  it('gives no delta where either side is not scored', () => {
    expect(dimension('assets')).toEqual({ id: 'assets', title: 'Assets', a: { score: null, level: null }, b: { score: 2, level: 2 }, delta: null, direction: null });
    expect(dimension('metrics')).toMatchObject({ a: { score: null }, b: { score: null }, delta: null, direction: null });
  });

  it('compares the overall scores: the means of the scored dimensions', () => {
    // a: (2 + 4 + 3) / 3 = 3; b: (8/3 + 1 + 2 + 3) / 4 = 13/6.
    expect(comparison.overall.a.score).toBe(3);
    expect(comparison.overall.b.score).toBeCloseTo(13 / 6, 12);
    expect(comparison.overall.delta).toBeCloseTo(13 / 6 - 3, 12);
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

  it('judges the direction at the one decimal a page shows', () => {
    expect(directionOf(0.7)).toBe('up');
    expect(directionOf(-0.06)).toBe('down');
    expect(directionOf(0.04)).toBe('same');
    expect(directionOf(-0.04)).toBe('same');
    expect(directionOf(0)).toBe('same');
    expect(directionOf(null)).toBeNull();
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
    expect(result.overall.delta).toBeCloseTo(december.result.score! - october.result.score!, 12);
    expect(result.dimensions.every((d) => d.direction !== 'down')).toBe(true);
  });

  it('names each side by organization, team and date', () => {
    expect(scorecardLabel(october.scorecard)).toBe('Acme Bank · Platform operations · 2026-10-01');
    expect(scorecardLabel({ organization: '', team: '', date: '2026-10-01' }, { date: false })).toBe('Unnamed team');
  });
});
