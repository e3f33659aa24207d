/** A glossary line: a concept's own title, or one of its aliases pointing to it. */
export interface GlossaryEntry {
  term: string;
  /** The concept the term names. */
  id: string;
  title: string;
  definition: string;
  aliases: string[];
  /** True when `term` is an alias of the concept rather than its title. */
  isAlias: boolean;
}

/** Alphabetical glossary entries, grouped by initial letter; aliases appear as cross-references. */
export function buildGlossary(concepts: readonly { id: string; data: { title: string; summary: string; aliases: string[] } }[]) {
  const entries: GlossaryEntry[] = concepts.flatMap(({ id, data }) => [
    { term: data.title, id, title: data.title, definition: data.summary, aliases: data.aliases, isAlias: false },
    ...data.aliases.map((alias) => ({ term: alias, id, title: data.title, definition: data.summary, aliases: [], isAlias: true })),
  ]);
  // One collator for the whole sort: localeCompare with options builds one per comparison,
  // which made this page take over a second at 5,000 concepts.
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  entries.sort((a, b) => collator.compare(a.term, b.term));
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const initial = /^[a-z]/i.test(entry.term) ? entry.term[0]!.toUpperCase() : '#';
    (groups.get(initial) ?? groups.set(initial, []).get(initial)!).push(entry);
  }
  return [...groups].map(([letter, items]) => ({ letter, entries: items }));
}
