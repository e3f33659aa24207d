import type { Answers, AssessmentModel, Level, Question } from '../schema/assessment.ts';
import type { AssessmentResult } from './score.ts';

export interface NextStep {
  questionId: string;
  dimensionId: string;
  dimensionTitle: string;
  prompt: string;
  /**
   * `raise`: the question's next descriptor is the action. `find-out`: the answer is missing or
   * "don't know", so the first step is to establish the facts.
   */
  kind: 'raise' | 'find-out';
  /** The current answer's level; null when unanswered or unknown. */
  from: Level | null;
  /** The level this step reaches. */
  to: Level;
  /** What to do, as an imperative sentence: the question's action for this rung, or "find out" for a missing answer. */
  action: string;
  /** The descriptor of the current answer (context: where the practice stands); null when unanswered. */
  current: string | null;
  /** The descriptor of `to`: the evidence that shows the step is done. */
  reached: string;
  concepts: string[];
  /** Gap to target × weight: how much the step matters on its own. */
  priority: number;
  /** Steps (question ids) that must come before this one. */
  after: string[];
}

export interface NextStepPlan {
  /** The highlighted few, at most {@link DO_NEXT}. */
  doNext: NextStep[];
  /** Everything else, in the same order. */
  later: NextStep[];
}

export const DO_NEXT = 5;

/**
 * For every dimension below its target, the steps to its next level: each question below that
 * level climbs one rung (the model's action for that rung), ordered by gap × weight, with every
 * prerequisite before the steps that depend on it.
 */
export function planNextSteps(model: AssessmentModel, answers: Answers, result: AssessmentResult): NextStepPlan {
  const steps: NextStep[] = [];
  const questionOrder = new Map<string, number>();
  for (const dimension of model.dimensions) {
    const scored = result.dimensions.find((d) => d.id === dimension.id)!;
    if (scored.gap === 0) continue;
    const nextLevel = (scored.level === null ? 0 : scored.level + 1) as Level;
    for (const question of dimension.questions) {
      questionOrder.set(question.id, questionOrder.size);
      const value = answers[question.id]?.value;
      if (value === 'na') continue;
      const step = (from: Level | null, to: Level, kind: NextStep['kind']): NextStep => ({
        questionId: question.id,
        dimensionId: dimension.id,
        dimensionTitle: dimension.title,
        prompt: question.prompt,
        kind,
        from,
        to,
        action: kind === 'find-out' ? `Find out where you stand: ${question.prompt}` : question.actions[from!]!,
        current: from === null ? null : question.levels[from]!,
        reached: question.levels[to]!,
        concepts: question.concepts,
        priority: (scored.target - (from ?? 0)) * question.weight * (kind === 'find-out' ? 0.5 : 1),
        after: [],
      });
      if (typeof value === 'number') {
        if (value < Math.max(nextLevel, 1)) steps.push(step(value, (value + 1) as Level, 'raise'));
      } else {
        steps.push(step(null, 0, 'find-out'));
      }
    }
  }
  const ordered = orderByPrerequisites(steps, requiresOf(model), questionOrder);
  return { doNext: ordered.slice(0, DO_NEXT), later: ordered.slice(DO_NEXT) };
}

function requiresOf(model: AssessmentModel): Map<string, Question['requires']> {
  return new Map(model.dimensions.flatMap((d) => d.questions.map((q) => [q.id, q.requires] as const)));
}

/**
 * Highest priority first, except that a prerequisite always precedes what depends on it: a
 * prerequisite inherits the priority of its most urgent dependant, then a topological pass
 * picks the most urgent step whose prerequisites are placed.
 */
function orderByPrerequisites(steps: NextStep[], requires: ReadonlyMap<string, readonly string[]>, order: ReadonlyMap<string, number>): NextStep[] {
  const byId = new Map(steps.map((s) => [s.questionId, s]));
  // Transitive prerequisites that are themselves steps: a missing middle link still orders its ends.
  const before = (id: string, seen = new Set<string>()): string[] => {
    const found: string[] = [];
    for (const pre of requires.get(id) ?? []) {
      if (seen.has(pre)) continue;
      seen.add(pre);
      if (byId.has(pre)) found.push(pre);
      else found.push(...before(pre, seen));
    }
    return found;
  };
  for (const step of steps) step.after = before(step.questionId);

  const urgency = new Map(steps.map((s) => [s.questionId, s.priority]));
  const raise = (id: string, priority: number, seen: Set<string>) => {
    if (seen.has(id)) return;
    seen.add(id);
    if ((urgency.get(id) ?? 0) < priority) urgency.set(id, priority);
    for (const pre of byId.get(id)!.after) raise(pre, priority, seen);
  };
  for (const step of steps) for (const pre of step.after) raise(pre, step.priority, new Set());

  const placed = new Set<string>();
  const result: NextStep[] = [];
  const rank = (s: NextStep) => [-(urgency.get(s.questionId) ?? 0), -s.priority, order.get(s.questionId) ?? 0] as const;
  const better = (a: NextStep, b: NextStep) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
  while (result.length < steps.length) {
    const ready = steps.filter((s) => !placed.has(s.questionId) && s.after.every((pre) => placed.has(pre)));
    // The model refuses prerequisite cycles; should one slip through, break it rather than loop.
    const pool = ready.length ? ready : steps.filter((s) => !placed.has(s.questionId));
    const next = pool.sort(better)[0]!;
    placed.add(next.questionId);
    result.push(next);
  }
  return result;
}
