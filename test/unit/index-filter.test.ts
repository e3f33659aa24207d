import { describe, expect, it } from 'vitest';
import { filterFromParams, filterItems, filterSummary, filterToParams, normaliseText, prepareItems, queryWords } from '../../src/graph/index-filter.ts';

const items = prepareItems([
  { type: 'practice', texts: ['Change enablement', 'Change management', 'The ITIL practice that assesses changes.'] },
  { type: 'governance', texts: ['Joint change advisory board', 'Joint CAB', 'A board where security votes.'] },
  { type: 'control', texts: ['Privileged access just in time', 'JIT access', 'Administrative access granted per change.'] },
  { type: 'boundary', texts: ['Security vocabulary training', '', 'Learning words is not integration.'] },
  { type: 'framework', texts: ['Sécurité cadre', '', 'A framework named with accents.'] },
]);
const all = new Set<string>();
const shownTitles = (result: { shown: boolean[] }) => result.shown.flatMap((s, i) => (s ? [i] : []));

describe('index filter', () => {
  it('shows everything for an empty query', () => {
    const result = filterItems(items, { text: '  ', types: all });
    expect(result.count).toBe(5);
    expect(result.shown.every(Boolean)).toBe(true);
  });

  it('matches words at the start of a word in title, alias or summary, case-insensitively', () => {
    expect(shownTitles(filterItems(items, { text: 'CHAN', types: all }))).toEqual([0, 1, 2]);
    // "cab" starts a word in "Joint CAB", and is not found inside "vocabulary".
    expect(shownTitles(filterItems(items, { text: 'cab', types: all }))).toEqual([1]);
    expect(shownTitles(filterItems(items, { text: 'jit', types: all }))).toEqual([2]);
  });

  it('needs every word, in any order', () => {
    expect(shownTitles(filterItems(items, { text: 'board joint', types: all }))).toEqual([1]);
    expect(filterItems(items, { text: 'board nothing', types: all }).count).toBe(0);
  });

  it('ignores accents and punctuation', () => {
    expect(shownTitles(filterItems(items, { text: 'securite', types: all }))).toEqual([4]);
    expect(normaliseText('Know-how  (ISO/IEC 27001)')).toBe('know how iso iec 27001');
    expect(queryWords('change, Change  board')).toEqual(['change', 'board']);
  });

  it('narrows to the types switched on, and counts each type for the words alone', () => {
    const result = filterItems(items, { text: 'change', types: new Set(['governance']) });
    expect(shownTitles(result)).toEqual([1]);
    expect(result.count).toBe(1);
    // The facets say what switching each type on would add, whatever is switched on now.
    expect(Object.fromEntries(result.countsByType)).toEqual({ practice: 1, governance: 1, control: 1 });
  });

  it('says what it shows in one sentence', () => {
    const noun = { one: 'concept', many: 'concepts' };
    expect(filterSummary(84, 84, { text: '', types: all }, noun)).toBe('84 concepts');
    expect(filterSummary(3, 84, { text: 'chan', types: all }, noun)).toBe('3 of 84 concepts match “chan”');
    expect(filterSummary(12, 84, { text: '', types: new Set(['control']) }, noun)).toBe('12 of 84 concepts');
    expect(filterSummary(0, 84, { text: 'zzz', types: all }, noun)).toBe('No concept matches “zzz”');
  });

  it('round-trips through URL parameters and drops unknown types', () => {
    const params = filterToParams({ text: ' change ', types: new Set(['role', 'control']) });
    expect(params.toString()).toBe('q=change&type=control&type=role');
    const back = filterFromParams(new URLSearchParams('q=change&type=control&type=nonsense'), ['control', 'role']);
    expect(back.text).toBe('change');
    expect([...back.types]).toEqual(['control']);
    expect(filterToParams({ text: '', types: new Set() }, new URLSearchParams('q=x&other=1')).toString()).toBe('other=1');
  });
});
