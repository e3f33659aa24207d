import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { planNextSteps } from '../../src/assessment/next-steps.ts';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { scoreAssessment } from '../../src/assessment/score.ts';
import { matchWarnings } from '../../src/assessment/warnings.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import type { Answers } from '../../src/schema/assessment.ts';

const { assessment: model, concepts, problems } = validateContent();

describe('the real assessment model', () => {
  it('is valid and released', () => {
    expect(problems).toEqual([]);
    expect(model).toBeDefined();
  });

  it('gives every rung of every question an action: a sentence that starts with a verb, not a copy of a descriptor', () => {
    // Words a state description starts with ("The CAB…", "Security is…"): an action starts with what to do.
    const stateOpeners = /^(The|A|An|There|No|Nobody|Every|All|Some|Security|Operations|It|Each|Most)\b/;
    for (const question of model!.dimensions.flatMap((d) => d.questions)) {
      expect(question.actions, question.id).toHaveLength(4);
      expect(new Set(question.actions).size, `${question.id}: one action per rung`).toBe(4);
      for (const [rung, action] of question.actions.entries()) {
        const where = `${question.id} rung ${rung}→${rung + 1}: ${action}`;
        expect(question.levels, where).not.toContain(action);
        expect(action, where).not.toMatch(stateOpeners);
        expect(action, where).toMatch(/^[A-Z][a-z]+\b.*[.]$/);
        expect(action.length, where).toBeLessThanOrEqual(240);
      }
    }
  });

  it('shows the action, not the descriptor, as each next step', () => {
    const answers: Answers = Object.fromEntries(model!.dimensions.flatMap((d) => d.questions.map((q) => [q.id, { value: 1 as const }])));
    const { doNext, later } = planNextSteps(model!, answers, scoreAssessment(model!, answers));
    const byId = new Map(model!.dimensions.flatMap((d) => d.questions.map((q) => [q.id, q])));
    for (const step of [...doNext, ...later]) {
      const question = byId.get(step.questionId)!;
      expect(step.action).toBe(question.actions[1]);
      expect([step.current, step.reached]).toEqual([question.levels[1], question.levels[2]]);
    }
    expect(doNext).toHaveLength(5);
  });

  it('brings a version 2 scorecard up to date with every answer and note unchanged', () => {
    const text = readFileSync('test/fixtures/scorecards/acme-platform-operations.json', 'utf8');
    const original = JSON.parse(text) as { modelVersion: number; answers: Answers };
    expect(original.modelVersion).toBe(2);
    const read = readScorecard(text, model!, questionsByVersion(model!, readVersionLock('content/assessment')));
    if (!read.ok) throw new Error(read.error);
    expect(read.scorecard.modelVersion).toBe(model!.modelVersion);
    expect(read.scorecard.answers).toEqual(original.answers);
    expect(read.notices.join(' ')).toContain(`brought up to version ${model!.modelVersion}`);
  });

  it('covers the mission in 8–12 dimensions of 3–6 questions', () => {
    expect(model!.dimensions.length).toBeGreaterThanOrEqual(8);
    expect(model!.dimensions.length).toBeLessThanOrEqual(12);
    for (const d of model!.dimensions) expect(d.questions.length, d.id).toBeGreaterThanOrEqual(3);
  });

  it('warns about every IS-NOT boundary of the seed with at least one answer pattern', () => {
    // A practice's own look-alike pages (issue #19) need a warning only once a question tests them.
    const seed = concepts.find((c) => c.id === 'integrating-security-with-it-operations')!;
    const seedBoundaries = seed.data.isNot.map((item) => item.boundary).filter((b) => b !== undefined).sort();
    const warned = new Set(model!.warnings.map((w) => w.boundary));
    expect(seedBoundaries.filter((b) => !warned.has(b))).toEqual([]);
    const boundaries = new Set(concepts.filter((c) => c.data.type === 'boundary').map((c) => c.id));
    expect([...warned].filter((b) => !boundaries.has(b))).toEqual([]);
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
