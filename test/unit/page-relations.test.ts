import { describe, expect, it } from 'vitest';
import type { GraphNode, RelationGroup } from '../../src/graph/build-graph.ts';
import { degrees, pageRelations } from '../../src/graph/page-relations.ts';
import { RELATION_LABELS, type EdgeType } from '../../src/graph/relations.ts';

const node = (id: string): GraphNode => ({ id, title: id.toUpperCase(), type: 'practice', summary: '', url: `/concepts/${id}/` });
const group = (type: EdgeType, direction: 'outgoing' | 'incoming', ids: string[]): RelationGroup => ({ type, direction, label: RELATION_LABELS[type][direction], nodes: ids.map(node) });
const ids = (neighbours: { node: GraphNode }[]) => neighbours.map((n) => n.node.id);

describe('relations as a concept page lists them', () => {
  it('lists a concept with a typed relation once, not again under "related to"', () => {
    const groups = pageRelations([group('relatedTo', 'outgoing', ['a', 'b', 'c']), group('requires', 'outgoing', ['b'])]);
    expect(groups.map((g) => g.label)).toEqual(['Requires', 'Related to']);
    expect(ids(groups[0]!.shown)).toEqual(['b']);
    expect(ids(groups[1]!.shown)).toEqual(['a', 'c']);
    expect(groups[0]!.shown[0]!.also).toEqual([]);
  });

  it('keeps a second typed relation as a note on the first, so nothing is lost', () => {
    const groups = pageRelations([group('ownedBy', 'incoming', ['board']), group('partOf', 'outgoing', ['board'])]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.label).toBe('Part of');
    expect(groups[0]!.shown[0]!.also).toEqual([{ type: 'ownedBy', direction: 'incoming', label: 'Owns' }]);
  });

  it('orders groups from structure to loose association, whatever order they come in', () => {
    const groups = pageRelations([
      group('relatedTo', 'outgoing', ['r']),
      group('mapsTo', 'outgoing', ['f']),
      group('enables', 'outgoing', ['e']),
      group('measuredBy', 'outgoing', ['m']),
      group('partOf', 'outgoing', ['p']),
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Part of', 'Measured by', 'Enables', 'Maps to', 'Related to']);
  });

  it('lists informs and informed by after the dependencies and before the frameworks', () => {
    const groups = pageRelations([
      group('relatedTo', 'outgoing', ['r']),
      group('mapsTo', 'outgoing', ['f']),
      group('informs', 'incoming', ['i']),
      group('informs', 'outgoing', ['o']),
      group('requires', 'outgoing', ['q']),
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Requires', 'Informs', 'Informed by', 'Maps to', 'Related to']);
  });

  it('leaves out the groups a page shows another way, such as "Mapped from" on a framework page', () => {
    const groups = pageRelations([group('mapsTo', 'incoming', ['a', 'b']), group('enables', 'incoming', ['b'])], { omit: [{ type: 'mapsTo', direction: 'incoming' }] });
    expect(groups.map((g) => g.label)).toEqual(['Enabled by']);
    expect(ids(groups[0]!.shown)).toEqual(['b']);
  });

  it('does not repeat under "related to" a concept the page lists elsewhere, but keeps its typed relations', () => {
    const groups = pageRelations([group('relatedTo', 'outgoing', ['a', 'b']), group('enables', 'incoming', ['c'])], { listedElsewhere: new Set(['a', 'c']) });
    expect(groups.map((g) => [g.label, ids(g.shown)])).toEqual([['Enabled by', ['c']], ['Related to', ['b']]]);
  });

  it('shows the most connected first and folds a long group behind "+N more"', () => {
    const many = Array.from({ length: 20 }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const degree = new Map(many.map((id, i) => [id, i]));
    const [related] = pageRelations([group('relatedTo', 'outgoing', many)], { degree, visible: 8 });
    expect(ids(related!.shown)).toEqual(many.slice(12).reverse());
    expect(related!.more).toHaveLength(12);
    expect(new Set([...ids(related!.shown), ...ids(related!.more)])).toEqual(new Set(many));
  });

  it('does not fold away just one or two', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `n${i}`);
    const [related] = pageRelations([group('relatedTo', 'outgoing', ten)], { visible: 8 });
    expect(related!.shown).toHaveLength(10);
    expect(related!.more).toEqual([]);
  });

  it('counts each neighbour once when two relations join the same pair', () => {
    const d = degrees([{ source: 'a', target: 'b', type: 'requires' }, { source: 'b', target: 'a', type: 'relatedTo' }, { source: 'a', target: 'c', type: 'enables' }]);
    expect(d.get('a')).toBe(2);
    expect(d.get('b')).toBe(1);
  });
});
