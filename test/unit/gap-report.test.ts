import { describe, expect, it } from 'vitest';
import { gapSlide, gapTitle } from '../../src/assessment/gap-report.ts';
import { perceptionGap } from '../../src/assessment/perception-gap.ts';
import type { Answers } from '../../src/schema/assessment.ts';
import { makeModel } from '../support/assessment-model.ts';

const bands = [
  { atLeast: 0, name: 'Shared view', meaning: 'Same.' },
  { atLeast: 1, name: 'Different pictures', meaning: 'Apart.' },
];
const model = { ...makeModel(), perceptionGap: { concepts: ['joint-risk-review'], byDimension: {}, bands } };
const answer = (entries: Record<string, number>): Answers => Object.fromEntries(Object.entries(entries).map(([id, value]) => [id, { value: value as 0 }]));
const security = { organization: 'Acme', team: 'Platform', date: '2026-11-20', assessor: 'S. L.' };
const operations = { organization: 'Acme', team: 'Platform', date: '2026-11-21' };

describe('gap report', () => {
  it('titles the team once, with each side’s date and the model version', () => {
    expect(gapTitle(model, security, operations)).toEqual({
      heading: 'Acme · Platform',
      details: [
        ['Security side', '20 Nov 2026, by S. L.'],
        ['Operations side', '21 Nov 2026'],
        ['Model', `version ${model.modelVersion}`],
      ],
    });
    expect(gapTitle(model, security, { ...operations, team: 'Ops' }).heading).toBe('Acme · Platform and Acme · Ops');
  });

  it('draws a 16:9 slide with the gap and its band, the strong disagreements and the comparable questions', () => {
    const gap = perceptionGap(model, answer({ 'change.process': 4, 'incident.process': 1 }), answer({ 'change.process': 1, 'incident.process': 1 }));
    const svg = gapSlide(model, gap, security, operations);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 960 540"/);
    expect(svg).toContain('>1.5 levels<');
    expect(svg).toContain('Different pictures');
    expect(svg).toContain('>1 question<');
    expect(svg).toContain(`>2 of ${gap.questions.length}<`);
  });
});
