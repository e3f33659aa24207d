// The not-found page's island: it learns the missing address only in the browser (one 404.html
// serves every unknown address), fills the search box from it and, for a mistyped concept
// address, offers the concept that was probably meant.
import { missingPathQuery, suggestConcept, type NamedConcept } from '../../site/not-found.ts';

export function mountNotFound(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const { pathname } = location;
  const input = root.querySelector<HTMLInputElement>('[data-missing-query]');
  const shown = root.querySelector<HTMLElement>('[data-missing-path]');
  // Opened as /404.html itself: nothing was missing, so nothing to show or search.
  if (/\/404(\.html|\/)?$/.test(pathname)) return;
  if (shown) shown.textContent = decodeURIComponentSafe(pathname);
  const query = missingPathQuery(pathname, base);
  if (input && query && !input.value) input.value = query;
  const graphUrl = root.dataset.graph;
  if (!graphUrl || !pathname.startsWith(`${base}concepts/`)) return;
  // Only a concept address has a "did you mean": the concept names come with the graph's data.
  fetch(graphUrl)
    .then((response) => (response.ok ? (response.json() as Promise<{ nodes: NamedConcept[] }>) : undefined))
    .then((graph) => {
      const concept = graph && suggestConcept(pathname, graph.nodes, base);
      const suggestion = root.querySelector<HTMLElement>('[data-suggestion]');
      if (!concept || !suggestion) return;
      const link = document.createElement('a');
      link.href = concept.url;
      link.textContent = concept.title;
      suggestion.append('Did you mean ', link, '?');
    })
    .catch(() => undefined);
}

function decodeURIComponentSafe(text: string) {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
