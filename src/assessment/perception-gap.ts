import type { AnswerValue, Answers, AssessmentModel, Level } from '../schema/assessment.ts';
import { scoreDimension } from './score.ts';

/** Two or more levels apart: the two sides do not describe the same reality. */
export const STRONG_DISAGREEMENT = 2;

export const GAP_RULE =
  'The integration gap is the mean absolute difference, in levels, between the security and the operations answer to the same question, ' +
  'over the questions both sides answered with a level (0 means they see the same reality; 4 is the widest possible). ' +
  `Questions answered ${STRONG_DISAGREEMENT} or more levels apart are strong disagreements: talk about these first. ` +
  '"Not applicable", "don\'t know" or no answer on either side makes a question not comparable; a question only one side knows is listed too.';

export interface QuestionGap {
  questionId: string;
  dimensionId: string;
  prompt: string;
  security: AnswerValue | undefined;
  operations: AnswerValue | undefined;
  /** |security − operations| when both answered with a level, else null. */
  difference: number | null;
  /** At least {@link STRONG_DISAGREEMENT} levels apart. */
  disagree: boolean;
  /** One side gave a level and the other said "don't know" or did not answer. */
  oneSidedKnowledge: boolean;
}

export interface DimensionGap {
  id: string;
  title: string;
  security: { score: number | null; level: Level | null };
  operations: { score: number | null; level: Level | null };
  /** Mean absolute difference over the dimension's comparable questions; null when none is. */
  gap: number | null;
  comparable: number;
  disagreements: number;
}

export interface PerceptionGap {
  dimensions: DimensionGap[];
  questions: QuestionGap[];
  /** Mean absolute difference over every comparable question (see {@link GAP_RULE}). */
  gap: number | null;
  comparable: number;
  disagreements: number;
  /** The strong disagreements, widest first: "talk about this first". */
  talkFirst: QuestionGap[];
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/** Compares a security-perspective and an operations-perspective assessment of the same model version. */
export function perceptionGap(model: AssessmentModel, security: Answers, operations: Answers): PerceptionGap {
  const questions: QuestionGap[] = [];
  const dimensions = model.dimensions.map((dimension): DimensionGap => {
    const differences: number[] = [];
    let disagreements = 0;
    for (const question of dimension.questions) {
      const s = security[question.id]?.value;
      const o = operations[question.id]?.value;
      const difference = typeof s === 'number' && typeof o === 'number' ? Math.abs(s - o) : null;
      const disagree = difference !== null && difference >= STRONG_DISAGREEMENT;
      const known = (v: AnswerValue | undefined) => typeof v === 'number';
      const unknown = (v: AnswerValue | undefined) => v === undefined || v === 'unknown';
      if (difference !== null) differences.push(difference);
      if (disagree) disagreements++;
      questions.push({
        questionId: question.id,
        dimensionId: dimension.id,
        prompt: question.prompt,
        security: s,
        operations: o,
        difference,
        disagree,
        oneSidedKnowledge: (known(s) && unknown(o)) || (known(o) && unknown(s)),
      });
    }
    const side = (answers: Answers) => {
      const scored = scoreDimension(dimension, answers, 0);
      return { score: scored.score, level: scored.level };
    };
    return { id: dimension.id, title: dimension.title, security: side(security), operations: side(operations), gap: mean(differences), comparable: differences.length, disagreements };
  });
  const differences = questions.flatMap((q) => (q.difference === null ? [] : [q.difference]));
  return {
    dimensions,
    questions,
    gap: mean(differences),
    comparable: differences.length,
    disagreements: questions.filter((q) => q.disagree).length,
    talkFirst: questions.filter((q) => q.disagree).sort((a, b) => b.difference! - a.difference!),
  };
}

/** A strong disagreement as the gap page and its handout list it: once, with what it takes to settle it. */
export interface Disagreement {
  questionId: string;
  dimensionId: string;
  dimensionTitle: string;
  prompt: string;
  security: Level;
  operations: Level;
  difference: number;
  /** The joint forums (concept ids) where the two sides settle it. */
  forums: string[];
  /** What to look at together: the question's evidence hints. */
  evidence: string[];
}

/** Every strong disagreement once, widest first, with its joint forum(s) and the evidence to review together. */
export function disagreementList(model: AssessmentModel, gap: PerceptionGap): Disagreement[] {
  const forums = model.perceptionGap;
  return gap.talkFirst.map((q) => {
    const dimension = model.dimensions.find((d) => d.id === q.dimensionId)!;
    const question = dimension.questions.find((x) => x.id === q.questionId)!;
    return {
      questionId: q.questionId,
      dimensionId: dimension.id,
      dimensionTitle: dimension.title,
      prompt: q.prompt,
      security: q.security as Level,
      operations: q.operations as Level,
      difference: q.difference!,
      forums: forums ? (forums.byDimension[dimension.id] ?? forums.concepts) : question.concepts,
      evidence: [...question.evidence],
    };
  });
}

export type GapBand = NonNullable<AssessmentModel['perceptionGap']>['bands'][number];

/** The model's band for a gap of this size (the last whose `atLeast` it reaches); null without bands or a gap. */
export function gapBand(model: Pick<AssessmentModel, 'perceptionGap'>, gap: number | null): GapBand | null {
  if (gap === null) return null;
  return (model.perceptionGap?.bands ?? []).filter((band) => gap + 1e-9 >= band.atLeast).at(-1) ?? null;
}

/** The model's bands with the range each covers in words ("0.5 to 1 levels"), for the key beside a gap. */
export function gapBandRanges(model: Pick<AssessmentModel, 'perceptionGap'>): { range: string; band: GapBand }[] {
  const bands = model.perceptionGap?.bands ?? [];
  return bands.map((band, i) => {
    const next = bands[i + 1];
    const range = next ? (band.atLeast === 0 ? `under ${next.atLeast}` : `${band.atLeast} to ${next.atLeast}`) : `${band.atLeast} or more`;
    return { range: `${range} levels`, band };
  });
}

/** The dimensions with at least one strong disagreement, and how many dimensions could be compared at all. */
export function disagreeingDimensions(gap: PerceptionGap): { disagreeing: number; compared: number } {
  return { disagreeing: gap.dimensions.filter((d) => d.disagreements > 0).length, compared: gap.dimensions.filter((d) => d.comparable > 0).length };
}
