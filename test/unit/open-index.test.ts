import { describe, expect, it } from 'vitest';
import { openSearchIndex, phraseKey } from '../../src/search/open-index.ts';
import { buildSearchIndex, type SearchIndexJson } from '../../src/search/search-index.ts';

describe('openSearchIndex', () => {
  const json = buildSearchIndex([
    {
      id: 'a', title: 'Change-enablement', type: 'practice', url: '/a/', summary: 'S.', aliases: ['Change management'], tags: [],
      identifiers: [{ framework: 'NIST SP 800-53 Rev. 5', identifier: 'CM-3' }, { framework: 'NIST SP 800-53 Rev. 5', identifier: 'CM-3(2)' }],
      is: [], isNot: [], paths: [], synonyms: [], body: '',
    },
  ]);

  it('looks titles and aliases up by their words, whatever the punctuation and case', () => {
    const index = openSearchIndex(json);
    expect(phraseKey('  change ENABLEMENT! ')).toBe('change enablement');
    expect(index.names.get('change enablement')).toEqual([{ doc: 0, by: 'title' }]);
    expect(index.names.get('change management')).toEqual([{ doc: 0, by: 'alias' }]);
  });

  it('looks identifiers up by key, and lists the keys sorted for prefix lookups', () => {
    const index = openSearchIndex(json);
    expect(index.identifiers.get('cm3')).toEqual([0]);
    expect(index.identifierKeys).toEqual(['cm3', 'cm3(2)']);
  });

  it('refuses a file of another format with a message a reader can act on', () => {
    expect(() => openSearchIndex({ ...json, version: 1 } as unknown as SearchIndexJson)).toThrow(/reload the page/);
    expect(() => openSearchIndex({} as SearchIndexJson)).toThrow(/unknown format/);
  });
});
