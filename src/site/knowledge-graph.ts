import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, indexGraph, type GraphIndex } from '../graph/build-graph.ts';
import { cachedLayout } from '../graph/layout-cache.ts';
import type { Position } from '../graph/layout.ts';
import { conceptPath } from './url.ts';
import { url } from './href.ts';

export interface SiteGraph {
  entries: CollectionEntry<'concepts'>[];
  paths: CollectionEntry<'paths'>[];
  /** For each concept, the learning paths that visit it and at which step (1-based). */
  pathStops: Map<string, { path: CollectionEntry<'paths'>; step: number }[]>;
  entryById: Map<string, CollectionEntry<'concepts'>>;
  index: GraphIndex;
  /** Build-time node positions for the graph explorer, cached by graph structure. */
  positions: Map<string, Position>;
  /** Concept titles by id. */
  titles: Map<string, string>;
  /** Ids of the concepts that are `framework` nodes, which mappings link to. */
  frameworkPages: Set<string>;
}

let loading: Promise<SiteGraph> | undefined;

/** The concepts and their graph, built once per build and shared by every page. */
export function loadSiteGraph(): Promise<SiteGraph> {
  loading ??= (async () => {
    const entries = (await getCollection('concepts')).sort((a, b) => a.data.title.localeCompare(b.data.title));
    const graph = buildGraph(entries, (id) => url(conceptPath(id)));
    const paths = (await getCollection('paths')).sort((a, b) => a.data.minutes - b.data.minutes || a.data.title.localeCompare(b.data.title));
    const pathStops = new Map<string, { path: CollectionEntry<'paths'>; step: number }[]>();
    for (const path of paths) {
      path.data.steps.forEach((step, i) => (pathStops.get(step.concept) ?? pathStops.set(step.concept, []).get(step.concept)!).push({ path, step: i + 1 }));
    }
    const { positions } = cachedLayout(graph, 'node_modules/.cache/converge');
    // Computed once here rather than on each concept page, where they cost O(concepts) per page
    // and so O(concepts²) per build.
    const titles = new Map(entries.map((e) => [e.id, e.data.title]));
    const frameworkPages = new Set(entries.filter((e) => e.data.type === 'framework').map((e) => e.id));
    return { entries, paths, pathStops, positions, titles, frameworkPages, entryById: new Map(entries.map((e) => [e.id, e])), index: indexGraph(graph) };
  })();
  return loading;
}
