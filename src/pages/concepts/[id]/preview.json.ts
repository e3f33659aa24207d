import type { APIRoute } from 'astro';
import { loadSiteGraph } from '../../../site/knowledge-graph.ts';
import { conceptPreview } from '../../../site/concept-preview.ts';

// One small file per concept rather than one file of all: a hover costs a few hundred bytes
// however large the graph grows.
export async function getStaticPaths() {
  const { entries } = await loadSiteGraph();
  return entries.map((entry) => ({ params: { id: entry.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { entryById } = await loadSiteGraph();
  const entry = entryById.get(params.id!)!;
  return new Response(JSON.stringify(conceptPreview(entry.id, entry.data)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
