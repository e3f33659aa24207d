import { describe, expect, it } from 'vitest';
import { graphThumbnail } from '../../src/graph/thumbnail.ts';

const node = (id: string) => ({ id, title: id, type: 'practice' as const, summary: '', url: `/concepts/${id}/` });
const graph = {
  nodes: [node('a'), node('b'), node('c'), node('unplaced')],
  edges: [
    { source: 'a', target: 'b', type: 'requires' as const },
    { source: 'b', target: 'c', type: 'relatedTo' as const },
    { source: 'a', target: 'unplaced', type: 'requires' as const },
  ],
};
const positions = new Map([['a', { x: -100, y: 0 }], ['b', { x: 100, y: 0 }], ['c', { x: 0, y: 50 }]]);

describe('graph thumbnail', () => {
  const thumb = graphThumbnail(graph, positions, { width: 220, height: 120, margin: 10, relations: ['requires'] });

  it('fits the graph into the box with one scale, centred', () => {
    expect(thumb.nodes.map(({ id, x, y }) => [id, x, y])).toEqual([['a', 10, 35], ['b', 210, 35], ['c', 110, 85]]);
  });

  it('draws only the chosen relations, and nothing to a node without a position', () => {
    expect(thumb.edges).toEqual([{ x1: 10, y1: 35, x2: 210, y2: 35 }]);
    expect(thumb.nodes.map((n) => n.id)).not.toContain('unplaced');
  });

  it('copes with a single node and with none', () => {
    expect(graphThumbnail({ nodes: [node('a')], edges: [] }, positions, { width: 100, height: 100, relations: [] }).nodes[0]).toMatchObject({ x: 50, y: 50 });
    expect(graphThumbnail({ nodes: [], edges: [] }, positions, { width: 100, height: 100, relations: [] }).nodes).toEqual([]);
  });
});
