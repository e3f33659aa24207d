import { NODE_TYPES, RELATION_TYPES } from '../../src/schema/vocabulary.ts';
import { toGraphJson } from '../../src/graph/graph-json.ts';
import { layoutGraph } from '../../src/graph/layout.ts';
import type { GraphEdge, GraphNode } from '../../src/graph/build-graph.ts';

/** A deterministic graph.json of `count` nodes and about 2.5 edges per node, laid out as the build would. */
export function generateGraph(count: number) {
  let seed = 7;
  const rand = () => ((seed = (Math.imul(seed, 48271) >>> 0) % 2147483647) / 2147483647);
  const nodes: GraphNode[] = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    title: `Generated concept ${i}`,
    type: NODE_TYPES[i % NODE_TYPES.length]!,
    summary: 'A generated concept for benchmarks.',
    url: `/concepts/n${i}/`,
  }));
  const edges: GraphEdge[] = [];
  for (let i = 1; i < count; i++) {
    const k = rand() < 0.5 ? 2 : 3;
    for (let j = 0; j < k; j++) edges.push({ source: `n${i}`, target: `n${Math.floor(rand() * i)}`, type: RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)]! });
  }
  const graph = { nodes, edges };
  return toGraphJson(graph, layoutGraph(graph), new Map());
}
