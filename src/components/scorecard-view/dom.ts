// DOM building for the scorecard islands: elements with text children, never markup strings,
// so names and notes from a file can only ever be text.

/** An element with properties and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Text for screen readers only, next to a symbol that is hidden from them. */
export function symbol(glyph: string, spoken: string): Node[] {
  const shown = el('span', { className: 'glyph' }, glyph);
  shown.setAttribute('aria-hidden', 'true');
  return [shown, el('span', { className: 'visually-hidden' }, spoken)];
}
