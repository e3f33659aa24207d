import { RELATION_TYPES, type NodeType } from '../schema/concept.ts';
import type { Concept } from './concept.ts';
import { EDGE_TYPES, RELATION_LABELS, SYMMETRIC, type EdgeType } from './relations.ts';

export interface GraphNode {
  id: string;
  title: string;
  type: NodeType;
  summary: string;
  url: string;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: EdgeType;
}

export interface KnowledgeGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Nodes and typed edges from validated concepts; a mapping to a framework that has its own page becomes a `mapsTo` edge. */
export function buildGraph(concepts: readonly Pick<Concept, 'id' | 'data'>[], urlFor: (id: string) => string): KnowledgeGraph {
  const ids = new Set(concepts.map((c) => c.id));
  const nodes = concepts.map(({ id, data }) => ({ id, title: data.title, type: data.type, summary: data.summary, url: urlFor(id) }));
  const edges: GraphEdge[] = [];
  for (const { id, data } of concepts) {
    for (const type of RELATION_TYPES) {
      for (const target of data.relations[type]) edges.push({ source: id, target, type });
    }
    const frameworks = new Set(data.mappings.map((m) => m.framework).filter((f) => ids.has(f) && f !== id));
    for (const framework of frameworks) edges.push({ source: id, target: framework, type: 'mapsTo' });
  }
  return { nodes, edges };
}

/** A group of neighbours under one heading, e.g. "Required by". */
export interface RelationGroup {
  type: EdgeType;
  direction: 'outgoing' | 'incoming';
  label: string;
  nodes: GraphNode[];
}

/** Per-node lookups over a graph, built once and shared by every page. */
export interface GraphIndex {
  graph: KnowledgeGraph;
  byId: Map<string, GraphNode>;
  /** Outgoing relations first, then incoming ones under their inverse names; symmetric ones merged. */
  relationsOf: (id: string) => RelationGroup[];
}

/** Indexes a graph for the per-page questions "what does this concept relate to, and what relates to it". */
export function indexGraph(graph: KnowledgeGraph): GraphIndex {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const outgoing = new Map<string, GraphEdge[]>();
  const incoming = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    (outgoing.get(edge.source) ?? outgoing.set(edge.source, []).get(edge.source)!).push(edge);
    (incoming.get(edge.target) ?? incoming.set(edge.target, []).get(edge.target)!).push(edge);
  }
  const byTitle = (a: GraphNode, b: GraphNode) => a.title.localeCompare(b.title);

  function relationsOf(id: string): RelationGroup[] {
    const groups: RelationGroup[] = [];
    for (const direction of ['outgoing', 'incoming'] as const) {
      for (const type of EDGE_TYPES) {
        if (direction === 'incoming' && SYMMETRIC.has(type)) continue; // merged into the outgoing group
        const ends = new Set<string>();
        const edges = (direction === 'outgoing' ? outgoing : incoming).get(id) ?? [];
        for (const e of edges) if (e.type === type) ends.add(direction === 'outgoing' ? e.target : e.source);
        if (SYMMETRIC.has(type)) for (const e of incoming.get(id) ?? []) if (e.type === type) ends.add(e.source);
        const nodes = [...ends].flatMap((end) => byId.get(end) ?? []).sort(byTitle);
        if (nodes.length > 0) groups.push({ type, direction, label: RELATION_LABELS[type][direction], nodes });
      }
    }
    return groups;
  }
  return { graph, byId, relationsOf };
}
