import { describe, expect, it } from 'vitest';
import { cumulativeLevel, scoreAssessment } from '../../src/assessment/score.ts';
import type { Answers } from '../../src/schema/assessment.ts';
import { makeModel } from '../support/assessment-model.ts';

const answer = (entries: Record<string, number | 'na' | 'unknown'>): Answers =>
  Object.fromEntries(Object.entries(entries).map(([id, value]) => [id, { value: value as 0 }]));

describe('scoring', () => {
  it('gives a dimension the weighted mean of its answered questions', () => {
    const model = makeModel();
    model.dimensions[0]!.questions[0]!.weight = 2;
    const result = scoreAssessment(model, answer({ 'change.process': 4, 'change.tooling': 1, 'change.governance': 1 }));
    expect(result.dimensions[0]!.score).toBeCloseTo((4 * 2 + 1 + 1) / 4);
  });

  it('holds a dimension one level above its weakest answer (the cumulative rule)', () => {
    const result = scoreAssessment(makeModel(), answer({ 'change.process': 4, 'change.tooling': 4, 'change.governance': 1 }));
    expect(result.dimensions[0]!.score).toBe(3);
    expect(result.dimensions[0]!.level).toBe(2);
    expect(cumulativeLevel(3, 2)).toBe(3);
    expect(cumulativeLevel(2.9999999999, 3)).toBe(3);
    expect(cumulativeLevel(4, 4)).toBe(4);
  });

  it('leaves "not applicable" out of the score and out of the uncertainty', () => {
    const result = scoreAssessment(makeModel(), answer({ 'change.process': 'na', 'change.tooling': 2, 'change.governance': 4 }));
    const change = result.dimensions[0]!;
    expect(change.score).toBe(3);
    expect(change.completion).toBe(1);
    expect(change.uncertainty).toBe(0);
  });

  it('counts "don\'t know" as unanswered and reports it as uncertainty', () => {
    const change = scoreAssessment(makeModel(), answer({ 'change.process': 'unknown', 'change.tooling': 2 })).dimensions[0]!;
    expect(change).toMatchObject({ score: 2, answered: 1, unknown: 1, unanswered: 2, uncertainty: 1 / 3 });
    expect(change.completion).toBeCloseTo(1 / 3);
  });

  it('scores nothing when every question is not applicable, without dividing by zero', () => {
    const result = scoreAssessment(makeModel(), answer({ 'change.process': 'na', 'change.tooling': 'na', 'change.governance': 'na' }));
    expect(result.dimensions[0]).toMatchObject({ score: null, level: null, completion: 1, uncertainty: 0 });
    expect(result.score).toBeNull();
    expect(result.weakest).toBeNull();
  });

  it('shows the weakest dimension beside the overall score, and caps the overall level near it', () => {
    const all4 = Object.fromEntries(makeModel().dimensions.flatMap((d) => d.questions.map((q) => [q.id, 4])));
    const result = scoreAssessment(makeModel(), answer({ ...all4, 'patch.process': 0, 'patch.tooling': 0, 'patch.governance': 0 }));
    expect(result.score).toBeCloseTo((7 * 4) / 8);
    expect(result.weakest?.id).toBe('patch');
    expect(result.level).toBe(1);
  });

  it('measures completion over partial answers and the gap to each target', () => {
    const result = scoreAssessment(makeModel(), answer({ 'change.process': 1, 'change.tooling': 1, 'change.governance': 1 }), { change: 4 });
    expect(result.completion).toBeCloseTo(3 / 24);
    expect(result.dimensions[0]).toMatchObject({ level: 1, target: 4, gap: 3 });
    expect(result.dimensions[1]).toMatchObject({ level: null, target: 3, gap: 3 });
  });
});
