import type { SearchIndex } from './open-index.ts';
import { phraseKey } from './open-index.ts';
import { FIELD } from './postings.ts';
import type { SearchEntry } from './search-index.ts';
import { countBits, highlightWords, trimSnippet, type Range, type Snippet } from './snippet.ts';
import { fold, identifierKey, tokenize } from './tokenize.ts';

/** One concept found, with what to show: its title's highlights and a snippet of where it matched. */
export interface SearchHit {
  entry: SearchEntry;
  titleHighlights: Range[];
  snippet: Snippet;
  /** Query words found only in the page text, which the index does not ship: shown as "mentions". */
  bodyMatches: string[];
  score: number;
}

/** The answer to one query. */
export interface SearchResults {
  hits: SearchHit[];
  /** How many concepts matched in all, of which `hits` are the best. */
  total: number;
  /** True when no concept has every word of the query, and the hits match only some of them. */
  partial: boolean;
  /** Something to tell the reader about the query itself, such as an identifier from another edition. */
  notice?: string;
  /** The query as searched when some of its words were taken as misspellings ("vulnerability management"). */
  understood?: string;
}

/** The answer to an empty query, or to one that matches nothing. */
export const NO_RESULTS: SearchResults = { hits: [], total: 0, partial: false };

// How much a term counts, by where it is: a word of the title says more about a concept than
// the same word somewhere in its body.
const FIELD_WEIGHTS: [bit: number, weight: number][] = [
  [FIELD.title, 10],
  [FIELD.alias, 8],
  [FIELD.synonym, 8],
  [FIELD.tag, 5],
  [FIELD.summary, 3],
  [FIELD.boundary, 2],
  [FIELD.path, 2],
];
const BODY_WEIGHTS = [0, 1, 1.4, 1.8];

/**
 * Exact matches, which rank before any other: a title, an alias, a synonym (which may name
 * several concepts, so below an alias, which names one), a framework identifier.
 */
const TIER = { none: 0, identifierPrefix: 1, identifier: 2, synonym: 3, alias: 4, title: 5 } as const;

const MAX_WORDS = 8;

// ISO/IEC 27001:2013 numbered Annex A controls A.5.1.1 to A.18.2.3; 2022 renumbered them into
// 5.1–8.34. No sourced correspondence is at hand, so a 2013 number is named as such, not guessed.
const ISO_2013_CONTROL = /^a[.\s]\s*(?:[5-9]|1[0-8])\.\d{1,2}\.\d{1,2}$/;

/**
 * Whether identifier `key` is a part of `chunk`'s control: AC-2(4) of AC-2, CC8.1 of CC8 — but
 * not AC-22 of AC-2, nor 8.32 of 8.3.
 */
const refines = (key: string, chunk: string) => chunk.length >= 2 && key.length > chunk.length && key.startsWith(chunk) && !/[\p{L}\p{N}]/u.test(key[chunk.length]!);

/** The concepts that match `query`, best first: exact names and identifiers, then by score. */
export function search(index: SearchIndex, query: string, { limit = 20 } = {}): SearchResults {
  const { entries } = index;
  const n = entries.length;
  const phrase = phraseKey(query);
  const words = [...new Set(tokenize(query))].slice(0, MAX_WORDS);
  if (!phrase) return NO_RESULTS;
  if (ISO_2013_CONTROL.test(fold(query.trim()))) {
    return {
      ...NO_RESULTS,
      notice: `${query.trim()} is numbered as in ISO/IEC 27001:2013. Concepts here map to the 2022 Annex A (5.1 to 8.34), which numbers controls differently: search for the 2022 number or the control's topic.`,
    };
  }

  const tier = new Uint8Array(n);
  const raise = (doc: number, to: number) => (tier[doc] = Math.max(tier[doc]!, to));
  // Concepts a synonym names keep the order the author listed them in: the first covers the term best.
  const listed = new Uint8Array(n).fill(255);
  for (const { doc, by, position = 0 } of index.names.get(phrase) ?? []) {
    raise(doc, TIER[by]);
    if (by === 'synonym') listed[doc] = Math.min(listed[doc]!, position);
  }
  // "CM-3", "8.32" or "CC8.1", alone or among other words.
  // Single characters only count as a whole query: "3" may mean CISM domain 3, "CM 3" may not.
  const chunks = [
    identifierKey(query.trim()),
    ...query.trim().split(/\s+/).map(identifierKey).filter((key) => key.length > 1),
  ]
    .filter((key) => /\d/.test(key))
    // "A 8.32" and "A8.32" as the index writes Annex A: "a.8.32" (a SOC 2 "A1.2" stays as it is too).
    .flatMap((key) => (/^a\d/.test(key) ? [key, `a.${key.slice(1)}`] : [key]));
  const identifierMatch = (key: string) => chunks.some((chunk) => key === chunk || refines(key, chunk));
  for (const chunk of new Set(chunks)) {
    for (const doc of index.identifiers.get(chunk) ?? []) raise(doc, TIER.identifier);
    for (const key of index.identifierKeys) if (refines(key, chunk)) for (const doc of index.identifiers.get(key)!) raise(doc, TIER.identifierPrefix);
  }

  // Each word's best evidence per concept: its score, the term that gave it, and where it was.
  const score = new Float64Array(n);
  const coverage = new Uint8Array(n);
  const inTitle = new Uint8Array(n);
  const bestTerm = words.map(() => new Int32Array(n).fill(-1));
  const variants = words.map(() => new Set<string>());
  const corrections: (string | undefined)[] = [];
  words.forEach((word, w) => {
    const best = new Float64Array(n);
    const fromTitle = new Uint8Array(n);
    const matches = index.matcher.match(word);
    corrections[w] = correction(index, word, matches);
    // One rarity for all the forms of a word, that of its most common form: the reader who typed
    // "chnage" meant "change", and the rarity of "charge" must not make it outrank it.
    const idf = Math.log(1 + n / Math.max(1, ...matches.map((m) => index.postingsOf(m.term).length)));
    for (const { term, similarity } of matches) {
      variants[w]!.add(index.terms[term]!);
      for (const { doc, fields, bodyFrequency } of index.postingsOf(term)) {
        let top = BODY_WEIGHTS[bodyFrequency]!;
        let sum = top;
        for (const [bit, weight] of FIELD_WEIGHTS) {
          if (!(fields & bit)) continue;
          // Short titles first: "change" says more about a two-word title than a five-word one.
          const w = bit === FIELD.title ? weight * (0.6 + 0.4 / Math.sqrt(index.titleWords[doc]!)) : weight;
          top = Math.max(top, w);
          sum += w;
        }
        const s = similarity * idf * (top + 0.2 * (sum - top));
        if (s > best[doc]!) {
          best[doc] = s;
          bestTerm[w]![doc] = term;
          fromTitle[doc] = fields & FIELD.title ? 1 : 0;
        }
      }
    }
    for (let doc = 0; doc < n; doc++) {
      if (best[doc]! > 0) {
        score[doc]! += best[doc]!;
        coverage[doc]!++;
        inTitle[doc]! += fromTitle[doc]!;
      }
    }
  });

  let maxCoverage = 0;
  for (let doc = 0; doc < n; doc++) maxCoverage = Math.max(maxCoverage, coverage[doc]!);
  const found: number[] = [];
  for (let doc = 0; doc < n; doc++) {
    if (tier[doc]! > 0 || (maxCoverage > 0 && coverage[doc] === maxCoverage)) found.push(doc);
  }
  // A title holding every word of the query is the strongest sign a reader found the concept,
  // above many fields each holding some; holding them as the typed phrase, stronger still.
  for (const doc of found) {
    if (words.length > 1 && inTitle[doc] === words.length) score[doc]! *= holdsPhrase(entries[doc]!.title, variants) ? 1.6 : 1.3;
  }
  // Ties keep the index's order (the site sorts concepts by title); comparing titles would
  // cost more than the rest of the query when thousands of concepts tie.
  found.sort((a, b) => tier[b]! - tier[a]! || (tier[a] === TIER.synonym ? listed[a]! - listed[b]! : 0) || score[b]! - score[a]! || a - b);

  const hits = found.slice(0, limit).map((doc): SearchHit => {
    const entry = entries[doc]!;
    const title = highlightWords(entry.title, variants);
    const { snippet, covered } = bestSnippet(entry, variants, identifierMatch);
    const seen = title.covered | covered;
    const bodyMatches = words.flatMap((_, w) => (bestTerm[w]![doc]! >= 0 && !(seen & (1 << w)) ? [index.terms[bestTerm[w]![doc]!]!] : []));
    return { entry, titleHighlights: title.highlights, snippet: trimSnippet(snippet), bodyMatches, score: score[doc]! };
  });
  const results: SearchResults = { hits, total: found.length, partial: words.length > 1 && maxCoverage > 0 && maxCoverage < words.length };
  if (found.length > 0 && corrections.some(Boolean)) results.understood = words.map((word, w) => corrections[w] ?? word).join(' ');
  return results;
}

/**
 * The word a misspelt query word was taken for: its most likely correction ("vulnerabilty" →
 * vulnerability), or nothing when the word is in the vocabulary or is the start of words in it.
 */
function correction(index: SearchIndex, word: string, matches: readonly { term: number; similarity: number }[]): string | undefined {
  if (matches.length === 0 || matches.some((m) => m.similarity >= 0.95 || index.terms[m.term]!.startsWith(word))) return undefined;
  const likeliest = matches.reduce((a, b) => (b.similarity > a.similarity || (b.similarity === a.similarity && index.postingsOf(b.term).length > index.postingsOf(a.term).length) ? b : a));
  return index.terms[likeliest.term];
}

/** A text that may explain a result, and the text its match is judged on when that differs. */
type Candidate = { label?: string; text: string; matched?: string };

/**
 * Whether `title` holds the query's words side by side and in the order typed, each in any form
 * it matched: "asset owners" is the phrase of Asset owner, "chnage enablement" of Change enablement.
 */
function holdsPhrase(title: string, variants: readonly ReadonlySet<string>[]): boolean {
  const terms = tokenize(title);
  return terms.some((_, start) => variants.every((forms, k) => forms.has(terms[start + k]!)));
}

/**
 * The shipped text of a concept that best shows why it matched: a matching identifier first,
 * then whichever of aliases, summary, IS / IS-NOT items, learning-path notes and tags covers the
 * most query words (the summary when nothing does).
 */
function bestSnippet(entry: SearchEntry, variants: readonly ReadonlySet<string>[], identifierMatch: (key: string) => boolean): { snippet: Snippet; covered: number } {
  const mapped = entry.identifiers.find(({ identifier, also = [] }) => [identifier, ...also].some((written) => identifierMatch(identifierKey(written))));
  if (mapped) {
    const text = `${mapped.framework} ${mapped.identifier}`;
    // The words of the identifier ("cm" of CM-3) are shown, so they are not "mentions" of the body.
    const { covered } = highlightWords(text, variants);
    return { snippet: { label: 'Maps to', text, highlights: [[text.length - mapped.identifier.length, text.length]] }, covered };
  }
  // A synonym shows what the field term stands for ("SoD: segregation of duties"), and is
  // matched with its other spellings, which are not shown. It comes first when the reader typed
  // the term itself, and last otherwise: "change" is better shown by a summary than by "CAB:
  // change advisory board".
  const typed: Candidate[] = [];
  const spelledOut: Candidate[] = [];
  for (const { term, means, also = [] } of entry.synonyms) {
    const candidate = { label: means ? term : 'Covers', text: means ?? term, matched: [term, means, ...also].join(' ') };
    (highlightWords(term, variants).covered ? typed : spelledOut).push(candidate);
  }
  const candidates: Candidate[] = [
    ...typed,
    ...entry.aliases.map((text) => ({ label: 'Also called', text })),
    { text: entry.summary },
    ...entry.is.map((text) => ({ label: 'Is', text })),
    ...entry.isNot.map((text) => ({ label: 'Is not', text })),
    ...entry.paths.map((stop) => ({ label: 'Learning path', text: `${stop.title}: ${stop.note}` })),
    ...(entry.tags.length > 0 ? [{ label: 'Tags', text: entry.tags.join(', ') }] : []),
    ...spelledOut,
  ];
  let best: { snippet: Snippet; covered: number; words: number } = { snippet: { text: entry.summary, highlights: [] }, covered: 0, words: 0 };
  for (const { matched, ...candidate } of candidates) {
    const { highlights, covered: shown } = highlightWords(candidate.text, variants);
    const covered = matched ? highlightWords(matched, variants).covered : shown;
    const count = countBits(covered);
    if (count > best.words) best = { snippet: { ...candidate, highlights }, covered, words: count };
  }
  return best;
}
