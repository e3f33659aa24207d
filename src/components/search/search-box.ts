import { NO_RESULTS, search, type SearchResults } from '../../search/query.ts';
import { loadSearchIndex } from './index-loader.ts';
import { resultOption } from './result-list.ts';

/** The elements of one search box: the dialog's and the search page's are built alike. */
export interface SearchBoxParts {
  /** A text input; given the combobox role here. */
  input: HTMLInputElement;
  /** Where results go, as options; hidden while empty. */
  listbox: HTMLElement;
  /** A polite live region: loading, how many results, none. */
  status: HTMLElement;
  /** Shown while the query is empty: what can be searched. */
  emptyHelp: HTMLElement;
  /** Shown when nothing matches: where to look instead. */
  noResultHelp: HTMLElement;
  indexUrl: string;
  /** Whether to start with every result shown rather than the best ones (e.g. `&all` in the address). */
  showAll?: boolean;
  /** Called with every query as it is typed, and whether all its results are shown, e.g. to keep both in the address bar. */
  onQuery?: (query: string, all: boolean) => void;
}

/** How many results a query shows until the reader asks for all of them. */
export const BEST = 20;

/** What the live region says about a set of results. */
export function statusText(results: SearchResults, query: string): string {
  if (!query.trim()) return '';
  if (results.total === 0) return `No concept matches “${query.trim()}”.${results.notice ? ` ${results.notice}` : ''}`;
  const count = `${results.total === 1 ? '1 concept found' : `${results.total} concepts found`}${results.understood ? ` for “${results.understood}”` : ''}`;
  const best = results.total > results.hits.length ? `, showing the best ${results.hits.length}` : '';
  return `${count}${best}.${results.partial ? ' None has every word you typed; these have the most.' : ''}`;
}

/**
 * Makes an input and a listbox one combobox (ARIA 1.2, list autocomplete): results follow the
 * typing, ↑ and ↓ move the active option (aria-activedescendant, so focus stays in the input),
 * Enter opens the active option or, with none active, the first.
 */
export function bindSearchBox(parts: SearchBoxParts): { refresh: () => Promise<void> } {
  const { input, listbox, status, emptyHelp, noResultHelp } = parts;
  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let latest = 0;
  let ready = false;
  let all = parts.showAll ?? false;
  let searched: string | undefined;
  // After the list, so it comes next in the tab order; it brings focus back to the box, on the first new result.
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'search-more';
  more.hidden = true;
  listbox.after(more);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.autocomplete = 'off';
  input.spellcheck = false;
  listbox.setAttribute('role', 'listbox');

  const activate = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const show = (results: SearchResults, query: string) => {
    options = results.hits.map((hit, i) => resultOption(hit, `${listbox.id}-${i}`));
    listbox.replaceChildren(...options);
    listbox.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(options.length > 0));
    activate(-1);
    emptyHelp.hidden = query.trim() !== '';
    noResultHelp.hidden = !query.trim() || results.total > 0;
    status.textContent = statusText(results, query);
    more.hidden = results.total <= results.hits.length;
    more.textContent = `Show all ${results.total} results`;
  };

  const refresh = async () => {
    const query = input.value;
    const run = ++latest;
    // A new query starts again from its best results.
    if (searched !== undefined && query.trim() !== searched) all = false;
    searched = query.trim();
    parts.onQuery?.(query, all);
    if (!query.trim()) return show(NO_RESULTS, query);
    // Only the first search waits for the index; say so rather than leave the list blank.
    if (!ready) status.textContent = 'Loading the search index…';
    try {
      const index = await loadSearchIndex(parts.indexUrl);
      ready = true;
      if (run === latest) show(search(index, query, { limit: all ? Infinity : BEST }), query);
    } catch (error) {
      if (run !== latest) return;
      show(NO_RESULTS, '');
      emptyHelp.hidden = true;
      status.textContent = `Search could not load its index (${(error as Error).message}). Check your connection and type again to retry.`;
    }
  };

  input.addEventListener('input', refresh);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      activate(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      const option = options[active] ?? options[0];
      if (option) location.assign(option.href);
    }
  });
  more.addEventListener('click', async () => {
    const shown = options.length;
    all = true;
    await refresh();
    input.focus();
    activate(shown < options.length ? shown : -1);
  });
  // A pointer on an option shows which one Enter would open.
  listbox.addEventListener('pointermove', (event) => {
    const index = options.indexOf((event.target as Element).closest('[role="option"]') as HTMLAnchorElement);
    if (index >= 0 && index !== active) activate(index);
  });
  return { refresh };
}
