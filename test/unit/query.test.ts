import { describe, expect, it } from 'vitest';
import { openSearchIndex } from '../../src/search/open-index.ts';
import { NO_RESULTS, search } from '../../src/search/query.ts';
import type { SearchDocument } from '../../src/search/search-document.ts';
import { buildSearchIndex } from '../../src/search/search-index.ts';

/** A concept with only the fields a test names; the rest empty. */
const concept = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
  id, title: id, type: 'control', url: `/concepts/${id}/`, summary: '', aliases: [], tags: [], identifiers: [], is: [], isNot: [], paths: [], synonyms: [], body: '', ...fields,
});

const index = openSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex([
  concept('change-enablement', { title: 'Change enablement', type: 'practice', aliases: ['Change management'], summary: 'How changes are approved.', body: 'Every change is rated.' }),
  concept('change-rating', {
    title: 'Change security risk rating', summary: 'Every change request carries a rating.', isNot: ['A CVSS score copied onto the change.'],
    identifiers: [{ framework: 'NIST SP 800-53 Rev. 5', identifier: 'CM-3' }, { framework: 'ISO/IEC 27001:2022', identifier: '8.32' }],
  }),
  concept('cab', { title: 'Joint change advisory board', type: 'governance', tags: ['cab'], identifiers: [{ framework: 'NIST SP 800-53 Rev. 5', identifier: 'CM-3(4)' }] }),
  concept('change-manager', { title: 'Change manager', type: 'role', summary: 'Owns the change process.' }),
  concept('drift', { title: 'Configuration drift detection', summary: 'Finds unapproved change.', body: 'A firewall rule changed overnight without a ticket.' }),
  concept('runbooks', {
    title: 'Security steps in runbooks', summary: 'Runbooks carry the security steps.',
    paths: [{ title: 'One incident command', note: 'Show the runbook a responder actually opens.' }],
  }),
  concept('access-requests', {
    title: 'Access request fulfilment',
    synonyms: [{ term: 'SoD', means: 'segregation of duties', also: ['separation of duties'], position: 1 }],
  }),
  concept('privileged-access', { title: 'Privileged access through change', synonyms: [{ term: 'SoD', means: 'segregation of duties', also: ['separation of duties'], position: 0 }, { term: 'war room', position: 0 }] }),
  concept('audit', { title: 'Audit evidence', summary: 'Shows segregation of duties to auditors.' }),
]))));

const ids = (query: string) => search(index, query).hits.map((h) => h.entry.id);

describe('search', () => {
  it('returns nothing, and says nothing matched, for an empty or blank query', () => {
    expect(search(index, '')).toEqual(NO_RESULTS);
    expect(search(index, '   ')).toEqual(NO_RESULTS);
    expect(search(index, '— ?')).toEqual(NO_RESULTS);
  });

  it('returns no hits, not partial guesses, when nothing matches', () => {
    expect(search(index, 'kubernetes')).toEqual({ hits: [], total: 0, partial: false });
  });

  it('puts an exact title first, then an exact alias, before concepts that merely contain the words', () => {
    expect(ids('change manager')[0]).toBe('change-manager');
    expect(ids('Change management')[0]).toBe('change-enablement');
  });

  it('puts every concept mapped to an identifier first, however the identifier is typed', () => {
    expect(ids('CM-3')[0]).toBe('change-rating');
    expect(ids('cm3')[0]).toBe('change-rating');
    expect(ids('8.32')).toEqual(['change-rating']);
    // An enhancement is found by its control, after the control itself; 8.32 is no part of 8.3.
    expect(ids('CM-3')).toEqual(['change-rating', 'cab']);
    expect(ids('CM-3(4)')).toEqual(['cab']);
    expect(ids('8.3')).toEqual([]);
    const hit = search(index, 'CM-3').hits[0]!;
    expect(hit.snippet).toEqual({ label: 'Maps to', text: 'NIST SP 800-53 Rev. 5 CM-3', highlights: [[22, 26]] });
  });

  it('puts the concepts a synonym names first, in the order listed, and says what the term stands for', () => {
    expect(ids('SoD')).toEqual(['privileged-access', 'access-requests']);
    expect(ids('sod')).toEqual(['privileged-access', 'access-requests']);
    // Its expansion and other spellings lead to the same concepts, before a page that only mentions them.
    expect(ids('segregation of duties')).toEqual(['privileged-access', 'access-requests', 'audit']);
    expect(ids('separation of duties').slice(0, 2)).toEqual(['privileged-access', 'access-requests']);
    const hit = search(index, 'SoD').hits[0]!;
    expect(hit.snippet).toEqual({ label: 'SoD', text: 'segregation of duties', highlights: [] });
    expect(hit.bodyMatches).toEqual([]);
    expect(search(index, 'segregation of duties').hits[0]!.snippet).toEqual({ label: 'SoD', text: 'segregation of duties', highlights: [[0, 11], [15, 21]] });
    expect(search(index, 'war room').hits[0]!.snippet).toEqual({ label: 'Covers', text: 'war room', highlights: [[0, 8]] });
  });

  it('counts a synonym among other words of a query', () => {
    expect(ids('SoD privileged')[0]).toBe('privileged-access');
  });

  it('forgives typos, and says what it searched for instead', () => {
    expect(ids('chnage enablement')[0]).toBe('change-enablement');
    expect(ids('confguration drift')[0]).toBe('drift');
    expect(search(index, 'confguration drift').understood).toBe('configuration drift');
    // Spelt right, or the start of a word still being typed: nothing to say.
    expect(search(index, 'configuration drift').understood).toBeUndefined();
    expect(search(index, 'configur').understood).toBeUndefined();
    expect(search(index, 'kubernetes').understood).toBeUndefined();
  });

  it('finds IS-NOT items, learning-path notes and tags', () => {
    expect(ids('CVSS score')).toEqual(['change-rating']);
    expect(ids('responder opens')).toEqual(['runbooks']);
    expect(ids('one incident command')).toEqual(['runbooks']);
    expect(ids('cab')[0]).toBe('cab');
  });

  it('finds body text and says so, since the body is not shipped to show', () => {
    const [hit] = search(index, 'firewall ticket').hits;
    expect(hit!.entry.id).toBe('drift');
    expect(hit!.bodyMatches).toEqual(['firewall', 'ticket']);
    expect(hit!.snippet.text).toBe('Finds unapproved change.');
  });

  it('highlights the matched words of the title and of the snippet', () => {
    const hit = search(index, 'security rating').hits.find((h) => h.entry.id === 'change-rating')!;
    const marked = (text: string, ranges: readonly [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));
    expect(marked(hit.entry.title, hit.titleHighlights)).toEqual(['security', 'rating']);
    expect(marked(hit.snippet.text, hit.snippet.highlights)).toEqual(['rating']);
    expect(hit.bodyMatches).toEqual([]);
  });

  it('matches every word when some concept has them all, and says when none has', () => {
    expect(ids('change rating')).toEqual(['change-rating']);
    const partial = search(index, 'runbooks kubernetes');
    expect(partial.partial).toBe(true);
    expect(partial.hits.map((h) => h.entry.id)).toEqual(['runbooks']);
  });

  it('counts every match but returns only the best `limit`', () => {
    const all = search(index, 'change');
    const two = search(index, 'change', { limit: 2 });
    expect(two.hits).toHaveLength(2);
    expect(two.total).toBe(all.total);
    expect(all.total).toBeGreaterThan(2);
  });
});
