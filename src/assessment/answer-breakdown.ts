import type { AssessmentResult } from './score.ts';

/** What became of every question: the four counts add up to the total, and so do their percentages. */
export interface AnswerBreakdown {
  total: number;
  /** Answered with a level 0–4. */
  scored: number;
  notApplicable: number;
  unknown: number;
  unanswered: number;
  /** Whole percentages of `total` that add up to exactly 100 (largest remainder). */
  percent: { scored: number; notApplicable: number; unknown: number; unanswered: number };
  /** Scored or not applicable: `percent.scored + percent.notApplicable`, so it agrees with the parts shown beside it. */
  completePercent: number;
}

/** Rounds shares of a whole to integers that still add up to `to` (the largest-remainder method). */
export function roundToTotal(counts: readonly number[], to = 100): number[] {
  const sum = counts.reduce((a, b) => a + b, 0);
  if (sum === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * to) / sum);
  const rounded = exact.map(Math.floor);
  let left = to - rounded.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    rounded[i]! += 1;
  }
  return rounded;
}

/** Counts the answers behind a result: scored, not applicable, don't know and unanswered. */
export function answerBreakdown(result: Pick<AssessmentResult, 'dimensions'>): AnswerBreakdown {
  const sum = (pick: (d: AssessmentResult['dimensions'][number]) => number) => result.dimensions.reduce((n, d) => n + pick(d), 0);
  const total = sum((d) => d.questions);
  const scored = sum((d) => d.answered);
  const notApplicable = sum((d) => d.notApplicable);
  const unknown = sum((d) => d.unknown);
  const unanswered = total - scored - notApplicable - unknown;
  const [p0, p1, p2, p3] = roundToTotal([scored, notApplicable, unknown, unanswered]) as [number, number, number, number];
  return { total, scored, notApplicable, unknown, unanswered, percent: { scored: p0, notApplicable: p1, unknown: p2, unanswered: p3 }, completePercent: p0 + p1 };
}

/** "44 scored · 2 not applicable · 2 don't know · 0 unanswered": every count, so they visibly add up. */
export function breakdownWords(b: AnswerBreakdown): string {
  return `${b.scored} scored · ${b.notApplicable} not applicable · ${b.unknown} don't know · ${b.unanswered} unanswered`;
}
