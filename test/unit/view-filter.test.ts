import { describe, expect, it } from 'vitest';
import { drawnEdges, focusNeighbours, shownEdges, shownNodes, type IndexedGraph } from '../../src/graph/view-filter.ts';
import { DEFAULT_VIEW as STRUCTURAL_VIEW } from '../../src/graph/view-state.ts';
import { EDGE_TYPES } from '../../src/graph/relations.ts';
import type { GraphJson } from '../../src/graph/graph-json.ts';

const node = (id: string, type: GraphJson['nodes'][number]['type']) => ({ id, title: id, type, summary: '', url: `/${id}/`, aliases: [], x: 0, y: 0 });
const nodes = [node('a', 'practice'), node('b', 'control'), node('c', 'metric'), node('d', 'practice'), node('lone', 'role')];
const edges: GraphJson['edges'] = [
  { source: 'a', target: 'b', type: 'requires' },
  { source: 'b', target: 'c', type: 'measuredBy' },
  { source: 'c', target: 'd', type: 'relatedTo' },
];
const graph: IndexedGraph = { nodes, edges, byId: new Map(nodes.map((n) => [n.id, n])) };
// Every relation drawn: these tests are about filtering by type and focus, not the default relations.
const DEFAULT_VIEW = { ...STRUCTURAL_VIEW, relations: [...EDGE_TYPES] };
const ids = (list: { id: string }[]) => list.map((n) => n.id);

describe('what a graph view shows', () => {
  it('shows every node and edge by default', () => {
    expect(ids(shownNodes(graph, DEFAULT_VIEW))).toEqual(['a', 'b', 'c', 'd', 'lone']);
    expect(shownEdges(graph, DEFAULT_VIEW)).toHaveLength(3);
  });

  it('hides a type and the edges that touch it', () => {
    const view = { ...DEFAULT_VIEW, types: DEFAULT_VIEW.types.filter((t) => t !== 'control') };
    expect(ids(shownNodes(graph, view))).toEqual(['a', 'c', 'd', 'lone']);
    expect(shownEdges(graph, view)).toEqual([edges[2]]);
  });

  it('walks the focus neighbourhood to the given depth, over shown relations only', () => {
    expect(ids(shownNodes(graph, { ...DEFAULT_VIEW, focus: 'b', depth: 1 }))).toEqual(['a', 'b', 'c']);
    expect(ids(shownNodes(graph, { ...DEFAULT_VIEW, focus: 'b', depth: 1, relations: ['requires'] }))).toEqual(['a', 'b']);
    // Beyond the first hop a relation is followed on in its own direction only: b is measured
    // by c, and c's relatedTo d is another relation, so depth 3 adds nothing from c.
    expect(ids(shownNodes(graph, { ...DEFAULT_VIEW, focus: 'b', depth: 3 }))).toEqual(['a', 'b', 'c']);
  });

  it('keeps the focus even when its type is filtered out', () => {
    expect(ids(shownNodes(graph, { ...DEFAULT_VIEW, focus: 'b', types: ['practice'] }))).toEqual(['b']);
  });
});

describe('the focus neighbours a view outlines', () => {
  it('are the shown nodes one shown edge away, never the focus itself', () => {
    const shownIds = new Set(['a', 'b', 'c', 'd']);
    expect([...focusNeighbours(graph, { ...DEFAULT_VIEW, focus: 'b' }, shownIds)].sort()).toEqual(['a', 'c']);
    expect([...focusNeighbours(graph, { ...DEFAULT_VIEW, focus: 'b', relations: ['requires'] }, shownIds)]).toEqual(['a']);
    expect([...focusNeighbours(graph, { ...DEFAULT_VIEW, focus: 'b' }, new Set(['b', 'c']))]).toEqual(['c']);
    expect(focusNeighbours(graph, DEFAULT_VIEW, shownIds).size).toBe(0);
  });
});

describe('the edges a view draws', () => {
  it('are the shown edges whose two ends are both shown', () => {
    expect(drawnEdges(graph, DEFAULT_VIEW, new Set(['a', 'b', 'c']))).toEqual([edges[0], edges[1]]);
    expect(drawnEdges(graph, { ...DEFAULT_VIEW, relations: ['measuredBy'] }, new Set(['a', 'b', 'c']))).toEqual([edges[1]]);
  });
});
