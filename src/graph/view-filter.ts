import type { GraphJson } from './graph-json.ts';
import { neighbourhood } from './neighbourhood.ts';
import type { ViewState } from './view-state.ts';

type GraphNode = GraphJson['nodes'][number];
type GraphEdge = GraphJson['edges'][number];

/** A graph.json with its nodes indexed by id, as the explorer holds it. */
export interface IndexedGraph {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  byId: ReadonlyMap<string, GraphNode>;
  paths?: GraphJson['paths'];
}

/** Edges whose relation type and both end types the view shows. */
export function shownEdges(graph: IndexedGraph, view: ViewState): GraphEdge[] {
  return graph.edges.filter((e) => view.relations.includes(e.type) && view.types.includes(graph.byId.get(e.source)!.type) && view.types.includes(graph.byId.get(e.target)!.type));
}

/** The focus's neighbourhood over the relations a view shows (see neighbourhood() for what depth follows). */
export const focusNeighbourhood = (graph: IndexedGraph, view: ViewState & { focus: string }) => neighbourhood(shownEdges(graph, view), view.focus, view.depth);

/** The nodes a view shows: by type, and around the focus when there is one (the focus always). */
export function shownNodes(graph: IndexedGraph, view: ViewState): GraphNode[] {
  const { focus } = view;
  if (!focus) return graph.nodes.filter((n) => view.types.includes(n.type));
  const near = focusNeighbourhood(graph, { ...view, focus });
  return graph.nodes.filter((n) => near.has(n.id));
}

/** The edges a view draws: shown edges between two shown nodes. */
export function drawnEdges(graph: IndexedGraph, view: ViewState, shownIds: ReadonlySet<string>): GraphEdge[] {
  return shownEdges(graph, view).filter((e) => shownIds.has(e.source) && shownIds.has(e.target));
}

/** The focus's direct neighbours among the shown nodes, over shown edges: outlined in the view. */
export function focusNeighbours(graph: IndexedGraph, view: ViewState, shownIds: ReadonlySet<string>): Set<string> {
  const near = new Set<string>();
  if (!view.focus) return near;
  for (const e of drawnEdges(graph, view, shownIds)) {
    if (e.source === view.focus) near.add(e.target);
    else if (e.target === view.focus) near.add(e.source);
  }
  near.delete(view.focus);
  return near;
}
