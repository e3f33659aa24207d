import type { GraphEdge, KnowledgeGraph } from './build-graph.ts';

/**
 * Hops from `start` to every node it reaches within `maxHops`, following edges in either
 * direction. Its keys are the neighbourhood the graph explorer shows at a given depth.
 */
export function hopsFrom(edges: readonly Pick<GraphEdge, 'source' | 'target'>[], start: string, maxHops = Infinity): Map<string, number> {
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of edges) {
    (neighbours.get(source) ?? neighbours.set(source, []).get(source)!).push(target);
    (neighbours.get(target) ?? neighbours.set(target, []).get(target)!).push(source);
  }
  const hops = new Map([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    const distance = hops.get(node)!;
    if (distance >= maxHops) continue;
    for (const next of neighbours.get(node) ?? []) {
      if (!hops.has(next)) {
        hops.set(next, distance + 1);
        queue.push(next);
      }
    }
  }
  return hops;
}

/** Nodes that no edge touches. */
export function orphans(graph: KnowledgeGraph): string[] {
  const touched = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
  return graph.nodes.filter((n) => !touched.has(n.id)).map((n) => n.id);
}
