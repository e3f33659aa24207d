import type { AnswerValue, AssessmentModel, Level } from '../schema/assessment.ts';
import type { Scorecard } from '../schema/scorecard.ts';
import type { AssessmentResult } from './score.ts';

/** A scorecard as `readScorecard` accepts it: answers under the current model, results recomputed. */
export interface ReadScorecard {
  scorecard: Scorecard;
  result: AssessmentResult;
}

export interface SideScore {
  /** 0–4; null when not scored on that side. */
  score: number | null;
  level: Level | null;
}

export type Direction = 'up' | 'down' | 'same';

export interface ScoreChange {
  a: SideScore;
  b: SideScore;
  /** b − a between the one-decimal scores a page shows (2.8 → 3.1 is 0.3); null when either side is not scored. */
  delta: number | null;
  /** The sign of that shown delta, so "up" never sits beside two equal shown scores; null when not comparable. */
  direction: Direction | null;
}

export interface DimensionComparison extends ScoreChange {
  id: string;
  title: string;
}

export interface QuestionChange {
  questionId: string;
  /** "3.2": dimension 3, question 2, as the assessment page numbers it. */
  number: string;
  prompt: string;
  dimensionId: string;
  from: Level;
  to: Level;
}

/** A question without a level on at least one side: not applicable, don't know or unanswered. */
export interface NotComparable {
  questionId: string;
  number: string;
  a: AnswerValue | undefined;
  b: AnswerValue | undefined;
}

export interface ScorecardComparison {
  dimensions: DimensionComparison[];
  overall: ScoreChange;
  /** Questions whose level fell from a to b, in model order: pages list these first. */
  regressed: QuestionChange[];
  /** Questions whose level rose from a to b, in model order. */
  improved: QuestionChange[];
  /** Questions with the same level on both sides. */
  unchanged: number;
  notComparable: NotComparable[];
}

/** "3.2" for every question id: dimension position, then question position, from 1. */
export function questionNumbers(model: AssessmentModel): Map<string, string> {
  return new Map(model.dimensions.flatMap((d, i) => d.questions.map((q, j) => [q.id, `${i + 1}.${j + 1}`] as const)));
}

/** A score in tenths, exactly as `toFixed(1)` shows it (2.76 is 28), so every delta is the difference of two shown figures. */
const tenths = (score: number) => Math.round(Number(score.toFixed(1)) * 10);

/**
 * The change from a to b as a page shows it: both scores rounded to one decimal first, then
 * subtracted, so 2.76 → 2.84 (shown 2.8 → 2.8) is "same" and 1.14 → 1.86 (1.1 → 1.9) is up 0.8.
 */
export function scoreChange(a: SideScore, b: SideScore): ScoreChange {
  if (a.score === null || b.score === null) return { a, b, delta: null, direction: null };
  const steps = tenths(b.score) - tenths(a.score);
  return { a, b, delta: steps / 10, direction: steps === 0 ? 'same' : steps > 0 ? 'up' : 'down' };
}

/**
 * Compares scorecard b with scorecard a (b − a) under the same model: per dimension and overall
 * scores, levels and deltas, and the questions whose level rose or fell. Only questions with a
 * level on both sides are compared; the rest are listed as not comparable.
 */
export function compareScorecards(model: AssessmentModel, a: ReadScorecard, b: ReadScorecard): ScorecardComparison {
  const byId = (result: AssessmentResult) => new Map(result.dimensions.map((d) => [d.id, d]));
  const [dimsA, dimsB] = [byId(a.result), byId(b.result)];
  const side = (d: { score: number | null; level: Level | null } | undefined): SideScore => ({ score: d?.score ?? null, level: d?.level ?? null });
  const numbers = questionNumbers(model);

  const improved: QuestionChange[] = [];
  const regressed: QuestionChange[] = [];
  const notComparable: NotComparable[] = [];
  let unchanged = 0;
  for (const dimension of model.dimensions) {
    for (const question of dimension.questions) {
      const from = a.scorecard.answers[question.id]?.value;
      const to = b.scorecard.answers[question.id]?.value;
      const number = numbers.get(question.id)!;
      if (typeof from !== 'number' || typeof to !== 'number') {
        notComparable.push({ questionId: question.id, number, a: from, b: to });
        continue;
      }
      if (from === to) {
        unchanged++;
        continue;
      }
      const entry = { questionId: question.id, number, prompt: question.prompt, dimensionId: dimension.id, from, to };
      (to > from ? improved : regressed).push(entry);
    }
  }

  return {
    dimensions: model.dimensions.map((d) => ({ id: d.id, title: d.title, ...scoreChange(side(dimsA.get(d.id)), side(dimsB.get(d.id))) })),
    overall: scoreChange(side(a.result), side(b.result)),
    regressed,
    improved,
    unchanged,
    notComparable,
  };
}
