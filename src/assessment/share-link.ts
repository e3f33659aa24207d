import type { AnswerValue } from '../schema/assessment.ts';
import { SCORECARD_FORMAT, SCORECARD_MAX_BYTES, SCORECARD_VERSION, type Scorecard } from '../schema/scorecard.ts';

/**
 * A scorecard in a URL fragment (`#v1.<base64url>`): the fragment never reaches a server. To
 * stay short, answers are one character each in the model version's question order (which
 * `versions.json` keeps for every released version), targets one digit per dimension, and
 * the whole is deflated with CompressionStream. Opening a link rebuilds an ordinary scorecard
 * file's text, so it goes through exactly the same checks as an imported file.
 */

export const SHARE_PREFIX = 'v1.';
/** Links longer than this may be cut by mail clients and chat apps. */
export const SHARE_LINK_COMFORT = 2000;

const CODES: Record<string, AnswerValue> = { '0': 0, '1': 1, '2': 2, '3': 3, '4': 4, n: 'na', u: 'unknown' };
const codeOf = (value: AnswerValue | undefined) => (value === undefined ? '-' : value === 'na' ? 'n' : value === 'unknown' ? 'u' : String(value));

interface Packed {
  m: number;
  o: string;
  t: string;
  a: string;
  d: string;
  /** One character per question: 0–4, n (not applicable), u (don't know), - (unanswered). */
  s: string;
  /** Targets, one digit per dimension in model order. */
  g: string;
  /** Notes by question index. */
  n?: Record<string, string>;
  /** Perspective, when not joint. */
  p?: string;
  /** Evidence by question index, each item as [title, ref, owner, collected, reviewBy]; only when the user includes it. */
  e?: Record<string, string[][]>;
}

/** Dimension ids in order, from question ids prefixed `<dimension>.`. */
const dimensionsOf = (questions: readonly string[]) => [...new Set(questions.map((id) => id.slice(0, id.indexOf('.'))))];

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // A tiny link may inflate to gigabytes: stop reading past the size of any real scorecard.
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment (without `#`) for a scorecard; `questions` is its model version's question order. */
export async function encodeShareFragment(scorecard: Scorecard, questions: readonly string[], { notes = true, evidence = false } = {}): Promise<string> {
  const packed: Packed = {
    m: scorecard.modelVersion,
    o: scorecard.organization,
    t: scorecard.team,
    a: scorecard.assessor,
    d: scorecard.date,
    s: questions.map((id) => codeOf(scorecard.answers[id]?.value)).join('').replace(/-+$/, ''),
    g: dimensionsOf(questions).map((id) => scorecard.targets[id] ?? 0).join(''),
  };
  if (scorecard.perspective !== 'joint') packed.p = scorecard.perspective;
  if (notes) {
    const withNotes = questions.map((id, i) => [String(i), scorecard.answers[id]?.note] as const).filter(([, note]) => note);
    if (withNotes.length) packed.n = Object.fromEntries(withNotes) as Record<string, string>;
  }
  // Evidence names links and people: it travels only when the user ticks "include evidence".
  if (evidence) {
    const withEvidence = questions.map((id, i) => [String(i), scorecard.answers[id]?.evidence] as const).filter(([, items]) => items?.length);
    if (withEvidence.length) packed.e = Object.fromEntries(withEvidence.map(([i, items]) => [i, items!.map((item) => [item.title, item.ref, item.owner, item.collected ?? '', item.reviewBy ?? ''])]));
  }
  const deflated = await pipe(new TextEncoder().encode(JSON.stringify(packed)), new CompressionStream('deflate-raw'));
  return SHARE_PREFIX + toBase64Url(deflated);
}

function unpackEvidence(item: unknown) {
  if (!Array.isArray(item)) return item;
  const [title, ref, owner, collected, reviewBy] = item as unknown[];
  return { title, ref, owner, ...(collected ? { collected } : {}), ...(reviewBy ? { reviewBy } : {}) };
}

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Turns a fragment back into scorecard file text (results left empty: the reader recomputes
 * them), or says why it cannot. `questionsOf` gives each released version's question order.
 */
export async function decodeShareFragment(fragment: string, questionsOf: ReadonlyMap<number, readonly string[]>): Promise<DecodeResult> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(SHARE_PREFIX)) {
    const version = /^v(\d+)\./.exec(body)?.[1];
    return { ok: false, error: version ? `This link was made by a newer Converge (link format ${version}); open it on an up-to-date Converge site.` : 'This link holds no scorecard: it may have been cut short when it was copied.' };
  }
  let packed: Partial<Packed>;
  try {
    const bytes = await pipe(fromBase64Url(body.slice(SHARE_PREFIX.length)), new DecompressionStream('deflate-raw'), SCORECARD_MAX_BYTES);
    packed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Partial<Packed>;
  } catch {
    return { ok: false, error: 'This link is damaged and cannot be read: it may have been cut short or changed when it was copied. Ask for the link again, or for the scorecard file.' };
  }
  if (typeof packed !== 'object' || packed === null) return { ok: false, error: 'This link is damaged and cannot be read.' };
  const questions = typeof packed.m === 'number' ? questionsOf.get(packed.m) : undefined;
  if (!questions) {
    return { ok: false, error: `This link names model version ${String(packed.m).slice(0, 20)}, which this site does not have. Open it on an up-to-date Converge site.` };
  }
  const answers: Scorecard['answers'] = {};
  const codes = typeof packed.s === 'string' ? packed.s : '';
  const notes = typeof packed.n === 'object' && packed.n !== null ? packed.n : {};
  const evidence = typeof packed.e === 'object' && packed.e !== null ? packed.e : {};
  questions.forEach((id, i) => {
    const value = CODES[codes[i] ?? '-'];
    const note = Object.hasOwn(notes, String(i)) ? notes[String(i)] : undefined;
    // Whatever the link holds goes to the reader's schema check as it is: a bad item is refused there.
    const items = Object.hasOwn(evidence, String(i)) && Array.isArray(evidence[String(i)]) ? evidence[String(i)]!.map(unpackEvidence) : undefined;
    if (value !== undefined || note !== undefined || items) answers[id] = { ...(value !== undefined && { value }), ...(note !== undefined && { note }), ...(items && { evidence: items as never }) };
  });
  const dimensions = dimensionsOf(questions);
  const digits = typeof packed.g === 'string' ? packed.g : '';
  const targets = Object.fromEntries(dimensions.map((id, i) => [id, Number(digits[i] ?? 0)]));
  const scorecard = {
    format: SCORECARD_FORMAT,
    version: SCORECARD_VERSION,
    modelVersion: packed.m,
    organization: packed.o,
    team: packed.t,
    assessor: packed.a,
    perspective: packed.p ?? 'joint',
    date: packed.d,
    answers,
    targets,
    results: { score: null, level: null, weakest: null, completion: 0, uncertainty: 0, dimensions: [] },
  };
  return { ok: true, text: JSON.stringify(scorecard) };
}
