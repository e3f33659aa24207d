// Search speed and weight on generated corpora: the median time of a fixed list of queries
// against the index the build publishes, the cost of opening it, and its transfer size. Run by
// `npm run bench`, or alone with `node scripts/bench/search.ts`.
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import Fuse from 'fuse.js';
import { generateCorpus } from '../generate-corpus.ts';
import { openSearchIndex } from '../../src/search/open-index.ts';
import { search } from '../../src/search/query.ts';
import { readSearchDocuments } from '../../src/site/read-documents.ts';
import { buildSearchIndex } from '../../src/search/search-index.ts';

/**
 * What readers type, against the generated corpus's words: single words and phrases, typos,
 * framework identifiers in several shapes, an alias, and a rare word (the generator's made-up
 * words stand for the long tail of real vocabulary).
 */
export const SEARCH_QUERIES = [
  'change', 'vulnerability', 'incident escalation', 'privilege', 'supplier contract',
  'patch window exception', 'audit evidence', 'recovery backup restore', 'runbook automation pipeline gate',
  'notification threshold latency', 'vulnerabilty', 'chnage aproval', 'escalaton', 'recertificaton',
  'offbaording', 'CM-3', '8.32', 'CC8.1', 'AC-2(4)', 'PR.PS-01', 'alias 42', 'fladrel',
];

export interface SearchBench {
  concepts: number;
  terms: number;
  index: { raw: number; gzip: number };
  /** JSON.parse plus openSearchIndex, as the browser does on first search. */
  openMs: number;
  /** Median over the queries of each query's median time. */
  medianQueryMs: number;
  slowestQueryMs: number;
  perQueryMs: Record<string, number>;
  /** Fuse.js over whole documents, bodies included: what the index replaces. */
  naiveMedianQueryMs?: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Builds the index of a generated corpus of `concepts` and times the query list `runs` times. */
export function benchSearch(concepts: number, { runs = 9, naive = false, dir = resolve(`.bench/corpus-${concepts}`) } = {}): SearchBench {
  generateCorpus(dir, concepts, 1);
  const documents = readSearchDocuments(dir);
  const json = JSON.stringify(buildSearchIndex(documents));
  let index = openSearchIndex(JSON.parse(json));
  const openMs = median(Array.from({ length: 3 }, () => time(() => (index = openSearchIndex(JSON.parse(json))))));
  // One pass to warm the JIT and the lazily decoded posting lists, as a reader's first keystrokes would.
  for (const query of SEARCH_QUERIES) search(index, query);
  const samples = new Map<string, number[]>(SEARCH_QUERIES.map((q) => [q, []]));
  for (let run = 0; run < runs; run++) {
    for (const query of SEARCH_QUERIES) samples.get(query)!.push(time(() => search(index, query)));
  }
  const perQueryMs = Object.fromEntries([...samples].map(([query, times]) => [query, median(times)]));
  const result: SearchBench = {
    concepts,
    terms: index.terms.length,
    index: { raw: Buffer.byteLength(json), gzip: gzipSync(json).length },
    openMs,
    medianQueryMs: median(Object.values(perQueryMs)),
    slowestQueryMs: Math.max(...Object.values(perQueryMs)),
    perQueryMs,
  };
  if (naive) {
    // Fuse's default options, under which it scores matches near the start of each field best
    // (with ignoreLocation it is five times slower still).
    const fuse = new Fuse(documents, { keys: ['title', 'aliases', 'tags', 'summary', 'body'] });
    // Six queries, once each: at 5,000 concepts every one takes about a second.
    result.naiveMedianQueryMs = median(SEARCH_QUERIES.slice(0, 6).map((query) => time(() => fuse.search(query, { limit: 20 }))));
  }
  return result;
}

/** The Markdown table `npm run bench` prints. */
export function searchTable(results: SearchBench[]): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  const ms = (x: number | undefined) => (x === undefined ? '–' : `${x.toFixed(1)} ms`);
  return [
    `Search (generated corpora, 300-word bodies; ${SEARCH_QUERIES.length} queries including typos and identifiers; median of per-query medians)`,
    '',
    '| concepts | terms | index (raw / gzip) | open index | median query | slowest query | naive Fuse.js over whole documents |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.concepts} | ${r.terms} | ${kb(r.index.raw)} / ${kb(r.index.gzip)} | ${ms(r.openMs)} | ${ms(r.medianQueryMs)} | ${ms(r.slowestQueryMs)} | ${ms(r.naiveMedianQueryMs)} |`),
  ].join('\n');
}

if (import.meta.main) {
  const results = [1000, 5000].map((n) => benchSearch(n, { naive: !process.argv.includes('--no-naive') }));
  console.log(searchTable(results));
}
