import { describe, expect, it } from 'vitest';
import { FIELD, decodePostings } from '../../src/search/postings.ts';
import type { SearchDocument } from '../../src/search/search-document.ts';
import { buildSearchIndex } from '../../src/search/search-index.ts';

const base: Omit<SearchDocument, 'id' | 'title' | 'body'> = {
  type: 'control', url: '/x/', summary: 'A summary.', aliases: [], tags: [], identifiers: [], is: [], isNot: [], paths: [], synonyms: [],
};

describe('buildSearchIndex', () => {
  const index = buildSearchIndex([
    { ...base, id: 'a', title: 'Drift detection', tags: ['baseline'], body: 'Drift drift drift drift. Scanners find it.' },
    { ...base, id: 'b', title: 'Patch latency', isNot: ['Not about drift.'], paths: [{ title: 'Patching path', note: 'Latency matters.' }], body: 'Scanners report.' },
  ]);
  const postingsOf = (term: string) => decodePostings(index.postings[index.terms.indexOf(term)]!);

  it('ships every field but the body', () => {
    expect(index).toMatchObject({ format: 'converge-search-index', version: 2 });
    expect(index.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(index.entries[0]).not.toHaveProperty('body');
    expect(JSON.stringify(index)).not.toContain('Scanners find it');
  });

  it('sorts the vocabulary by code unit, without stopwords', () => {
    expect(index.terms).toEqual([...index.terms].sort());
    expect(index.terms).not.toContain('not');
    expect(index.terms).toContain('drift');
  });

  it('records where each term is and how often the body has it', () => {
    expect(postingsOf('drift')).toEqual([
      { doc: 0, fields: FIELD.title, bodyFrequency: 3 },
      { doc: 1, fields: FIELD.boundary, bodyFrequency: 0 },
    ]);
    expect(postingsOf('baseline')).toEqual([{ doc: 0, fields: FIELD.tag, bodyFrequency: 0 }]);
    expect(postingsOf('latency')).toEqual([{ doc: 1, fields: FIELD.title | FIELD.path, bodyFrequency: 0 }]);
    expect(postingsOf('patching')).toEqual([{ doc: 1, fields: FIELD.path, bodyFrequency: 0 }]);
    expect(postingsOf('scanners').map((p) => p.doc)).toEqual([0, 1]);
  });
});
