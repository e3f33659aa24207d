// Posting lists travel as short strings of variable-length numbers: at 1,000 concepts of 300
// words there are about 160,000 postings, and as JSON arrays of numbers they would outweigh
// everything else in the index.

/** Where in a concept a term appears, besides the body: one bit per field. */
export const FIELD = {
  title: 1,
  alias: 2,
  tag: 4,
  summary: 8,
  boundary: 16,
  path: 32,
  synonym: 64,
} as const;

/** One concept containing a term: which fields, and how often in the body (bucketed 0–3). */
export interface Posting {
  doc: number;
  /** Bits of FIELD. */
  fields: number;
  /** 0: not in the body; 1: once; 2: two or three times; 3: four times or more. */
  bodyFrequency: number;
}

// 32 digits that end a number and 32 that say "more digits follow", five bits each, all safe
// inside a JSON string without escaping.
const LAST = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef';
const MORE = 'ghijklmnopqrstuvwxyz0123456789-_';
// Indexed by character code: decoding runs on every query, a Map lookup per character is slower.
const DIGIT = new Int8Array(128).fill(-1);
[...LAST, ...MORE].forEach((c, i) => (DIGIT[c.charCodeAt(0)] = i));

function writeNumber(out: string[], value: number) {
  while (value >= 32) {
    out.push(MORE[value & 31]!);
    value = Math.floor(value / 32);
  }
  out.push(LAST[value]!);
}

/** How often a term appears in a body, as the bucket a posting stores. */
export function frequencyBucket(count: number): number {
  return count === 0 ? 0 : count === 1 ? 1 : count <= 3 ? 2 : 3;
}

/** A posting list (sorted by document) as a string; documents are stored as gaps from the previous one. */
export function encodePostings(postings: readonly Posting[]): string {
  const out: string[] = [];
  let previous = -1;
  for (const { doc, fields, bodyFrequency } of postings) {
    writeNumber(out, (doc - previous - 1) * 8 + bodyFrequency * 2 + (fields ? 1 : 0));
    if (fields) writeNumber(out, fields);
    previous = doc;
  }
  return out.join('');
}

/** The postings of an encoded list, in document order. */
export function decodePostings(encoded: string): Posting[] {
  const postings: Posting[] = [];
  let previous = -1;
  let i = 0;
  const readNumber = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const digit = DIGIT[encoded.charCodeAt(i++)] ?? -1;
      if (digit < 0) throw new Error(`corrupt posting list at character ${i - 1}`);
      value += (digit & 31) * scale;
      if (digit < 32) return value;
      scale *= 32;
    }
  };
  while (i < encoded.length) {
    const head = readNumber();
    const doc = previous + 1 + Math.floor(head / 8);
    const fields = head & 1 ? readNumber() : 0;
    postings.push({ doc, fields, bodyFrequency: (head >> 1) & 3 });
    previous = doc;
  }
  return postings;
}
