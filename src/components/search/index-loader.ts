import { openSearchIndex, type SearchIndex } from '../../search/open-index.ts';
import type { SearchIndexJson } from '../../search/search-index.ts';

const loading = new Map<string, Promise<SearchIndex>>();

/** The search index at `url`, fetched and opened once per page; a failed load is retried next time. */
export function loadSearchIndex(url: string): Promise<SearchIndex> {
  let promise = loading.get(url);
  if (!promise) {
    promise = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return response.json() as Promise<SearchIndexJson>;
      })
      .then(openSearchIndex);
    promise.catch(() => loading.delete(url));
    loading.set(url, promise);
  }
  return promise;
}
