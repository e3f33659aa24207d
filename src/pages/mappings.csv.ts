import type { APIRoute } from 'astro';
import { loadSiteGraph } from '../site/knowledge-graph.ts';
import { mappingRows, mappingsCsv } from '../site/mapping-rows.ts';

export const GET: APIRoute = async () => {
  const { entries } = await loadSiteGraph();
  return new Response(mappingsCsv(mappingRows(entries)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
