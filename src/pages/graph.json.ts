import type { APIRoute } from 'astro';
import { toGraphJson } from '../graph/graph-json.ts';
import { loadSiteGraph } from '../site/knowledge-graph.ts';
import { url } from '../site/href.ts';
import { pathPath, pathStepPath } from '../site/url.ts';

export const GET: APIRoute = async () => {
  const { index, positions, entries, paths } = await loadSiteGraph();
  const aliases = new Map(entries.map((e) => [e.id, e.data.aliases]));
  const learningPaths = paths.map((p) => ({
    id: p.id,
    title: p.data.title,
    url: url(pathPath(p.id)),
    steps: p.data.steps.map((s, i) => ({ concept: s.concept, url: url(pathStepPath(p.id, i + 1)) })),
  }));
  return new Response(JSON.stringify(toGraphJson(index.graph, positions, aliases, learningPaths)), { headers: { 'Content-Type': 'application/json' } });
};
