import type { Scorecard } from '../../src/schema/scorecard.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same hostile inputs on every run. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

export const MARKUP = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '"><svg onload=window.pwned=1>',
  '<a href="javascript:window.pwned=1">x</a>',
  '{{constructor.constructor("window.pwned=1")()}}',
  '=HYPERLINK("http://evil.example")',
];
export const UNICODE = ['\u202Egnp.exe', '\u0000', '\uD800', '\uDFFF', 'e\u0301', '👩🏽‍💻', '\u200B\u200D', 'ﷺ', '\uFEFF', '𝕮𝖔𝖓𝖛𝖊𝖗𝖌𝖊'];
const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

type Mutation = (card: Record<string, unknown>, rand: ReturnType<typeof seeded>) => string;

const text = (rand: ReturnType<typeof seeded>) => rand.pick([...MARKUP, ...UNICODE, rand.pick(MARKUP) + rand.pick(UNICODE)]);
const anyValue = (rand: ReturnType<typeof seeded>): unknown => rand.pick([null, true, 0, -1, 1e308, NaN, 'x', [], {}, [1, 2], { a: 1 }, text(rand)]);
/** Nesting written as text: building it as objects would overflow the generator's own stack. */
const deep = (depth: number) => `${'[{"a":'.repeat(depth)}0${'}]'.repeat(depth)}`;
function setAtRandom(card: Record<string, unknown>, rand: ReturnType<typeof seeded>, value: unknown) {
  const fields = ['format', 'version', 'modelVersion', 'organization', 'team', 'assessor', 'date', 'answers', 'targets', 'results', 'perspective'];
  card[rand.pick(fields)] = value;
}

/** The classes of damage a file from someone else can carry; each returns the file's text. */
export const MUTATIONS: Record<string, Mutation> = {
  truncated: (card, rand) => {
    const json = JSON.stringify(card);
    return json.slice(0, rand.int(json.length));
  },
  wrongType: (card, rand) => {
    setAtRandom(card, rand, anyValue(rand));
    return JSON.stringify(card);
  },
  wrongAnswerType: (card, rand) => {
    const answers = card['answers'] as Record<string, unknown>;
    const ids = Object.keys(answers);
    answers[rand.pick(ids)] = rand.pick([{ value: anyValue(rand) }, { note: anyValue(rand) }, anyValue(rand), { value: 2, extra: 1 }]);
    return JSON.stringify(card);
  },
  hugeString: (card, rand) => {
    card[rand.pick(['organization', 'team', 'assessor'])] = 'A'.repeat(rand.pick([201, 5_000, 300_000, 1_100_000]));
    return JSON.stringify(card);
  },
  deepNesting: (card, rand) => {
    const field = rand.pick(['organization', 'answers', 'targets', 'results', 'extra']);
    card[field] = '@@DEEP@@';
    return JSON.stringify(card).replace('"@@DEEP@@"', deep(rand.pick([100, 5_000, 50_000])));
  },
  prototypeKeys: (card, rand) => {
    const json = JSON.stringify(card);
    const key = rand.pick(KEYS);
    const payload = `"${key}":{"polluted":true,"prototype":{"polluted":true}},`;
    // Inject at the top level, or inside answers or targets.
    const at = rand.pick(['{', '"answers":{', '"targets":{']);
    return json.replace(at, `${at}${payload}`);
  },
  markupEverywhere: (card, rand) => {
    for (const field of ['organization', 'team', 'assessor']) card[field] = text(rand);
    for (const answer of Object.values(card['answers'] as Record<string, { note?: string }>)) answer.note = text(rand);
    return JSON.stringify(card);
  },
  unicode: (card, rand) => {
    card['organization'] = Array.from({ length: 5 }, () => rand.pick(UNICODE)).join('');
    return JSON.stringify(card).replace(/"team":"[^"]*"/, `"team":"${rand.pick(['\\ud800', '\\u0000', '\\u202e'])}"`);
  },
  futureVersion: (card, rand) => {
    card[rand.pick(['version', 'modelVersion'])] = rand.pick([7, 99, 2 ** 31, 1.5, -1, 0]);
    return JSON.stringify(card);
  },
  notAScorecard: (_card, rand) => rand.pick(['', 'null', '[]', '"scorecard"', '{}', '{"format":"converge-graph","version":1}', '<html><script>window.pwned=1</script>', '\u0000\u0001', 'true']),
};

/** `count` hostile scorecard texts derived from a valid one, cycling through every mutation. */
export function hostileScorecards(valid: Scorecard, count: number, seed = 20261123): { kind: string; text: string }[] {
  const rand = seeded(seed);
  const kinds = Object.keys(MUTATIONS);
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    return { kind, text: MUTATIONS[kind]!(structuredClone(valid) as unknown as Record<string, unknown>, rand) };
  });
}
