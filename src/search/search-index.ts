import { FIELD, encodePostings, frequencyBucket, type Posting } from './postings.ts';
import type { SearchDocument } from './search-document.ts';
import { tokenize } from './tokenize.ts';

/** A concept as the browser receives it: every field but the body, which only the index keeps. */
export type SearchEntry = Omit<SearchDocument, 'body'>;

/**
 * `search-index.json`: the concepts, the sorted vocabulary of every term in them, and for each
 * term its posting list (encoded by postings.ts). Built once at build time, fetched on first search.
 */
export interface SearchIndexJson {
  format: 'converge-search-index';
  version: 2;
  entries: SearchEntry[];
  /** Every distinct indexed term, sorted by code unit so the browser can binary-search it. */
  terms: string[];
  /** `postings[i]` lists the concepts that contain `terms[i]`. */
  postings: string[];
}

/** Sorts strings by code unit, the order binary search over `terms` relies on. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The search index of `documents`, ready to serialize; entries keep the documents' order. */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndexJson {
  const postingsOf = new Map<string, Posting[]>();
  documents.forEach((source, doc) => {
    const fields = new Map<string, number>();
    const mark = (text: string, bit: number) => {
      for (const term of tokenize(text)) fields.set(term, (fields.get(term) ?? 0) | bit);
    };
    mark(source.title, FIELD.title);
    source.aliases.forEach((alias) => mark(alias, FIELD.alias));
    source.tags.forEach((tag) => mark(tag, FIELD.tag));
    mark(source.summary, FIELD.summary);
    [...source.is, ...source.isNot].forEach((item) => mark(item, FIELD.boundary));
    source.paths.forEach((stop) => mark(`${stop.title} ${stop.note}`, FIELD.path));
    source.synonyms.forEach(({ term, means, also }) => mark([term, means, ...(also ?? [])].join(' '), FIELD.synonym));
    const inBody = new Map<string, number>();
    for (const term of tokenize(source.body)) inBody.set(term, (inBody.get(term) ?? 0) + 1);
    for (const term of new Set([...fields.keys(), ...inBody.keys()])) {
      const posting = { doc, fields: fields.get(term) ?? 0, bodyFrequency: frequencyBucket(inBody.get(term) ?? 0) };
      (postingsOf.get(term) ?? postingsOf.set(term, []).get(term)!).push(posting);
    }
  });
  const terms = [...postingsOf.keys()].sort(byCodeUnit);
  return {
    format: 'converge-search-index',
    version: 2,
    entries: documents.map(({ body: _body, ...entry }) => entry),
    terms,
    postings: terms.map((term) => encodePostings(postingsOf.get(term)!)),
  };
}
