// The filter of the concept index and the glossary: what a reader types narrows a list of
// concepts as they type, together with the type facets they switched on.

/** One item of a filterable list: its type and the texts a query is matched against. */
export interface FilterItem<Type extends string = string> {
  type: Type;
  /** Title, aliases, summary: any text the reader may be looking for the item by. */
  texts: readonly string[];
}

/** What the reader asked for: words typed, and the types switched on (none means every type). */
export interface FilterQuery<Type extends string = string> {
  text: string;
  types: ReadonlySet<Type>;
}

export interface FilterResult<Type extends string = string> {
  /** For each item, in order, whether it is shown. */
  shown: boolean[];
  count: number;
  /** Per type, how many items match the words alone: what each facet would show if switched on. */
  countsByType: Map<Type, number>;
}

/** Lower case, without accents, every run of punctuation a single space: `Know-how  (ISO)` → `know how iso`. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, normalised, duplicates dropped. */
export const queryWords = (text: string) => [...new Set(normaliseText(text).split(' ').filter(Boolean))];

/** Prepared once per list, so each keystroke only compares strings. */
export function prepareItems<Type extends string>(items: readonly FilterItem<Type>[]) {
  // A leading space lets "starts a word" be a plain substring test for ` word`.
  return items.map((item) => ({ type: item.type, haystack: ` ${item.texts.map(normaliseText).join(' ')}` }));
}

/**
 * Which items match: every typed word begins a word of the item's texts (so `cab` finds
 * "joint CAB" but not "vocabulary"), and the item's type is on when any type is.
 */
export function filterItems<Type extends string>(prepared: ReturnType<typeof prepareItems<Type>>, query: FilterQuery<Type>): FilterResult<Type> {
  const words = queryWords(query.text).map((word) => ` ${word}`);
  const countsByType = new Map<Type, number>();
  let count = 0;
  const shown = prepared.map(({ type, haystack }) => {
    const matchesText = words.every((word) => haystack.includes(word));
    if (matchesText) countsByType.set(type, (countsByType.get(type) ?? 0) + 1);
    const show = matchesText && (query.types.size === 0 || query.types.has(type));
    if (show) count++;
    return show;
  });
  return { shown, count, countsByType };
}

/** The sentence a screen reader hears after each change, and every reader sees: "12 of 84 concepts match "chan"". */
export function filterSummary(count: number, total: number, query: FilterQuery, noun: { one: string; many: string }): string {
  const words = query.text.trim();
  if (!words && query.types.size === 0) return `${total} ${total === 1 ? noun.one : noun.many}`;
  if (count === 0) return words ? `No ${noun.one} matches “${words}”` : `No ${noun.one} of the chosen types`;
  return `${count} of ${total} ${total === 1 ? noun.one : noun.many}${words ? ` match “${words}”` : ''}`;
}

/** The filter as URL search parameters (`?q=…&type=…`), so a filtered list can be shared or kept on reload. */
export function filterToParams(query: FilterQuery, params = new URLSearchParams()): URLSearchParams {
  params.delete('q');
  params.delete('type');
  if (query.text.trim()) params.set('q', query.text.trim());
  for (const type of [...query.types].sort()) params.append('type', type);
  return params;
}

/** The filter a URL asks for, keeping only the types this list has. */
export function filterFromParams<Type extends string>(params: URLSearchParams, known: readonly Type[]): FilterQuery<Type> {
  const types = new Set(params.getAll('type').filter((t): t is Type => (known as readonly string[]).includes(t)));
  return { text: params.get('q') ?? '', types };
}
