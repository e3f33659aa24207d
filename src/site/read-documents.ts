import { readConceptSource } from '../graph/read-concepts.ts';
import { contentDir, validateContent } from './validate-content.ts';
import { joinBase, conceptPath } from './url.ts';
import { pathStopsByConcept, synonymsByConcept, toSearchDocument, type SearchDocument } from '../search/search-document.ts';

/**
 * The search documents of a content folder, read straight from its files, as the build makes
 * them (same fields, same order: by title). For tests and the benchmark, which have no Astro.
 */
export function readSearchDocuments(contentRoot = contentDir(), base = '/'): SearchDocument[] {
  const { concepts, paths, synonyms, problems } = validateContent(contentRoot);
  if (problems.length > 0) throw new Error(`${contentRoot} has ${problems.length} content problems; run npm run validate`);
  const stops = pathStopsByConcept(paths);
  const named = synonymsByConcept(synonyms);
  return [...concepts]
    .sort((a, b) => a.data.title.localeCompare(b.data.title))
    .map((concept) => toSearchDocument({ ...concept, body: readConceptSource(concept.file).source?.body }, joinBase(base, conceptPath(concept.id)), stops.get(concept.id), named.get(concept.id)));
}
