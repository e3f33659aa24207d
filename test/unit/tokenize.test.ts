import { describe, expect, it } from 'vitest';
import { fold, identifierKey, tokenize, wordSpans } from '../../src/search/tokenize.ts';

describe('tokenize', () => {
  it('folds case and accents, so typed and written forms meet', () => {
    expect(fold('Résumé ÉCOLE')).toBe('resume ecole');
  });

  it('keeps words of two characters or more and drops stopwords (IT among them: it is also "it")', () => {
    expect(tokenize('What is the CAB for? A vote, on IT changes.')).toEqual(['cab', 'vote', 'changes']);
  });

  it('splits on punctuation and keeps repeats, which count as frequency', () => {
    expect(tokenize('post-incident review; review again')).toEqual(['post', 'incident', 'review', 'review', 'again']);
  });

  it('gives word offsets in the original text, accents and all', () => {
    const text = 'Café — change';
    expect(wordSpans(text).map(({ start, end, term }) => [text.slice(start, end), term])).toEqual([['Café', 'cafe'], ['change', 'change']]);
  });

  it('gives "CM-3", "cm3" and "CM 3" one identifier key, but keeps "8.32" apart from "8.3.2"', () => {
    expect(new Set(['CM-3', 'cm3', 'CM 3', 'cm_3'].map(identifierKey))).toEqual(new Set(['cm3']));
    expect(identifierKey('8.32')).not.toBe(identifierKey('8.3.2'));
    expect(identifierKey('AC-2(4)')).toBe('ac2(4)');
  });
});
