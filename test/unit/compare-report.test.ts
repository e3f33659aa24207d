import { describe, expect, it } from 'vitest';
import { compareScorecards, type ReadScorecard } from '../../src/assessment/compare.ts';
import { changeText, comparisonSeriesNames, comparisonSlide, comparisonTitle } from '../../src/assessment/compare-report.ts';
import { questionIds } from '../../src/assessment/read-model.ts';
import { readScorecard, toScorecard } from '../../src/assessment/scorecard.ts';
import type { Answers } from '../../src/schema/assessment.ts';
import { makeModel } from '../support/assessment-model.ts';

const model = makeModel();
function read(answers: Answers, date: string, team = 'Platform'): ReadScorecard {
  const result = readScorecard(JSON.stringify(toScorecard(model, answers, {}, { organization: 'Acme', team, date })), model, new Map([[model.modelVersion, questionIds(model)]]));
  if (!result.ok) throw new Error(result.error);
  return result;
}
const a = read({ 'change.process': { value: 1 }, 'incident.process': { value: 3 } }, '2026-10-01');
const b = read({ 'change.process': { value: 3 }, 'incident.process': { value: 2 } }, '2026-12-15');

describe('comparison report', () => {
  it('titles one team over time by its dates, and two teams by their names', () => {
    expect(comparisonTitle(model, a.scorecard, b.scorecard)).toEqual({
      heading: 'Acme · Platform: 15 Dec 2026 compared with 1 Oct 2026',
      details: [
        ['B', 'Acme · Platform · 15 Dec 2026'],
        ['A', 'Acme · Platform · 1 Oct 2026'],
        ['Model', `version ${model.modelVersion}`],
      ],
    });
    const other = read({}, '2026-12-15', 'Network');
    expect(comparisonTitle(model, a.scorecard, other.scorecard).heading).toBe('Acme · Network compared with Acme · Platform');
    expect(comparisonSeriesNames(model, a.scorecard, b.scorecard)).toEqual({ a: 'A · 1 Oct 2026', b: 'B · 15 Dec 2026' });
  });

  it('says a change in words, the arrow only repeating them', () => {
    expect(changeText({ delta: 0.3, direction: 'up' })).toBe('▲ up 0.3');
    expect(changeText({ delta: -1, direction: 'down' }, { arrow: false })).toBe('down 1.0');
    expect(changeText({ delta: 0, direction: 'same' })).toBe('= same');
    expect(changeText({ delta: null, direction: null })).toBe('not comparable');
  });

  it('draws a 16:9 slide with overall B, overall A and the change as text, and the radar', () => {
    const comparison = compareScorecards(model, a, b);
    const svg = comparisonSlide(model, comparison, a.scorecard, b.scorecard);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 960 540"/);
    expect(svg).toContain('Acme · Platform');
    expect(svg).toContain(`>${comparison.overall.b.score!.toFixed(1)} / 4<`);
    expect(svg).toContain(`>${comparison.overall.a.score!.toFixed(1)} / 4<`);
    expect(svg).toContain(`>${changeText(comparison.overall)}<`);
    expect(svg).toContain('<polygon'); // the radar, embedded
  });
});
