import { NODE_TYPE_INFO } from '../../graph/node-types.ts';
import type { SearchHit } from '../../search/query.ts';
import type { Range } from '../../search/snippet.ts';

/** An element with a class and children; text is always a text node, never parsed as HTML. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.append(...children);
  return el;
}

/** `text` as text nodes, with each highlighted range in a <mark>. */
export function highlighted(text: string, ranges: readonly Range[]): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(element('mark', '', text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** One result as a listbox option: a link (so it can open in a new tab) with badge, title and snippet. */
export function resultOption(hit: SearchHit, id: string): HTMLAnchorElement {
  const { entry, snippet } = hit;
  const option = element('a', 'search-result');
  option.id = id;
  option.href = entry.url;
  option.tabIndex = -1;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  const badge = element('span', 'badge', NODE_TYPE_INFO[entry.type].label);
  badge.dataset.type = entry.type;
  option.append(
    element('span', 'search-result-head', badge, ' ', element('span', 'search-result-title', ...highlighted(entry.title, hit.titleHighlights))),
    element('span', 'search-result-snippet', ...(snippet.label ? [element('span', 'search-result-label', `${snippet.label}: `)] : []), ...highlighted(snippet.text, snippet.highlights)),
  );
  if (hit.bodyMatches.length > 0) {
    const words = hit.bodyMatches.flatMap((word, i) => [...(i > 0 ? [', '] : []), element('mark', '', word)]);
    option.append(element('span', 'search-result-mentions', 'The page text mentions ', ...words));
  }
  return option;
}
