// How text becomes search terms. The index and the query go through the same functions, so a
// word written one way in content is found when typed another (case, accents, punctuation).

/** Words too common to tell concepts apart; left out of the index and ignored in queries. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can do does for from has have how if in into is it its ' +
    'may no not of on or so than that the their them then there these they this to was we were ' +
    'what when where which who will with without you your'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents: "Résumé" and "resume" fold to the same text. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A word of `text` at its offsets in the original string, with its folded form. */
export interface WordSpan {
  start: number;
  end: number;
  term: string;
}

/** Every word of `text` with its position, for highlighting; stopwords included. */
export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, term: fold(m[0]) }));
}

/** Whether a folded word is worth indexing: two characters or more, and not a stopword. */
export const isIndexable = (term: string) => term.length > 1 && !STOPWORDS.has(term);

/** The indexable terms of `text`, folded, in order, repeats kept (they count as frequency). */
export function tokenize(text: string): string[] {
  return (fold(text).match(WORD) ?? []).filter(isIndexable);
}

/**
 * A framework identifier reduced to the characters that tell it apart, so "CM-3", "cm3" and
 * "CM 3" meet, while "8.32" and "8.3.2" stay different.
 */
export function identifierKey(identifier: string): string {
  return fold(identifier).replace(/[\s_–—-]+/g, '');
}
