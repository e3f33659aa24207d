import Fuse from 'fuse.js';

/** A vocabulary term a query word may mean, and how sure that is (1 for the word itself). */
export interface TermMatch {
  term: number;
  similarity: number;
}

/** Query words to vocabulary terms, for one index. */
export interface TermMatcher {
  /** The terms `word` (folded) may mean: the word itself, words it begins, and close misspellings. */
  match: (word: string) => TermMatch[];
}

const MAX_PREFIX_MATCHES = 40;
const MAX_FUZZY_MATCHES = 5;
const MAX_FUZZY_CANDIDATES = 400;

/** Index of the first term not below `word` in code-unit order. */
function lowerBound(terms: readonly string[], word: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The distinct letter pairs of a word, with its first and last letter paired with an edge mark. */
function bigrams(word: string): number[] {
  const padded = `\u0001${word}\u0002`;
  const grams = new Set<number>();
  for (let i = 0; i + 1 < padded.length; i++) grams.add(padded.charCodeAt(i) * 65536 + padded.charCodeAt(i + 1));
  return [...grams];
}

/**
 * The singular a plural may stand for: "gates" → gate, "policies" → policy, "patches" → patch.
 * Prefix matching already finds plurals from singulars; this is the other way round, so a reader
 * who types "incident commands" finds Unified incident command.
 */
function singulars(word: string): string[] {
  if (word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return [];
  const forms = [word.slice(0, -1)];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  else if (/(?:ch|sh|x|s|z)es$/.test(word)) forms.push(word.slice(0, -2));
  return forms;
}

/** How sure a singular is of meaning its plural: below the word itself, above a longer word it begins. */
const SINGULAR_SIMILARITY = 0.95;

/** How many edits a misspelling of a word this long may have. */
const allowedEdits = (length: number) => (length <= 4 ? 1 : 2);

/**
 * Matches query words against the vocabulary. Fuse.js judges misspellings, but running it over a
 * whole vocabulary costs 100–200 ms a word at 5,000 concepts (37,000 terms), so it only sees the
 * few hundred terms of about the right length that share enough letter pairs with the word (a
 * term a typo or two away always shares most of them).
 */
export function createTermMatcher(terms: readonly string[]): TermMatcher {
  let byBigram: Map<number, number[]> | undefined;
  let shared: Uint8Array | undefined;

  const fuzzy = (word: string): TermMatch[] => {
    if (word.length < 4 || /^\d+$/.test(word)) return [];
    // Built on the first misspelling, not on open: most queries are spelled right.
    if (!byBigram) {
      byBigram = new Map();
      terms.forEach((term, i) => {
        for (const gram of bigrams(term)) (byBigram!.get(gram) ?? byBigram!.set(gram, []).get(gram)!).push(i);
      });
      shared = new Uint8Array(terms.length);
    }
    const counts = shared!;
    const grams = bigrams(word);
    const edits = allowedEdits(word.length);
    // Each edit breaks at most two letter pairs, a swap of two letters three.
    const needed = Math.max(1, grams.length - 2 * edits - 1);
    const touched: number[] = [];
    for (const gram of grams) {
      for (const term of byBigram.get(gram) ?? []) if ((counts[term] = counts[term]! + 1) === 1) touched.push(term);
    }
    let candidates = touched.filter((t) => {
      const term = terms[t]!;
      return counts[t]! >= needed && Math.abs(term.length - word.length) <= edits && !term.startsWith(word);
    });
    if (candidates.length > MAX_FUZZY_CANDIDATES) candidates = candidates.sort((a, b) => counts[b]! - counts[a]!).slice(0, MAX_FUZZY_CANDIDATES);
    for (const t of touched) counts[t] = 0;
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates.map((t) => terms[t]!), { includeScore: true, ignoreLocation: true, threshold: 0.45 });
    return fuse.search(word, { limit: MAX_FUZZY_MATCHES }).map((hit) => ({ term: candidates[hit.refIndex]!, similarity: 0.8 * (1 - hit.score!) }));
  };

  return {
    match(word) {
      const matches: TermMatch[] = [];
      let i = lowerBound(terms, word);
      if (terms[i] === word) matches.push({ term: i++, similarity: 1 });
      // Longer words it begins: "vuln" finds vulnerability while the reader is still typing.
      if (word.length >= 3) {
        for (let n = 0; i < terms.length && terms[i]!.startsWith(word) && n < MAX_PREFIX_MATCHES; i++, n++) {
          matches.push({ term: i, similarity: 0.6 + (0.3 * word.length) / terms[i]!.length });
        }
      }
      for (const form of singulars(word)) {
        const at = lowerBound(terms, form);
        if (terms[at] === form && !matches.some((m) => m.term === at)) matches.push({ term: at, similarity: SINGULAR_SIMILARITY });
      }
      // A word that is itself in the vocabulary, or the plural of one, is taken as meant: looking
      // for misspellings of a correct word costs time and ranks near-homonyms ("patch", "path") beside it.
      return matches.some((m) => m.similarity >= SINGULAR_SIMILARITY) ? matches : matches.concat(fuzzy(word));
    },
  };
}
