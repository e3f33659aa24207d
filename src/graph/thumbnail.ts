import type { GraphEdge, GraphNode } from './build-graph.ts';
import type { Position } from './layout.ts';
import type { EdgeType } from './relations.ts';

/** A graph drawn small: dots at the explorer's positions, fitted to a box, and the chosen relations as lines. */
export interface Thumbnail {
  width: number;
  height: number;
  nodes: { id: string; type: GraphNode['type']; x: number; y: number }[];
  edges: { x1: number; y1: number; x2: number; y2: number }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The whole graph fitted into `width` × `height` less `margin`, keeping its proportions, with only
 * `relations` drawn (the structural ones read as a shape; every relation is a hairball).
 * Nodes without a position are left out, as are edges to them.
 */
export function graphThumbnail(
  graph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] },
  positions: ReadonlyMap<string, Position>,
  { width, height, margin = 8, relations }: { width: number; height: number; margin?: number; relations: readonly EdgeType[] },
): Thumbnail {
  const placed = graph.nodes.filter((n) => positions.has(n.id));
  if (placed.length === 0) return { width, height, nodes: [], edges: [] };
  const xs = placed.map((n) => positions.get(n.id)!.x);
  const ys = placed.map((n) => positions.get(n.id)!.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // One scale for both axes, so the drawing keeps the explorer's shape; centred in the box.
  const scale = Math.min((width - 2 * margin) / (maxX - minX || 1), (height - 2 * margin) / (maxY - minY || 1));
  const offsetX = (width - (maxX - minX) * scale) / 2;
  const offsetY = (height - (maxY - minY) * scale) / 2;
  const at = new Map(placed.map((n) => {
    const p = positions.get(n.id)!;
    return [n.id, { x: round(offsetX + (p.x - minX) * scale), y: round(offsetY + (p.y - minY) * scale) }];
  }));
  const shown = new Set(relations);
  return {
    width,
    height,
    nodes: placed.map((n) => ({ id: n.id, type: n.type, ...at.get(n.id)! })),
    edges: graph.edges
      .filter((e) => shown.has(e.type) && at.has(e.source) && at.has(e.target))
      .map((e) => ({ x1: at.get(e.source)!.x, y1: at.get(e.source)!.y, x2: at.get(e.target)!.x, y2: at.get(e.target)!.y })),
  };
}
