import { GRAPH_JSON_VERSION, type GraphJson } from '../schema/graph-json.ts';
import type { KnowledgeGraph } from './build-graph.ts';
import type { Position } from './layout.ts';

export { GRAPH_JSON_VERSION, type GraphJson };

export type GraphJsonPath = GraphJson['paths'][number];

/** The published `graph.json`: every node (with its build-time position), typed edge and learning path. */
export function toGraphJson(graph: KnowledgeGraph, positions: Map<string, Position>, aliases: Map<string, string[]>, paths: GraphJsonPath[] = []): GraphJson {
  return {
    format: 'converge-graph',
    version: GRAPH_JSON_VERSION,
    nodes: graph.nodes.map((n) => ({ ...n, aliases: aliases.get(n.id) ?? [], ...positions.get(n.id)! })),
    edges: graph.edges,
    paths,
  };
}
