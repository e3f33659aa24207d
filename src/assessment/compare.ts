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
  /** b − a, from the unrounded scores; null when either side is not scored. */
  delta: number | null;
  /** The direction at the precision pages show (one decimal); null when not comparable. */
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
  /** Questions whose level rose from a to b, in model order. */
  improved: QuestionChange[];
  /** Questions whose level fell from a to b, in model order. */
  regressed: QuestionChange[];
  /** Questions with the same level on both sides. */
  unchanged: number;
  notComparable: NotComparable[];
}

/** "3.2" for every question id: dimension position, then question position, from 1. */
export function questionNumbers(model: AssessmentModel): Map<string, string> {
  return new Map(model.dimensions.flatMap((d, i) => d.questions.map((q, j) => [q.id, `${i + 1}.${j + 1}`] as const)));
}

/** Up, down or same, judged at one decimal so a page never shows "up 0.0". */
export function directionOf(delta: number | null): Direction | null {
  if (delta === null) return null;
  const shown = Math.round(Math.abs(delta) * 10);
  return shown === 0 ? 'same' : delta > 0 ? 'up' : 'down';
}

function change(a: SideScore, b: SideScore): ScoreChange {
  const delta = a.score === null || b.score === null ? null : b.score - a.score;
  return { a, b, delta, direction: directionOf(delta) };
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
    dimensions: model.dimensions.map((d) => ({ id: d.id, title: d.title, ...change(side(dimsA.get(d.id)), side(dimsB.get(d.id))) })),
    overall: change(side(a.result), side(b.result)),
    improved,
    regressed,
    unchanged,
    notComparable,
  };
}
