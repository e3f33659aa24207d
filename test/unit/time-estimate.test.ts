import { describe, expect, it } from 'vitest';
import { answeringWords, estimateModelTime, estimateTime, readingPhrase, WORDS_PER_MINUTE } from '../../src/assessment/time-estimate.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import type { Question } from '../../src/schema/assessment.ts';

/** A question whose prompt and each of five descriptors have the given number of words. */
const question = (promptWords: number, levelWords: number) =>
  ({ prompt: 'word '.repeat(promptWords), levels: Array.from({ length: 5 }, () => ' w  '.repeat(levelWords)), actions: ['not read while answering'], evidence: ['folded away'] }) as unknown as Question;

describe('time estimate', () => {
  it('counts the prompt and the five descriptors, not actions or evidence', () => {
    expect(answeringWords([question(10, 20)])).toBe(110);
  });

  it('reads at 230 words per minute and never promises less than a minute', () => {
    expect(estimateTime([question(30, 200)]).readingMinutes).toBe(Math.round(1030 / WORDS_PER_MINUTE));
    expect(estimateTime([question(3, 2)]).readingMinutes).toBe(1);
    expect(readingPhrase(estimateTime([question(3, 2)]))).toBe('about 1 minute to read');
    expect(readingPhrase(estimateTime([question(30, 200)]))).toBe('about 4 minutes to read');
  });

  it('gives a workshop range of reading aloud plus half a minute to a minute and a half per question', () => {
    // 20 questions of 230 words: 20 min reading, 30 aloud; + 10 or + 30 of discussion.
    const estimate = estimateTime(Array.from({ length: 20 }, () => question(30, 40)));
    expect(estimate.readingMinutes).toBe(20);
    expect(estimate.workshopMinutes).toEqual([40, 60]);
  });

  it('tells the truth about the real model: about 27 minutes to read, well over an hour as a workshop', () => {
    const model = validateContent().assessment!;
    const estimate = estimateModelTime(model);
    expect(estimate.words).toBeGreaterThan(5000);
    expect(estimate.readingMinutes).toBe(Math.round(estimate.words / 230));
    const [low, high] = estimate.workshopMinutes;
    expect(low).toBeGreaterThan(estimate.readingMinutes);
    expect(high).toBeGreaterThan(low);
    // Each dimension's reading time adds up to about the whole.
    const sum = model.dimensions.reduce((n, d) => n + estimateTime(d.questions).words, 0);
    expect(sum).toBe(estimate.words);
  });
});
