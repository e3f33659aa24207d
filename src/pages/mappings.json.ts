import type { APIRoute } from 'astro';
import { loadSiteGraph } from '../site/knowledge-graph.ts';
import { mappingRows, mappingsJson } from '../site/mapping-rows.ts';

export const GET: APIRoute = async () => {
  const { entries } = await loadSiteGraph();
  return new Response(`${JSON.stringify(mappingsJson(mappingRows(entries)), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
