import { z } from './zod.ts';
import { CONCEPT_ID } from './vocabulary.ts';

const text = z.string().trim().min(1, 'must not be empty');
const id = (what: string) => z.string().regex(CONCEPT_ID, `must be ${what} id in kebab case`);

/** One answer a participant can pick; exactly one per question is `correct: true`. */
export const quizChoiceSchema = z
  .object({
    text,
    correct: z.boolean().default(false),
  })
  .strict();

/** One question: a boundary case, the choices, and an explanation that teaches whatever was picked. */
export const quizQuestionSchema = z
  .object({
    prompt: text,
    choices: z.array(quizChoiceSchema).min(2, 'a question needs at least 2 choices').max(5, 'a question has at most 5 choices'),
    explanation: text.describe('why the right answer is right and the look-alikes are not, in our own words'),
    concepts: z.array(id('a concept')).min(1, 'must name at least one concept the explanation draws on'),
  })
  .strict();

/** `content/quizzes/<path-id>.yaml`: a short quiz on a learning path's IS / IS-NOT boundaries. */
export const quizSchema = z
  .object({
    path: id('a learning path'),
    questions: z.array(quizQuestionSchema).min(3, 'a quiz needs at least 3 questions').max(6, 'a quiz has at most 6 questions'),
  })
  .strict();

export type Quiz = z.infer<typeof quizSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

/** The index of each question's correct choice (the reader guarantees exactly one). */
export const correctChoices = (quiz: Pick<Quiz, 'questions'>): number[] => quiz.questions.map((q) => q.choices.findIndex((c) => c.correct));

/** A participant's picks: question index → choice index. Unanswered questions are absent. */
export type QuizAnswers = Record<number, number>;

export interface QuizResult {
  /** Per question: whether it was answered, and whether rightly. */
  marks: { answered: boolean; right: boolean }[];
  right: number;
  total: number;
}

/** Marks the answers against the key; an unanswered question counts as not right. */
export function scoreQuiz(correct: readonly number[], answers: QuizAnswers): QuizResult {
  const marks = correct.map((c, i) => ({ answered: answers[i] !== undefined, right: answers[i] === c }));
  return { marks, right: marks.filter((m) => m.right).length, total: correct.length };
}

/**
 * Answers as read back from storage, keeping only picks that still fit the quiz (a question or
 * choice may have been removed since they were saved); anything unreadable is no answers.
 */
export function parseSavedAnswers(raw: string | null, choiceCounts: readonly number[]): { answers: QuizAnswers; checked: boolean } {
  const empty = { answers: {}, checked: false };
  if (!raw) return empty;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return empty;
  }
  if (!data || typeof data !== 'object') return empty;
  const { answers, checked } = data as { answers?: unknown; checked?: unknown };
  const kept: QuizAnswers = {};
  if (answers && typeof answers === 'object') {
    for (const [q, c] of Object.entries(answers)) {
      const qi = Number(q);
      if (Number.isInteger(qi) && qi >= 0 && qi < choiceCounts.length && Number.isInteger(c) && (c as number) >= 0 && (c as number) < choiceCounts[qi]!) kept[qi] = c as number;
    }
  }
  return { answers: kept, checked: checked === true };
}
