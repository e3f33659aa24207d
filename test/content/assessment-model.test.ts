import { describe, expect, it } from 'vitest';
import { planNextSteps } from '../../src/assessment/next-steps.ts';
import { scoreAssessment } from '../../src/assessment/score.ts';
import { matchWarnings } from '../../src/assessment/warnings.ts';
import { validateContent } from '../../src/graph/validate-content.ts';
import type { Answers } from '../../src/schema/assessment.ts';

const { assessment: model, concepts, problems } = validateContent();

describe('the real assessment model', () => {
  it('is valid and released', () => {
    expect(problems).toEqual([]);
    expect(model).toBeDefined();
  });

  it('covers the mission in 8–12 dimensions of 3–6 questions', () => {
    expect(model!.dimensions.length).toBeGreaterThanOrEqual(8);
    expect(model!.dimensions.length).toBeLessThanOrEqual(12);
    for (const d of model!.dimensions) expect(d.questions.length, d.id).toBeGreaterThanOrEqual(3);
  });

  it('warns about every IS-NOT boundary with at least one answer pattern', () => {
    const boundaries = concepts.filter((c) => c.data.type === 'boundary').map((c) => c.id).sort();
    expect([...new Set(model!.warnings.map((w) => w.boundary))].sort()).toEqual(boundaries);
  });

  it('raises no warning and plans no step for a team that meets every target', () => {
    const answers: Answers = Object.fromEntries(model!.dimensions.flatMap((d) => d.questions.map((q) => [q.id, { value: model!.targets[d.id]! }])));
    expect(matchWarnings(model!, answers)).toEqual([]);
    const result = scoreAssessment(model!, answers);
    expect(result.dimensions.every((d) => d.gap === 0)).toBe(true);
    expect(planNextSteps(model!, answers, result).doNext).toEqual([]);
  });

  it('flags the tooling-without-process pattern for strong tools and weak process', () => {
    const answers: Answers = Object.fromEntries(
      model!.dimensions.flatMap((d) => d.questions.map((q) => [q.id, { value: q.facet === 'tooling' ? 4 : q.facet === 'process' ? 0 : 2 }] as const)),
    );
    expect(matchWarnings(model!, answers).map((w) => w.boundary)).toContain('tooling-without-process-integration');
  });
});
