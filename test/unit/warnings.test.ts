import { describe, expect, it } from 'vitest';
import { matchWarnings } from '../../src/assessment/warnings.ts';
import type { Answers } from '../../src/schema/assessment.ts';
import { makeModel } from '../support/assessment-model.ts';

const answer = (entries: Record<string, number | 'na' | 'unknown'>): Answers =>
  Object.fromEntries(Object.entries(entries).map(([id, value]) => [id, { value: value as 0 }]));

describe('anti-pattern warnings', () => {
  it('flags strong tooling answers with weak process answers, linking the boundary and saying why', () => {
    const [warning, ...rest] = matchWarnings(makeModel(), answer({ 'change.tooling': 4, 'incident.tooling': 3, 'change.process': 1, 'incident.process': 0 }));
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ id: 'tooling-without-process', boundary: 'tooling-without-process' });
    expect(warning!.because).toEqual(['mean of tooling answers is 3.5 (at least 3)', 'mean of process answers is 0.5 (at most 1)']);
  });

  it('stays quiet when process keeps up with tooling', () => {
    expect(matchWarnings(makeModel(), answer({ 'change.tooling': 4, 'change.process': 3 }))).toEqual([]);
  });

  it('needs an answer for every condition: no warning from tooling answers alone', () => {
    expect(matchWarnings(makeModel(), answer({ 'change.tooling': 4, 'change.process': 'unknown' }))).toEqual([]);
  });

  it('tests named questions with min and max', () => {
    const model = makeModel();
    model.warnings = [{ id: 'audit', title: 'One-time', boundary: 'tooling-without-process', message: 'm', when: [{ questions: ['governance.process'], measure: 'max', atMost: 1 }] }];
    expect(matchWarnings(model, answer({ 'governance.process': 1 }))).toHaveLength(1);
    expect(matchWarnings(model, answer({ 'governance.process': 2 }))).toEqual([]);
  });
});
