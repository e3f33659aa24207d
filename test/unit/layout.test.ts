import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedLayout, layoutKey } from '../../src/graph/layout-cache.ts';
import { layoutGraph } from '../../src/graph/layout.ts';

const node = (id: string) => ({ id, title: id, type: 'control' as const, summary: '', url: '' });
function ring(n: number) {
  const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`));
  const edges = nodes.map((_, i) => ({ source: `n${i}`, target: `n${(i + 1) % n}`, type: 'relatedTo' as const }));
  return { nodes, edges };
}

describe('build-time layout', () => {
  it('places every node at finite coordinates', () => {
    const positions = layoutGraph(ring(30));
    expect(positions.size).toBe(30);
    for (const { x, y } of positions.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  it('gives the same positions for the same content, whatever the input order', () => {
    const graph = ring(40);
    const shuffled = { nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() };
    expect(Object.fromEntries(layoutGraph(shuffled))).toEqual(Object.fromEntries(layoutGraph(graph)));
  });

  it('keeps linked nodes closer than unlinked ones', () => {
    const p = layoutGraph(ring(40));
    const d = (a: string, b: string) => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    expect(d('n0', 'n1')).toBeLessThan(d('n0', 'n20'));
  });

  it('is cached by content: unchanged structure is not laid out again, a new edge is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layout-'));
    const graph = ring(20);
    expect(cachedLayout(graph, dir).fromCache).toBe(false);
    const again = cachedLayout({ ...graph, nodes: graph.nodes.map((n) => ({ ...n, title: 'renamed' })) }, dir);
    expect(again.fromCache).toBe(true);
    const changed = { ...graph, edges: [...graph.edges, { source: 'n0', target: 'n10', type: 'requires' as const }] };
    expect(layoutKey(changed)).not.toBe(layoutKey(graph));
    expect(cachedLayout(changed, dir).fromCache).toBe(false);
    expect(readdirSync(dir)).toHaveLength(2);
  });
});
