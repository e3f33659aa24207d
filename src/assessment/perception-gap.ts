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

export interface PerceptionStep {
  questionId: string;
  dimensionTitle: string;
  prompt: string;
  security: Level;
  operations: Level;
  action: string;
  /** The joint forums where the two sides settle it. */
  concepts: string[];
}

/** One "close the perception gap" step per strong disagreement, widest first, each naming its joint forum. */
export function perceptionSteps(model: AssessmentModel, gap: PerceptionGap): PerceptionStep[] {
  const forums = model.perceptionGap;
  return gap.talkFirst.map((q) => {
    const dimension = model.dimensions.find((d) => d.id === q.dimensionId)!;
    const question = dimension.questions.find((x) => x.id === q.questionId)!;
    const [security, operations] = [q.security as Level, q.operations as Level];
    const concepts = forums ? (forums.byDimension[dimension.id] ?? forums.concepts) : question.concepts;
    return {
      questionId: q.questionId,
      dimensionTitle: dimension.title,
      prompt: q.prompt,
      security,
      operations,
      action: `Close the perception gap: security answered level ${security}, operations level ${operations}. Review the evidence together (${question.evidence.join('; ')}) and agree which description is true.`,
      concepts,
    };
  });
}

export type GapBand = NonNullable<AssessmentModel['perceptionGap']>['bands'][number];

/** The model's band for a gap of this size (the last whose `atLeast` it reaches); null without bands or a gap. */
export function gapBand(model: Pick<AssessmentModel, 'perceptionGap'>, gap: number | null): GapBand | null {
  if (gap === null) return null;
  return (model.perceptionGap?.bands ?? []).filter((band) => gap + 1e-9 >= band.atLeast).at(-1) ?? null;
}
