// Writes a deterministic synthetic corpus of N valid concepts, for benchmarks and scale tests.
// Usage: node scripts/generate-corpus.ts <out-dir> [count=1000] [seed=1]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { NODE_TYPES, RELATION_TYPES, type NodeType } from '../src/schema/concept.ts';
import { FRAMEWORKS, FRAMEWORK_KEYS } from '../src/schema/frameworks.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
function random(seed: number) {
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
          return { framework, identifier: pick(FRAMEWORKS[framework].examples), verified: rand() < 0.8 };
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
    // Bodies of about 300 words under the four headings authors use.
    const body = ['Why it matters', 'Low and high maturity', 'Worked example', 'Failure modes']
      .map((heading) => `## ${heading}\n\n${words(37)}.\n\n${words(37)}.\n`)
      .join('\n');
    writeFileSync(join(dir, `${concept.id}.mdx`), `---\n${stringify(frontmatter)}---\n${body}`);
  });
  return concepts.map((c) => c.id);
}

if (import.meta.main) {
  const [out = '.bench/corpus-1000', count = '1000', seed = '1'] = process.argv.slice(2);
  const ids = generateCorpus(out, Number(count), Number(seed));
  console.log(`wrote ${ids.length} concepts to ${out}/concepts`);
}
