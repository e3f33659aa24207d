import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../src/search/term-match.ts';

const terms = ['change', 'changes', 'exchange', 'gate', 'patch', 'path', 'policy', 'process', 'recertification', 'vulnerabilities', 'vulnerability'].sort();
const matcher = createTermMatcher(terms);
const found = (word: string) => matcher.match(word).map((m) => terms[m.term]);

describe('term matching', () => {
  it('takes a word in the vocabulary as meant, with longer words it begins', () => {
    expect(found('change')).toEqual(['change', 'changes']);
    expect(matcher.match('change')[0]!.similarity).toBe(1);
    // "patch" is right as typed: "path" is not offered as its misspelling.
    expect(found('patch')).toEqual(['patch']);
  });

  it('completes a word being typed', () => {
    expect(found('vuln')).toEqual(['vulnerabilities', 'vulnerability']);
    expect(found('ch')).toEqual([]);
  });

  it('forgives a missing, a swapped or a wrong letter, with less confidence than an exact word', () => {
    expect(found('vulnerabilty')).toContain('vulnerability');
    expect(found('chnage')).toContain('change');
    expect(found('recertificaton')).toContain('recertification');
    expect(found('pacth')).toContain('patch');
    for (const match of matcher.match('chnage')) expect(match.similarity).toBeLessThan(1);
  });

  it('finds the singular a plural stands for, just below the word as typed', () => {
    expect(found('gates')).toEqual(['gate']);
    expect(found('policies')).toEqual(['policy']);
    expect(found('patches')).toEqual(['patch']);
    expect(found('changes')).toEqual(['changes', 'change']);
    expect(matcher.match('gates')[0]!.similarity).toBeGreaterThan(matcher.match('chang')[0]!.similarity);
    expect(matcher.match('gates')[0]!.similarity).toBeLessThan(1);
    // "process" is not the plural of "proces".
    expect(found('process')).toEqual(['process']);
  });

  it('does not guess for short or unrelated words', () => {
    expect(found('chg')).toEqual([]);
    expect(found('zzzzzz')).toEqual([]);
    expect(found('1234')).toEqual([]);
  });
});
