import { forceCollide, forceLink, forceManyBody, forceRadial, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { KnowledgeGraph } from './build-graph.ts';

export interface Position {
  x: number;
  y: number;
}

/** Bumped whenever the layout algorithm or its parameters change, so cached layouts are not reused. */
export const LAYOUT_VERSION = 3;

/**
 * Node positions computed once, at build time, so the browser only draws (a force layout of
 * 2,000 nodes takes minutes in the browser). Deterministic: d3-force seeds its start positions
 * from node order and its jiggle from a fixed-seed generator, and nodes are sorted by id first.
 */
export function layoutGraph(graph: Pick<KnowledgeGraph, 'nodes' | 'edges'>): Map<string, Position> {
  type Node = SimulationNodeDatum & { id: string; framework: boolean };
  const nodes: Node[] = graph.nodes.map((n) => ({ id: n.id, framework: n.type === 'framework' })).sort((a, b) => (a.id < b.id ? -1 : 1));
  const ids = new Set(nodes.map((n) => n.id));
  const links = graph.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
    .map((e) => ({ source: e.source, target: e.target, key: `${e.source}>${e.target}>${e.type}`, strength: LINK_STRENGTH[e.type] ?? LINK_STRENGTH.structural! }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  // Frameworks are mapped to from all over the model: pulled in by their mappings they would
  // sit in the middle and tie everything together. They go on a ring around the rest instead,
  // each near the concepts that map to it.
  const frameworkRing = 90 * Math.sqrt(nodes.length);
  // Fewer ticks on big graphs keep the build near-linear; the layout is settled well before.
  const ticks = nodes.length > 2000 ? 150 : 300;
  forceSimulation(nodes)
    .randomSource(seededRandom(42))
    // Strong repulsion and long links: the content graph is dense (about ten relations per
    // concept), and labels need room once the reader zooms in.
    .force('charge', forceManyBody().strength(-450).theta(0.9).distanceMax(1200))
    .force('link', forceLink<Node, { source: string; target: string; strength: number }>(links).id((d) => d.id).distance(130).strength((l) => l.strength))
    .force('collide', forceCollide(34))
    .force('x', forceX<Node>().strength((n) => (n.framework ? 0 : 0.04)))
    .force('y', forceY<Node>().strength((n) => (n.framework ? 0 : 0.04)))
    .force('frameworks', forceRadial<Node>(frameworkRing).strength((n) => (n.framework ? 0.6 : 0)))
    .stop()
    .tick(ticks);
  return new Map(nodes.map((n) => [n.id, { x: Math.round(n.x! * 10) / 10, y: Math.round(n.y! * 10) / 10 }]));
}

/**
 * How hard each relation pulls its ends together: the structure firmly, loose associations
 * ("related to") lightly, framework mappings barely, so the picture shows the model's structure.
 */
const LINK_STRENGTH: Record<string, number> = { structural: 0.15, relatedTo: 0.04, mapsTo: 0.01 };

/** A small deterministic generator (LCG) for d3's jiggle, so layouts repeat exactly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
