import type { EdgeType } from '../schema/vocabulary.ts';
import { SYMMETRIC } from './relations.ts';

type Edge = { source: string; target: string; type: EdgeType };

/** How a concept of a neighbourhood was reached: hops from the focus, from which node, by which relation. */
export interface Reached {
  hops: number;
  /** The node one hop nearer the focus (none for the focus itself). */
  parent?: string;
  /** The relation followed from the parent, and whether forwards (parent → node) or backwards. */
  via?: { type: EdgeType; forward: boolean };
}

/**
 * A focus's neighbourhood to `depth`. The first hop follows every given edge; further hops
 * follow each relation on in the direction it was first taken: what the focus requires and what
 * those require, what it is part of and what that is part of. On a dense graph, walking any
 * edge at every hop reaches most of the graph in two hops (roles, metrics and frameworks tie
 * everything together); chains keep depth 2 a readable subgraph that still means something.
 * Breadth first and in edge order, so the same graph always gives the same neighbourhood.
 */
export function neighbourhood(edges: readonly Edge[], focus: string, depth: number): Map<string, Reached> {
  const reached = new Map<string, Reached>([[focus, { hops: 0 }]]);
  const forward = new Map<string, Edge[]>();
  const backward = new Map<string, Edge[]>();
  for (const e of edges) {
    (forward.get(e.source) ?? forward.set(e.source, []).get(e.source)!).push(e);
    (backward.get(e.target) ?? backward.set(e.target, []).get(e.target)!).push(e);
  }
  // A step of a walk: at `node`, having come along `type` in one direction (any, at the focus).
  type Step = { node: string; hops: number; type?: EdgeType; forward?: boolean };
  const queue: Step[] = [{ node: focus, hops: 0 }];
  const walked = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    const { node, hops, type, forward: wasForward } = queue[i]!;
    if (hops >= depth) continue;
    const go = (e: Edge, isForward: boolean) => {
      const next = isForward ? e.target : e.source;
      if (type && (e.type !== type || (!SYMMETRIC.has(type) && isForward !== wasForward))) return;
      const key = `${next} ${e.type} ${SYMMETRIC.has(e.type) || isForward}`;
      if (walked.has(key)) return;
      walked.add(key);
      if (!reached.has(next)) reached.set(next, { hops: hops + 1, parent: node, via: { type: e.type, forward: isForward } });
      queue.push({ node: next, hops: hops + 1, type: e.type, forward: isForward });
    };
    for (const e of forward.get(node) ?? []) go(e, true);
    for (const e of backward.get(node) ?? []) go(e, false);
  }
  return reached;
}

/** One step of a route: from one concept to the next over a relation, forwards or backwards. */
export interface RouteStep {
  from: string;
  to: string;
  type: EdgeType;
  /** True when the relation reads from → to (from requires to), false when it reads to → from. */
  forward: boolean;
}

/**
 * The shortest route from `from` to `to` over the given edges, in either direction, or undefined
 * when none connects them. Breadth first in edge order: the same graph gives the same route.
 */
export function shortestRoute(edges: readonly Edge[], from: string, to: string): RouteStep[] | undefined {
  if (from === to) return [];
  const around = new Map<string, RouteStep[]>();
  const add = (step: RouteStep) => (around.get(step.from) ?? around.set(step.from, []).get(step.from)!).push(step);
  for (const e of edges) {
    add({ from: e.source, to: e.target, type: e.type, forward: true });
    add({ from: e.target, to: e.source, type: e.type, forward: false });
  }
  const cameBy = new Map<string, RouteStep | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const step of around.get(queue[i]!) ?? []) {
      if (cameBy.has(step.to)) continue;
      cameBy.set(step.to, step);
      if (step.to === to) {
        const route: RouteStep[] = [];
        for (let s = step; s; s = cameBy.get(s.from)!) route.unshift(s);
        return route;
      }
      queue.push(step.to);
    }
  }
  return undefined;
}
