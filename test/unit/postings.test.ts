import { describe, expect, it } from 'vitest';
import { FIELD, decodePostings, encodePostings, frequencyBucket, type Posting } from '../../src/search/postings.ts';

describe('postings', () => {
  it('round-trips documents, fields and body frequency', () => {
    const postings: Posting[] = [
      { doc: 0, fields: 0, bodyFrequency: 1 },
      { doc: 1, fields: FIELD.title | FIELD.tag, bodyFrequency: 3 },
      { doc: 2, fields: FIELD.path, bodyFrequency: 0 },
      { doc: 40_000, fields: 0, bodyFrequency: 2 },
      { doc: 1_234_567, fields: FIELD.summary | FIELD.boundary | FIELD.alias, bodyFrequency: 1 },
    ];
    expect(decodePostings(encodePostings(postings))).toEqual(postings);
  });

  it('spends one character on a body-only posting next to the previous one', () => {
    const dense = Array.from({ length: 100 }, (_, doc) => ({ doc, fields: 0, bodyFrequency: 1 }));
    expect(encodePostings(dense)).toHaveLength(100);
  });

  it('stays inside a JSON string without escapes', () => {
    const encoded = encodePostings([{ doc: 99_999, fields: 63, bodyFrequency: 3 }]);
    expect(JSON.stringify(encoded)).toBe(`"${encoded}"`);
  });

  it('buckets body frequency as 0, 1, 2–3 and 4+', () => {
    expect([0, 1, 2, 3, 4, 50].map(frequencyBucket)).toEqual([0, 1, 2, 2, 3, 3]);
  });

  it('refuses a corrupt list instead of returning wrong documents', () => {
    expect(() => decodePostings('g')).toThrow(/corrupt/);
    expect(() => decodePostings('A"')).toThrow(/corrupt/);
  });
});
