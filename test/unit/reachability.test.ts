import { describe, expect, it } from 'vitest';
import { hopsFrom, orphans } from '../../src/graph/reachability.ts';

const node = (id: string) => ({ id, title: id, type: 'practice' as const, summary: '', url: '' });
const graph = {
  nodes: ['a', 'b', 'c', 'd', 'lonely'].map(node),
  edges: [
    { source: 'a', target: 'b', type: 'requires' as const },
    { source: 'c', target: 'b', type: 'partOf' as const },
    { source: 'c', target: 'd', type: 'relatedTo' as const },
  ],
};

describe('reachability', () => {
  it('counts hops along edges in either direction', () => {
    expect(Object.fromEntries(hopsFrom(graph.edges, 'a'))).toEqual({ a: 0, b: 1, c: 2, d: 3 });
    expect([...hopsFrom(graph.edges, 'a', 2).keys()]).toEqual(['a', 'b', 'c']);
  });
  it('finds nodes no edge touches', () => {
    expect(orphans(graph)).toEqual(['lonely']);
  });
});
