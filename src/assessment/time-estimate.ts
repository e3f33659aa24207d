// How long the assessment takes, computed from the words a person reads while answering, so the
// page's promise stays honest when questions are added or rewritten.
import type { AssessmentModel, Dimension } from '../schema/assessment.ts';

/** Silent reading speed of an adult reading non-fiction in English, in words per minute. */
export const WORDS_PER_MINUTE = 230;

export interface TimeEstimate {
  /** Words read while answering: each prompt and its five level descriptors. */
  words: number;
  /** Minutes to read them once, rounded, never below 1. */
  readingMinutes: number;
  /** A workshop's likely span in minutes, rounded to 5: [quick agreement, real discussion]. */
  workshopMinutes: [number, number];
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Words a person reads to answer these questions: the prompt and the five level descriptors. */
export function answeringWords(questions: Dimension['questions']): number {
  // Actions are left out (they are read on the results, not while answering), and so are the
  // evidence hints (folded away behind a disclosure that most people open only when unsure).
  return questions.reduce((sum, q) => sum + countWords(q.prompt) + q.levels.reduce((n, level) => n + countWords(level), 0), 0);
}

const roundTo5 = (minutes: number) => Math.max(5, Math.round(minutes / 5) * 5);

/**
 * Reading time and workshop range for a set of questions.
 *
 * Reading: words / 230 words per minute. Workshop: someone reads each prompt and its levels
 * aloud, which takes about 1.5× silent reading (speech runs near 150 words per minute), and the
 * group then settles on a level: about half a minute when it agrees at once, about a minute and
 * a half when it has to discuss or look for evidence. So the range is
 * 1.5 × reading + 0.5 min per question  to  1.5 × reading + 1.5 min per question.
 */
export function estimateTime(questions: Dimension['questions']): TimeEstimate {
  const words = answeringWords(questions);
  const reading = words / WORDS_PER_MINUTE;
  const aloud = 1.5 * reading;
  return {
    words,
    readingMinutes: Math.max(1, Math.round(reading)),
    workshopMinutes: [roundTo5(aloud + 0.5 * questions.length), roundTo5(aloud + 1.5 * questions.length)],
  };
}

/** The estimate for the whole model, every dimension's questions together. */
export function estimateModelTime(model: Pick<AssessmentModel, 'dimensions'>): TimeEstimate {
  return estimateTime(model.dimensions.flatMap((d) => d.questions));
}

/** "about 3 minutes to read" (or "about 1 minute to read"). */
export function readingPhrase(estimate: TimeEstimate): string {
  return `about ${estimate.readingMinutes} minute${estimate.readingMinutes === 1 ? '' : 's'} to read`;
}
