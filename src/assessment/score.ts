import type { Answers, AssessmentModel, Dimension, Level } from '../schema/assessment.ts';

/**
 * The cumulative rule, as the results page states it: a level counts only when the practice
 * is there across the dimension, so one strong answer cannot hide a missing one.
 */
export const LEVEL_RULE =
  'A dimension is at level L when the weighted mean of its answers is at least L and no answer in it is below L − 1. ' +
  'For example, answers 4, 4 and 1 average 3, but the 1 holds the dimension at level 2.';

export const OVERALL_RULE =
  'The overall score is the mean of the dimension scores; the overall level follows the same rule across dimensions, ' +
  'so it is never more than one level above the weakest dimension.';

export interface DimensionResult {
  id: string;
  title: string;
  /** Weighted mean of the answered questions, 0–4; null when none is answered. */
  score: number | null;
  /** The level under {@link LEVEL_RULE}; null when no question is answered. */
  level: Level | null;
  target: Level;
  /** Levels still to climb to the target: 0 when met; the whole target when not yet scored. */
  gap: number;
  questions: number;
  /** Questions with a level. */
  answered: number;
  notApplicable: number;
  /** "Don't know" answers: counted as unanswered, and reported as uncertainty. */
  unknown: number;
  unanswered: number;
  /** Answered or not applicable, out of all questions: 0–1. */
  completion: number;
  /** Share of the applicable questions answered "don't know": 0–1. */
  uncertainty: number;
}

export interface AssessmentResult {
  modelVersion: number;
  dimensions: DimensionResult[];
  /** Mean of the scored dimensions, 0–4; null when no dimension is scored. */
  score: number | null;
  level: Level | null;
  /** The lowest-scoring dimension, always shown next to the overall score. */
  weakest: DimensionResult | null;
  completion: number;
  uncertainty: number;
}

/** The level the cumulative rule gives a mean and the lowest value it is made of. */
export function cumulativeLevel(mean: number, lowest: number): Level {
  // The epsilon keeps 2.9999999 (a float sum of thirds) at 3.
  return Math.max(0, Math.min(4, Math.floor(mean + 1e-9), lowest + 1)) as Level;
}

/** Scores one dimension: weighted mean, level, completion and uncertainty. */
export function scoreDimension(dimension: Dimension, answers: Answers, target: Level): DimensionResult {
  let weighted = 0;
  let weights = 0;
  let lowest = Infinity;
  let answered = 0;
  let notApplicable = 0;
  let unknown = 0;
  for (const question of dimension.questions) {
    const value = answers[question.id]?.value;
    if (value === 'na') notApplicable++;
    else if (value === 'unknown') unknown++;
    else if (typeof value === 'number') {
      answered++;
      weighted += value * question.weight;
      weights += question.weight;
      lowest = Math.min(lowest, value);
    }
  }
  const questions = dimension.questions.length;
  const score = weights > 0 ? weighted / weights : null;
  const level = score === null ? null : cumulativeLevel(score, lowest);
  const applicable = questions - notApplicable;
  return {
    id: dimension.id,
    title: dimension.title,
    score,
    level,
    target,
    gap: Math.max(0, target - (level ?? 0)),
    questions,
    answered,
    notApplicable,
    unknown,
    unanswered: questions - answered - notApplicable,
    completion: questions === 0 ? 1 : (answered + notApplicable) / questions,
    uncertainty: applicable === 0 ? 0 : unknown / applicable,
  };
}

/** Scores every dimension and the whole assessment against the given targets (model defaults fill gaps). */
export function scoreAssessment(model: AssessmentModel, answers: Answers, targets: Partial<Record<string, Level>> = {}): AssessmentResult {
  const dimensions = model.dimensions.map((d) => scoreDimension(d, answers, targets[d.id] ?? model.targets[d.id] ?? 0));
  const scored = dimensions.filter((d) => d.score !== null);
  const score = scored.length ? scored.reduce((sum, d) => sum + d.score!, 0) / scored.length : null;
  const weakest = scored.reduce<DimensionResult | null>((low, d) => (low === null || d.score! < low.score! ? d : low), null);
  const questions = dimensions.reduce((n, d) => n + d.questions, 0);
  const applicable = dimensions.reduce((n, d) => n + d.questions - d.notApplicable, 0);
  return {
    modelVersion: model.modelVersion,
    dimensions,
    score,
    level: score === null ? null : cumulativeLevel(score, Math.min(...scored.map((d) => d.level!))),
    weakest,
    completion: questions === 0 ? 1 : dimensions.reduce((n, d) => n + d.answered + d.notApplicable, 0) / questions,
    uncertainty: applicable === 0 ? 0 : dimensions.reduce((n, d) => n + d.unknown, 0) / applicable,
  };
}
