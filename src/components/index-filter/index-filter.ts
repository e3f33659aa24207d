// The island behind an index page's filter box and type facets: reads the list the page already
// shows, and hides what does not match. The matching itself is src/graph/index-filter.ts.
import { filterFromParams, filterItems, filterSummary, filterToParams, prepareItems, type FilterQuery } from '../../graph/index-filter.ts';

/** How long typing must pause before the count is announced, so a screen reader hears one number, not one per key. */
const ANNOUNCE_DELAY = 400;

export function mountIndexFilter(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('[data-filter-form]');
  const input = root.querySelector<HTMLInputElement>('[data-filter-input]');
  const status = root.querySelector<HTMLElement>('[data-filter-status]');
  if (!form || !input || !status) return;
  const items = [...root.querySelectorAll<HTMLElement>('[data-item]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-group]')];
  const empty = root.querySelector<HTMLElement>('[data-filter-empty]');
  const fallback = root.querySelector<HTMLAnchorElement>('[data-search-fallback]');
  const noun = { one: root.dataset.nounOne ?? 'item', many: root.dataset.nounMany ?? 'items' };
  const prepared = prepareItems(
    items.map((item) => ({
      type: item.dataset.type ?? '',
      texts: [
        ...[...item.querySelectorAll('[data-item-title], [data-item-text]')].map((el) => el.textContent ?? ''),
        ...(item.dataset.aliases ?? '').split('\n'),
      ],
    })),
  );
  const facets = makeFacets(root);
  const known = facets.map((f) => f.type);
  let query: FilterQuery = filterFromParams(new URLSearchParams(location.search), known);
  // Letters typed before this script ran are kept; an address with ?q= wins over an empty box.
  if (query.text) input.value = query.text;
  else query = { ...query, text: input.value };

  let announce: ReturnType<typeof setTimeout> | undefined;
  const apply = (urgent: boolean) => {
    const result = filterItems(prepared, query);
    items.forEach((item, i) => (item.hidden = !result.shown[i]));
    const filtered = Boolean(query.text.trim()) || query.types.size > 0;
    for (const group of groups) {
      const shown = group.querySelectorAll('[data-item]:not([hidden])').length;
      group.hidden = shown === 0;
      const count = group.querySelector<HTMLElement>('[data-group-count]');
      if (count) count.textContent = filtered ? `${shown} of ${count.dataset.groupCount}` : count.dataset.groupCount!;
    }
    for (const facet of facets) {
      const count = result.countsByType.get(facet.type) ?? 0;
      facet.count.textContent = String(count);
      facet.button.setAttribute('aria-pressed', String(query.types.has(facet.type)));
      facet.button.classList.toggle('is-empty', count === 0);
    }
    root.querySelectorAll<HTMLAnchorElement>('[data-letter]').forEach((link) => {
      const target = root.querySelector<HTMLElement>(`#${CSS.escape(link.dataset.letter!)}`)?.closest<HTMLElement>('[data-group]');
      link.toggleAttribute('data-filtered-out', !!target?.hidden);
    });
    if (empty) empty.hidden = result.count > 0;
    if (fallback) fallback.search = query.text.trim() ? `?q=${encodeURIComponent(query.text.trim())}` : '';
    // The visible count follows every key; the live region is updated once typing pauses.
    const sentence = filterSummary(result.count, items.length, query, noun);
    clearTimeout(announce);
    if (urgent) status.textContent = sentence;
    else announce = setTimeout(() => (status.textContent = sentence), ANNOUNCE_DELAY);
    status.dataset.count = String(result.count);
    const params = filterToParams(query, new URLSearchParams(location.search));
    const search = params.size ? `?${params}` : '';
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };

  input.addEventListener('input', () => {
    query = { ...query, text: input.value };
    apply(false);
  });
  // The box filters as you type; Enter has nothing to submit.
  form.addEventListener('submit', (event) => event.preventDefault());
  for (const facet of facets) {
    facet.button.addEventListener('click', () => {
      const types = new Set(query.types);
      if (!types.delete(facet.type)) types.add(facet.type);
      query = { ...query, types };
      apply(true);
    });
  }
  // A letter or type jumped to lands just below the sticky bar, whatever its height at this width.
  const bar = form.closest<HTMLElement>('.index-bar');
  if (bar) new ResizeObserver(() => root.style.setProperty('--index-bar-height', `${bar.offsetHeight}px`)).observe(bar);
  form.dataset.ready = '';
  if (query.text || query.types.size) apply(true);
}

/** Turns the type bar's jump links into toggle buttons that filter by type; none when the page has no type bar. */
function makeFacets(root: HTMLElement) {
  const bar = root.querySelector<HTMLElement>('[data-facets]');
  if (!bar) return [];
  const facets = [...bar.querySelectorAll<HTMLAnchorElement>('a[data-facet]')].map((link) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = link.className;
    button.dataset.type = link.dataset.type;
    button.setAttribute('aria-pressed', 'false');
    button.append(...link.childNodes);
    link.replaceWith(button);
    return { type: link.dataset.facet!, button, count: button.querySelector<HTMLElement>('[data-facet-count]')! };
  });
  // No longer a list of places to go but a set of switches: say so to assistive technology.
  const group = document.createElement('div');
  group.className = bar.className;
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Show only these types');
  group.append(...bar.childNodes);
  bar.replaceWith(group);
  return facets;
}
