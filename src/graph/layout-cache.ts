import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeGraph } from './build-graph.ts';
import { LAYOUT_VERSION, layoutGraph, type Position } from './layout.ts';

/** A hash of exactly what the layout depends on: the layout version, node ids and edges. */
export function layoutKey(graph: Pick<KnowledgeGraph, 'nodes' | 'edges'>): string {
  const hash = createHash('sha256');
  hash.update(`v${LAYOUT_VERSION}\n`);
  for (const id of graph.nodes.map((n) => n.id).sort()) hash.update(`${id}\n`);
  for (const e of graph.edges.map((e) => `${e.source}>${e.target}`).sort()) hash.update(`${e}\n`);
  return hash.digest('hex').slice(0, 24);
}

/** The layout for `graph`, from `cacheDir` when the same graph was laid out before. */
export function cachedLayout(graph: Pick<KnowledgeGraph, 'nodes' | 'edges'>, cacheDir: string): { positions: Map<string, Position>; fromCache: boolean } {
  const file = join(cacheDir, `layout-${layoutKey(graph)}.json`);
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Position>;
    return { positions: new Map(Object.entries(stored)), fromCache: true };
  } catch {
    // no cache yet, or a damaged one: compute it again
  }
  const positions = layoutGraph(graph);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, JSON.stringify(Object.fromEntries(positions)));
  return { positions, fromCache: false };
}
