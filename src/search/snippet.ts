import { wordSpans } from './tokenize.ts';

/** Start (inclusive) and end (exclusive) offsets of a run of text to highlight. */
export type Range = [start: number, end: number];

/** A short text to show under a result, with what to highlight in it. */
export interface Snippet {
  /** Where the text comes from, when that is not obvious (e.g. "Is not", a learning path). */
  label?: string;
  text: string;
  highlights: Range[];
}

/**
 * The words of `text` to highlight: those whose folded form is one of the forms a query word
 * matched (`variants[i]` for query word i). `covered` has bit i set when query word i is present.
 */
export function highlightWords(text: string, variants: readonly ReadonlySet<string>[]): { highlights: Range[]; covered: number } {
  const highlights: Range[] = [];
  let covered = 0;
  for (const { start, end, term } of wordSpans(text)) {
    const i = variants.findIndex((forms) => forms.has(term));
    if (i < 0) continue;
    covered |= 1 << i;
    const last = highlights.at(-1);
    // Adjacent words join one mark, "change advisory board" rather than three.
    if (last && /^[\s-]*$/.test(text.slice(last[1], start))) last[1] = end;
    else highlights.push([start, end]);
  }
  return { highlights, covered };
}

/** Number of bits set: how many query words a text covers. */
export const countBits = (bits: number) => {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n;
};

/**
 * Cuts a long snippet to about `max` characters around its first highlight, on word boundaries,
 * marking the cuts with an ellipsis and moving the highlights with the text.
 */
export function trimSnippet(snippet: Snippet, max = 160): Snippet {
  const { text, highlights } = snippet;
  if (text.length <= max) return snippet;
  const first = highlights[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - 40, text.length - max));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  return {
    ...snippet,
    text: `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    highlights: highlights
      .filter(([s, e]) => s >= start && e <= end)
      .map(([s, e]) => [s + shift, e + shift] as Range),
  };
}
