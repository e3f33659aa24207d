import type { NodeType } from '../schema/vocabulary.ts';

/** A glossary line: a concept's own title, or one of its aliases pointing to it. */
export interface GlossaryEntry {
  term: string;
  /** The concept the term names. */
  id: string;
  title: string;
  type: NodeType;
  /** The concept's one-line definition (see `oneLineDefinition`). */
  definition: string;
  aliases: string[];
  /** True when `term` is an alias of the concept rather than its title. */
  isAlias: boolean;
}

/** Longest definition the glossary shows, in characters: about one line of its text column. */
export const DEFINITION_MAX = 120;

// Where a summary's defining clause ends and its elaboration begins, in the order we prefer to
// cut: a sentence or semicolon first, then a clause that explains ("…, so that …", "…, which …").
const SENTENCE_END = /[.;:](?=\s)|[.;]$/;
const CLAUSE_START = /,\s+(?=(?:so|so that|which|who|whose|while|with|from|derived|rather|instead|and then|until|because|whether)\b)/g;
const WORD_GAP = /\s+/g;

/**
 * A concept's definition in one line: the first sentence of its summary, shortened at a clause
 * boundary (or failing that a word, with an ellipsis) so it stays within `max` characters.
 */
export function oneLineDefinition(summary: string, max = DEFINITION_MAX): string {
  const text = summary.trim().replace(WORD_GAP, ' ');
  const end = SENTENCE_END.exec(text);
  const sentence = end ? text.slice(0, end.index) : text.replace(/[.]$/, '');
  if (sentence.length <= max) return `${sentence}.`;
  // The last clause boundary that still fits, if it leaves a phrase long enough to define anything.
  let cut = -1;
  for (const match of sentence.matchAll(CLAUSE_START)) {
    if (match.index <= max && match.index >= max / 3) cut = match.index;
  }
  if (cut > 0) return `${sentence.slice(0, cut)}.`;
  let word = -1;
  for (const match of sentence.matchAll(WORD_GAP)) if (match.index <= max - 1) word = match.index;
  return `${sentence.slice(0, word > 0 ? word : max - 1).replace(/[,;:]$/, '')}…`;
}

/** Alphabetical glossary entries, grouped by initial letter; aliases appear as cross-references. */
export function buildGlossary(concepts: readonly { id: string; data: { title: string; type: NodeType; summary: string; aliases: string[] } }[]) {
  const entries: GlossaryEntry[] = concepts.flatMap(({ id, data }) => {
    const definition = oneLineDefinition(data.summary);
    const common = { id, title: data.title, type: data.type, definition };
    return [
      { ...common, term: data.title, aliases: data.aliases, isAlias: false },
      ...data.aliases.map((alias) => ({ ...common, term: alias, aliases: [], isAlias: true })),
    ];
  });
  // One collator for the whole sort: localeCompare with options builds one per comparison,
  // which made this page take over a second at 5,000 concepts.
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  entries.sort((a, b) => collator.compare(a.term, b.term));
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const initial = glossaryLetter(entry.term);
    (groups.get(initial) ?? groups.set(initial, []).get(initial)!).push(entry);
  }
  return [...groups].map(([letter, items]) => ({ letter, entries: items }));
}

/** The letter a term is filed under: its initial A–Z, or `#` for digits and anything else. */
export const glossaryLetter = (term: string) => (/^[a-z]/i.test(term) ? term[0]!.toUpperCase() : '#');

/** The letter bar: `#` when some term needs it, then A to Z, each with whether any term is filed there. */
export function glossaryLetters(groups: readonly { letter: string }[]) {
  const used = new Set(groups.map((g) => g.letter));
  const letters = [...(used.has('#') ? ['#'] : []), ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  return letters.map((letter) => ({ letter, used: used.has(letter) }));
}
