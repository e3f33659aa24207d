import { describe, expect, it } from 'vitest';
import { DO_NEXT, planNextSteps } from '../../src/assessment/next-steps.ts';
import { scoreAssessment } from '../../src/assessment/score.ts';
import type { Answers, AssessmentModel } from '../../src/schema/assessment.ts';
import { makeModel } from '../support/assessment-model.ts';

const answer = (entries: Record<string, number | 'na' | 'unknown'>): Answers =>
  Object.fromEntries(Object.entries(entries).map(([id, value]) => [id, { value: value as 0 }]));
const plan = (model: AssessmentModel, answers: Answers, targets = {}) => {
  const { doNext, later } = planNextSteps(model, answers, scoreAssessment(model, answers, targets));
  return [...doNext, ...later];
};
/** Every question of the model at one level, except the overrides. */
const everything = (model: AssessmentModel, level: number, overrides: Record<string, number | 'na' | 'unknown'> = {}) =>
  answer({ ...Object.fromEntries(model.dimensions.flatMap((d) => d.questions.map((q) => [q.id, level]))), ...overrides });

describe('next steps', () => {
  it('plans nothing for a dimension at its target', () => {
    const model = makeModel();
    expect(plan(model, everything(model, 3))).toEqual([]);
  });

  it("climbs each lagging question one rung, with that rung's action and the two descriptors as context", () => {
    const model = makeModel();
    const steps = plan(model, everything(model, 3, { 'change.process': 1, 'change.tooling': 2 }));
    expect(steps.map((s) => [s.questionId, s.from, s.to, s.action, s.current, s.reached])).toEqual([
      ['change.process', 1, 2, 'Take change process from level 1 to 2', 'change process descriptor 1', 'change process descriptor 2'],
      ['change.tooling', 2, 3, 'Take change tooling from level 2 to 3', 'change tooling descriptor 2', 'change tooling descriptor 3'],
    ]);
    expect(steps[0]!.concepts).toEqual(['change-enablement']);
  });

  it('orders by gap × weight', () => {
    const model = makeModel();
    model.dimensions[1]!.questions[0]!.weight = 3;
    const steps = plan(model, everything(model, 3, { 'change.process': 1, 'incident.process': 2 }));
    // incident.process: gap 1 × weight 3 = 3 beats change.process: gap 2 × weight 1 = 2.
    expect(steps.map((s) => s.questionId)).toEqual(['incident.process', 'change.process']);
  });

  it('puts a prerequisite before the steps that depend on it, whatever its own priority', () => {
    const model = makeModel();
    model.dimensions[0]!.questions[0]!.requires = ['assets.governance'];
    model.dimensions[0]!.questions[0]!.weight = 5;
    const steps = plan(model, everything(model, 3, { 'change.process': 0, 'assets.governance': 2, 'incident.tooling': 1 }));
    expect(steps.map((s) => s.questionId)).toEqual(['assets.governance', 'change.process', 'incident.tooling']);
    expect(steps[1]!.after).toEqual(['assets.governance']);
  });

  it('asks to find out first where answers are missing or unknown, and skips "not applicable"', () => {
    const model = makeModel();
    const answers = everything(model, 3, { 'change.process': 'unknown', 'change.tooling': 'na' });
    delete answers['change.governance'];
    const steps = plan(model, answers);
    expect(steps.map((s) => [s.questionId, s.kind])).toEqual([
      ['change.process', 'find-out'],
      ['change.governance', 'find-out'],
    ]);
  });

  it(`highlights at most ${DO_NEXT} and lists the rest`, () => {
    const model = makeModel();
    const answers = everything(model, 0);
    const { doNext, later } = planNextSteps(model, answers, scoreAssessment(model, answers));
    expect(doNext).toHaveLength(DO_NEXT);
    expect(doNext.length + later.length).toBe(24);
  });
});
