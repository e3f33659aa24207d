import { describe, expect, it } from 'vitest';
import { answerBreakdown, breakdownWords, roundToTotal } from '../../src/assessment/answer-breakdown.ts';
import { scoreAssessment } from '../../src/assessment/score.ts';
import type { Answers } from '../../src/schema/assessment.ts';
import { makeModel } from '../support/assessment-model.ts';

describe('answer breakdown', () => {
  it('counts every question once: scored, not applicable, don’t know and unanswered add up to the total', () => {
    const model = makeModel();
    const answers: Answers = { 'change.process': { value: 2 }, 'change.tooling': { value: 'na' }, 'change.governance': { value: 'unknown' }, 'incident.process': { value: 0 }, 'incident.tooling': { note: 'only a note' } };
    const b = answerBreakdown(scoreAssessment(model, answers));
    expect([b.scored, b.notApplicable, b.unknown, b.unanswered]).toEqual([2, 1, 1, 20]);
    expect(b.scored + b.notApplicable + b.unknown + b.unanswered).toBe(b.total);
    expect(breakdownWords(b)).toBe("2 scored · 1 not applicable · 1 don't know · 20 unanswered");
  });

  it('shows percentages that add up to 100, and a completion that is the sum of the parts shown', () => {
    const model = makeModel(); // 24 questions: thirds and eighths do not round evenly
    for (let seed = 0; seed < 200; seed++) {
      const answers: Answers = {};
      model.dimensions.flatMap((d) => d.questions).forEach((q, i) => {
        const pick = (seed * 7 + i * 13) % 5;
        if (pick < 3) answers[q.id] = { value: pick === 0 ? 'na' : pick === 1 ? 'unknown' : 3 };
      });
      const b = answerBreakdown(scoreAssessment(model, answers));
      const { scored, notApplicable, unknown, unanswered } = b.percent;
      expect(scored + notApplicable + unknown + unanswered).toBe(100);
      expect(b.completePercent).toBe(scored + notApplicable);
    }
  });

  it('rounds by largest remainder, so 1/3 + 1/3 + 1/3 is 100, not 99', () => {
    expect(roundToTotal([1, 1, 1])).toEqual([34, 33, 33]);
    expect(roundToTotal([39, 4, 5, 0])).toEqual([81, 8, 11, 0]);
    expect(roundToTotal([0, 0])).toEqual([0, 0]);
  });
});
