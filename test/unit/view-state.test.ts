import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, hiddenRelationsText, parseViewState, serializeViewState } from '../../src/graph/view-state.ts';
import { EDGE_TYPES } from '../../src/graph/relations.ts';

describe('graph view in the URL', () => {
  it('reads focus, depth, types and relations', () => {
    expect(parseViewState('?focus=change-enablement&depth=2&types=practice,control&rel=requires')).toEqual({
      focus: 'change-enablement',
      depth: 2,
      types: ['practice', 'control'],
      relations: ['requires'],
    });
  });

  it('falls back to defaults for unknown or missing values', () => {
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
    expect(parseViewState('?depth=9&types=nonsense&rel=')).toEqual(DEFAULT_VIEW);
    expect(parseViewState('?focus=missing', { concepts: new Set(['x']) }).focus).toBeUndefined();
  });

  it('writes the shortest URL and reads back the same view', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    const view = { focus: 'incident-management', depth: 3 as const, types: ['practice' as const, 'role' as const], relations: ['ownedBy' as const] };
    const query = serializeViewState(view);
    expect(query).toBe('?focus=incident-management&depth=3&types=practice,role&rel=ownedBy');
    expect(parseViewState(query)).toEqual(view);
  });

  it('shows the structural relations by default, and relatedTo or mapsTo only when the URL asks', () => {
    expect(DEFAULT_VIEW.relations).toEqual(['partOf', 'requires', 'enables', 'constrains', 'measuredBy', 'ownedBy', 'informs']);
    expect(hiddenRelationsText(DEFAULT_VIEW)).toContain('“related to” and “maps to” relations');
    expect(parseViewState('?rel=partOf,relatedTo').relations).toEqual(['partOf', 'relatedTo']);
    const all = { ...DEFAULT_VIEW, relations: [...EDGE_TYPES] };
    expect(serializeViewState(all)).toBe(`?rel=${EDGE_TYPES.join(',')}`);
    expect(parseViewState(serializeViewState(all))).toEqual(all);
    expect(hiddenRelationsText(all)).toBe('');
  });
});
