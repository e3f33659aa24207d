// Writes a deterministic synthetic corpus of N valid concepts, for benchmarks and scale tests.
// Usage: node scripts/generate-corpus.ts <out-dir> [count=1000] [seed=1]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { LOCK_FILE, modelHash, questionIds, readAssessmentModel } from '../src/assessment/read-model.ts';
import { NODE_TYPES, RELATION_TYPES, type NodeType } from '../src/schema/concept.ts';
import { FRAMEWORKS, FRAMEWORK_KEYS } from '../src/schema/frameworks.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'change incident problem asset configuration patch vulnerability identity access release deployment ' +
  'service request monitoring event continuity supplier risk control review approval owner baseline drift ' +
  'severity window exception evidence audit metric target trend board vote escalation runbook pipeline gate ' +
  'scanner finding exposure criticality downtime revenue penalty reputation recovery backup restore privilege ' +
  'revocation recertification onboarding offboarding catalogue template automation alert triage command ' +
  'communication stakeholder customer regulator contract obligation notification threshold latency coverage'
).split(' ');

/** English function words, most frequent first: about four words in ten of any prose. */
const FUNCTION_WORDS = (
  'the of and to a in is that for it as with be on by this are or an which from at not their they ' +
  'can when each its but has have was more than only so one who what into before after also every ' +
  'other both where how most all same any'
).split(' ');

/** Ranks 0..n of a Zipf–Mandelbrot law, as a cumulative table to draw from with one binary search. */
function zipfTable(n: number, s = 1.2, q = 2.7): Float64Array {
  const table = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) table[r] = sum += 1 / (r + q) ** s;
  for (let r = 0; r < n; r++) table[r]! /= sum;
  return table;
}

function draw(table: Float64Array, u: number): number {
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The content vocabulary of generated bodies: the domain words first (the most frequent), then
 * 40,000 pronounceable made-up words from a fixed seed. Real writing has a long tail of rare words,
 * and a hundred words repeated would flatter anything that indexes text, such as search. The Zipf
 * exponent (1.2) is set so that the first 84 generated bodies use about as many distinct words
 * (3,350) as the bodies of the 84 real concepts (3,400).
 */
const VOCABULARY: string[] = (() => {
  const rand = random(2026);
  const onsets = 'b c d f g h k l m n p r s t v w z br cr dr fl gr pl pr st tr'.split(' ');
  const vowels = 'a e i o u ai ea io'.split(' ');
  const codas = ['', '', '', 'n', 'r', 's', 'l', 'x', 'nt', 'st'];
  const seen = new Set(WORDS);
  const made: string[] = [];
  while (made.length < 40_000) {
    const syllables = 2 + Math.floor(rand() * 3);
    let word = '';
    for (let k = 0; k < syllables; k++) word += onsets[Math.floor(rand() * onsets.length)]! + vowels[Math.floor(rand() * vowels.length)]!;
    word += codas[Math.floor(rand() * codas.length)]!;
    if (seen.has(word)) continue;
    seen.add(word);
    made.push(word);
  }
  return [...WORDS, ...made];
})();
const VOCABULARY_ZIPF = zipfTable(VOCABULARY.length);
const FUNCTION_ZIPF = zipfTable(FUNCTION_WORDS.length, 1, 1);

/** Writes `n` words of prose-like text: sentences mixing function words and Zipf-drawn content words. */
export function prose(rand: () => number) {
  return (n: number) => {
    const out: string[] = [];
    let sentence = 0;
    let functionWord = false;
    for (let k = 0; k < n; k++) {
      // Never two function words in a row ("the the"), as in real sentences.
      functionWord = !functionWord && rand() < 0.6;
      let word = functionWord ? FUNCTION_WORDS[draw(FUNCTION_ZIPF, rand())]! : VOCABULARY[draw(VOCABULARY_ZIPF, rand())]!;
      if (sentence === 0) word = word[0]!.toUpperCase() + word.slice(1);
      sentence++;
      const last = k === n - 1;
      if (last || (sentence > 8 && rand() < 0.12)) {
        word += '.';
        sentence = 0;
      }
      out.push(word);
    }
    return out.join(' ');
  };
}

// Types weighted like a real control catalogue: mostly controls, some practices and metrics.
const TYPE_WEIGHTS: [NodeType, number][] = [
  ['control', 55], ['practice', 10], ['metric', 10], ['role', 6], ['governance', 5], ['capability', 5],
  ['framework', 3], ['program', 3], ['boundary', 3],
];

export function generateCorpus(outDir: string, count: number, seed = 1): string[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const totalWeight = TYPE_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const pickType = (): NodeType => {
    let r = rand() * totalWeight;
    for (const [type, weight] of TYPE_WEIGHTS) if ((r -= weight) < 0) return type;
    return 'control';
  };

  const dir = join(outDir, 'concepts');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const concepts = Array.from({ length: count }, (_, i) => ({ id: `concept-${String(i).padStart(5, '0')}`, type: i < NODE_TYPES.length ? NODE_TYPES[i]! : pickType() }));
  const boundaries = concepts.filter((c) => c.type === 'boundary');

  concepts.forEach((concept, i) => {
    // About 2.5 relations per concept, to earlier concepts so ids always exist.
    const relations: Record<string, string[]> = {};
    const relationCount = i === 0 ? 0 : 2 + (rand() < 0.5 ? 1 : 0);
    for (let r = 0; r < relationCount; r++) {
      const type = pick(RELATION_TYPES);
      const target = concepts[Math.floor(rand() * i)]!.id;
      if (!relations[type]?.includes(target)) (relations[type] ??= []).push(target);
    }
    const mappings = concept.type === 'control'
      ? [1, 2].map(() => {
          const framework = pick(FRAMEWORK_KEYS);
          return { framework, identifier: pick(FRAMEWORKS[framework].examples), relationship: rand() < 0.8 ? 'intersects-with' : 'subset-of' };
        })
      : [];
    const frontmatter = {
      title: `${words(3)} ${i}`.replace(/^\w/, (c) => c.toUpperCase()),
      type: concept.type,
      summary: `${words(14)}.`.replace(/^\w/, (c) => c.toUpperCase()),
      aliases: [`alias ${i}`],
      tags: [pick(WORDS), pick(WORDS)],
      is: [`${words(8)}.`],
      isNot: boundaries.length > 0 && rand() < 0.3 ? [{ text: `${words(6)}.`, boundary: pick(boundaries).id }] : [`${words(6)}.`],
      relations,
      mappings,
      ...(concept.type === 'metric' ? { measure: { formula: `${words(3)} ÷ ${words(2)}`, unit: 'percent', direction: 'higher-is-better', source: 'ITSM records' } } : {}),
      ...(concept.type === 'boundary' ? { boundary: { tempting: `${words(8)}.`, instead: `${words(8)}.` } } : {}),
      updated: '2026-11-23',
    };
    // Bodies of about 300 words under the four headings authors use, written as prose (see
    // `prose`); a stream of their own, so the frontmatter does not depend on how bodies are drawn.
    const body = proseBody(seed, i);
    writeFileSync(join(dir, `${concept.id}.mdx`), `---\n${stringify(frontmatter)}---\n${body}`);
  });
  writeAssessmentModel(outDir, concepts, random(seed * 7919 + 1));
  return concepts.map((c) => c.id);
}

/** The body of generated page `i`: about 300 words of prose under the four headings authors use. */
export function proseBody(seed: number, i: number): string {
  const write = prose(random(seed * 1_000_003 + i));
  return ['Why it matters', 'Low and high maturity', 'Worked example', 'Failure modes']
    .map((heading) => `## ${heading}\n\n${write(37)}\n\n${write(37)}\n`)
    .join('\n');
}

const REAL_CONTENT = new URL('../content/', import.meta.url);

/**
 * Copies the real maturity model (model.yaml and dimensions/*.yaml) into the corpus, with every
 * concept link remapped to a generated concept of the same type (warning boundaries to generated
 * `boundary` concepts), so `/assess/`, next steps and the "explained by" links work at scale. It
 * is released as modelVersion 1 without migrations: a generated corpus has no scorecards in the
 * wild, and its versions.json is written from the model itself so the build's lock check passes.
 */
function writeAssessmentModel(outDir: string, concepts: readonly { id: string; type: NodeType }[], rand: () => number) {
  const realDir = new URL('assessment/', REAL_CONTENT);
  const realTypes = new Map<string, string>();
  const conceptsDir = new URL('concepts/', REAL_CONTENT);
  for (const file of readdirSync(conceptsDir)) {
    const type = /^type:\s*(\S+)/m.exec(readFileSync(new URL(file, conceptsDir), 'utf8'))?.[1];
    if (type) realTypes.set(file.replace(/\.mdx?$/, ''), type);
  }
  // Each real id maps to one generated concept of its type, drawn without replacement while the
  // type lasts, so distinct real links stay distinct and links spread over the whole corpus.
  const pools = new Map<string, { id: string; type: NodeType }[]>();
  for (const c of concepts) (pools.get(c.type) ?? pools.set(c.type, []).get(c.type)!).push(c);
  const used = new Map<string, Set<string>>();
  const mapped = new Map<string, string>();
  const remap = (realId: string): string => {
    const known = mapped.get(realId);
    if (known) return known;
    const type = realTypes.get(realId) ?? 'practice';
    const pool = pools.get(type) ?? [...concepts];
    const taken = used.get(type) ?? used.set(type, new Set()).get(type)!;
    const free = pool.filter((c) => !taken.has(c.id));
    const choice = (free.length > 0 ? free : pool)[Math.floor(rand() * (free.length > 0 ? free.length : pool.length))]!.id;
    taken.add(choice);
    mapped.set(realId, choice);
    return choice;
  };
  const remapAll = (ids: string[]) => [...new Set(ids.map(remap))];

  const model = parse(readFileSync(new URL('model.yaml', realDir), 'utf8'));
  model.modelVersion = 1;
  delete model.migrations;
  for (const warning of model.warnings ?? []) warning.boundary = remap(warning.boundary);
  if (model.perceptionGap) {
    model.perceptionGap.concepts = remapAll(model.perceptionGap.concepts);
    for (const [dimension, ids] of Object.entries(model.perceptionGap.byDimension ?? {})) model.perceptionGap.byDimension[dimension] = remapAll(ids as string[]);
  }
  const assessmentDir = join(outDir, 'assessment');
  mkdirSync(join(assessmentDir, 'dimensions'), { recursive: true });
  writeFileSync(join(assessmentDir, 'model.yaml'), `# Generated from content/assessment with links remapped to generated concepts.\n${stringify(model, { lineWidth: 0 })}`);
  for (const id of model.dimensions as string[]) {
    const dimension = parse(readFileSync(new URL(`dimensions/${id}.yaml`, realDir), 'utf8'));
    dimension.concepts = remapAll(dimension.concepts);
    for (const question of dimension.questions) question.concepts = remapAll(question.concepts);
    writeFileSync(join(assessmentDir, 'dimensions', `${id}.yaml`), stringify(dimension, { lineWidth: 0 }));
  }
  // Release the model as it is: the same fingerprint and question ids `npm run lock-model` records.
  const { model: assembled, problems } = readAssessmentModel(assessmentDir, concepts, outDir);
  const blocking = problems.filter((p) => !(p.field === 'modelVersion' && p.message.includes('is not recorded')));
  if (!assembled || blocking.length > 0) throw new Error(`generated assessment model is invalid: ${JSON.stringify(blocking.slice(0, 3))}`);
  const lock = { [String(assembled.modelVersion)]: { hash: modelHash(assembled), questions: questionIds(assembled) } };
  writeFileSync(join(assessmentDir, LOCK_FILE), `${JSON.stringify(lock, null, 2)}\n`);
}

if (import.meta.main) {
  const [out = '.bench/corpus-1000', count = '1000', seed = '1'] = process.argv.slice(2);
  const ids = generateCorpus(out, Number(count), Number(seed));
  console.log(`wrote ${ids.length} concepts to ${out}/concepts`);
}
