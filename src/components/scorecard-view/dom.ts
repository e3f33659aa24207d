// DOM building for the scorecard islands: elements with text children, never markup strings,
// so names and notes from a file can only ever be text.

/** An element with properties and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Offers a file to the user as a download, without a server. */
export function download(name: string, blob: Blob) {
  const link = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** A file name from free text: what a leader would want to see in a downloads folder. */
export const fileSlug = (...parts: string[]) =>
  parts
    .join('-')
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 80) || 'scorecard';

/** Text for screen readers only, next to a symbol that is hidden from them. */
export function symbol(glyph: string, spoken: string): Node[] {
  const shown = el('span', { className: 'glyph' }, glyph);
  shown.setAttribute('aria-hidden', 'true');
  return [shown, el('span', { className: 'visually-hidden' }, spoken)];
}
