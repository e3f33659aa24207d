import { decodePostings, type Posting } from './postings.ts';
import type { SearchEntry, SearchIndexJson } from './search-index.ts';
import { createTermMatcher, type TermMatcher } from './term-match.ts';
import { fold, identifierKey, wordSpans } from './tokenize.ts';

/** A concept a whole query names exactly, and by which of its names. */
export interface ExactName {
  doc: number;
  by: 'title' | 'alias' | 'synonym';
  /** For a synonym, where the author listed the concept among the term's. */
  position?: number;
}

/** search-index.json made ready to query: lookups built once, posting lists decoded on first use. */
export interface SearchIndex {
  entries: readonly SearchEntry[];
  terms: readonly string[];
  /** Finds the terms a query word may mean: itself, longer words it starts, near misspellings. */
  matcher: TermMatcher;
  /** The concepts containing `terms[term]`, decoded once and kept. */
  postingsOf: (term: number) => readonly Posting[];
  /** Titles, aliases and synonyms as phrase keys (see `phraseKey`). */
  names: ReadonlyMap<string, readonly ExactName[]>;
  /** Identifier keys (see `identifierKey`) to the concepts mapped to them. */
  identifiers: ReadonlyMap<string, readonly number[]>;
  /** Every identifier key, sorted, for "starts with" lookups such as AC-2 finding AC-2(4). */
  identifierKeys: readonly string[];
  /** How many words each title has: for "change", Change enablement outranks Change security risk rating. */
  titleWords: Uint8Array;
}

/** A name reduced to its folded words, so "Change-enablement" and "change enablement" are one key. */
export const phraseKey = (text: string) => wordSpans(text).map((w) => w.term).join(' ');

/** Opens a fetched index; throws a readable error when the file is not one this code understands. */
export function openSearchIndex(json: SearchIndexJson): SearchIndex {
  if (json?.format !== 'converge-search-index' || json.version !== 2) {
    throw new Error('The search index has an unknown format; reload the page to get the current one.');
  }
  const { entries, terms, postings } = json;
  const decoded = new Map<number, Posting[]>();
  const names = new Map<string, ExactName[]>();
  const identifiers = new Map<string, number[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);
  entries.forEach((entry, doc) => {
    add(names, phraseKey(entry.title), { doc, by: 'title' });
    for (const alias of entry.aliases) add(names, phraseKey(alias), { doc, by: 'alias' });
    for (const { term, means, also = [], position } of entry.synonyms) {
      for (const spelling of [term, ...(means ? [means] : []), ...also]) add(names, phraseKey(spelling), { doc, by: 'synonym', position });
    }
    for (const { identifier, also = [] } of entry.identifiers) {
      for (const written of [identifier, ...also]) {
        const key = identifierKey(written);
        const docs = identifiers.get(key);
        if (!docs?.includes(doc)) add(identifiers, key, doc);
      }
    }
  });
  return {
    entries,
    terms,
    matcher: createTermMatcher(terms),
    postingsOf: (term) => decoded.get(term) ?? decoded.set(term, decodePostings(postings[term]!)).get(term)!,
    names,
    identifiers,
    identifierKeys: [...identifiers.keys()].sort(),
    titleWords: Uint8Array.from(entries, (e) => Math.min(255, fold(e.title).split(/\s+/).length)),
  };
}
