import type { APIRoute } from 'astro';
import { buildSearchIndex } from '../search/search-index.ts';
import { join } from 'node:path';
import { pathStopsByConcept, synonymsByConcept, toSearchDocument } from '../search/search-document.ts';
import { readSynonyms } from '../search/read-synonyms.ts';
import { contentDir } from '../site/validate-content.ts';
import { loadSiteGraph } from '../site/knowledge-graph.ts';
import { url } from '../site/href.ts';
import { conceptPath } from '../site/url.ts';

// The whole search index as one file, fetched by the browser the first time a reader searches.
export const GET: APIRoute = async () => {
  const { entries, paths } = await loadSiteGraph();
  const stops = pathStopsByConcept(paths);
  // Checked with all content before the build began (content-guard), so problems cannot remain here.
  const { synonyms } = readSynonyms(join(contentDir(), 'synonyms.yaml'), entries.map((e) => e.id));
  const named = synonymsByConcept(synonyms);
  const documents = entries.map((entry) => toSearchDocument(entry, url(conceptPath(entry.id)), stops.get(entry.id), named.get(entry.id)));
  return new Response(JSON.stringify(buildSearchIndex(documents)), { headers: { 'Content-Type': 'application/json' } });
};
