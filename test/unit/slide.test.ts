import { describe, expect, it } from 'vitest';
import { RADAR_SCALE_NOTE, radarSvg } from '../../src/assessment/radar.ts';
import { scoreAssessment } from '../../src/assessment/score.ts';
import { longDate, scorecardSlide, titleBlock } from '../../src/assessment/scorecard-report.ts';
import { SLIDE, slideSvg } from '../../src/assessment/slide.ts';
import type { Answers } from '../../src/schema/assessment.ts';
import { makeModel } from '../support/assessment-model.ts';

const texts = (svg: string) => [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]*)</g)].map((m) => m[1]!);
const viewBox = (svg: string) => /viewBox="([-\d. ]+)"/.exec(svg)![1]!.split(' ').map(Number) as [number, number, number, number];

describe('radar', () => {
  const axes = [
    { label: 'Change enablement', values: [2.7, 3] },
    { label: 'Incident and problem management', values: [1.3, 3] },
    { label: 'Asset and configuration management', values: [null, 3] },
  ];
  const series = [
    { name: 'Score', role: 'primary' as const },
    { name: 'Target level', role: 'target' as const },
  ];

  it('says on the chart that it plots scores, and names a spoke that no series scores', () => {
    const svg = radarSvg(axes, series);
    expect(texts(svg)).toContain(RADAR_SCALE_NOTE);
    expect(texts(svg)).toContain('(not scored)');
    expect(texts(svg).filter((t) => t === '(not scored)')).toHaveLength(1);
  });

  it('plots the unrounded score, not the level', () => {
    const svg = radarSvg([{ label: 'Top', values: [2.5] }, { label: 'Right', values: [0] }, { label: 'Left', values: [0] }], [series[0]!], { radius: 100 });
    // The top spoke points straight up: a score of 2.5 sits at 2.5 / 4 of the radius.
    expect(svg).toMatch(/<polygon points="0,-62\.5 /);
  });

  it('grows its view box around the labels, so a wider label never leaves the picture', () => {
    const narrow = viewBox(radarSvg(axes, series));
    const wide = viewBox(radarSvg(axes.map((a) => ({ ...a, label: `${a.label} with a much longer name` })), series));
    expect(wide[2]).toBeGreaterThan(narrow[2]);
  });

  it('escapes labels and names', () => {
    const svg = radarSvg([{ label: '<b>x</b>', values: [1] }, ...axes], [{ name: 'A & B', role: 'primary' }]);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('A &#38; B');
  });
});

describe('slide picture', () => {
  it('is 16:9 and keeps its text as text, escaped', () => {
    const svg = slideSvg({ kicker: 'Kicker', heading: 'Org <script>', subline: 'Joint', facts: [{ label: 'Overall', value: '2.0 / 4', detail: 'Level 2' }], chart: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10" role="img"></svg>', footer: 'Converge' });
    expect(SLIDE.width / SLIDE.height).toBeCloseTo(16 / 9, 5);
    expect(viewBox(svg)).toEqual([0, 0, SLIDE.width, SLIDE.height]);
    expect(texts(svg)).toContain('Org &#60;script&#62;');
    expect(texts(svg)).toContain('2.0 / 4');
    // The chart is placed in its panel, with one width and height (the panel's).
    expect(svg).toMatch(/<svg x="\d+" y="\d+" width="\d+" height="\d+" preserveAspectRatio="xMidYMid meet" xmlns/);
  });

  it('shows a scorecard’s title block, overall level, weakest dimension and answers', () => {
    const model = makeModel();
    const answers: Answers = Object.fromEntries(model.dimensions.flatMap((d, i) => d.questions.map((q) => [q.id, { value: (i % 4) as 0 | 1 | 2 | 3 }])));
    const result = scoreAssessment(model, answers);
    const svg = scorecardSlide(model, result, { organization: 'Acme', team: 'Ops', perspective: 'security', date: '2026-11-30', assessor: 'Dana' });
    const words = texts(svg).join(' '); // lines wrap: read them as one run of text
    expect(words).toContain('Acme · Ops');
    expect(words).toContain('Security side · 30 Nov 2026 · Dana · model version 1');
    expect(words).toContain(`${result.score!.toFixed(1)} / 4`);
    expect(words).toContain(`Level ${result.level} · ${model.levels[result.level!]!.name}`);
    expect(words).toContain(result.weakest!.title);
    expect(words).toContain(`${result.dimensions.filter((d) => d.gap > 0).length} of 8 dimensions`);
    expect(words).toContain('24 of 24 questions scored');
  });
});

describe('title block', () => {
  it('names who, then perspective, date, assessor and model, leaving out what is empty', () => {
    expect(titleBlock({ modelVersion: 3 }, { organization: ' Acme ', team: '', date: '2026-01-05' })).toEqual({
      heading: 'Acme',
      details: [['Perspective', 'Joint (security and operations together)'], ['Date', '5 Jan 2026'], ['Model', 'version 3']],
    });
    expect(titleBlock({ modelVersion: 3 }, { organization: '', team: '' }).heading).toBe('Unnamed team');
  });

  it('writes dates without day–month ambiguity, and leaves what it cannot read as it is', () => {
    expect(longDate('2026-11-30')).toBe('30 Nov 2026');
    expect(longDate('yesterday')).toBe('yesterday');
  });
});
