import type { APIRoute } from 'astro';
import { toGraphJson } from '../graph/graph-json.ts';
import { loadSiteGraph } from '../site/knowledge-graph.ts';

export const GET: APIRoute = async () => {
  const { index, positions, entries } = await loadSiteGraph();
  const aliases = new Map(entries.map((e) => [e.id, e.data.aliases]));
  return new Response(JSON.stringify(toGraphJson(index.graph, positions, aliases)), { headers: { 'Content-Type': 'application/json' } });
};
