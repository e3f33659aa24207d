// The content checks the dev server re-runs on every content change (validateContent(): read and
// parse every file, schemas, relations, paths, assessment model, synonyms), timed on the real
// content and on generated corpora of 150 and 1,000 concepts.
// Run alone: node scripts/bench/content.ts (or npm run bench -- content).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateContent } from '../../src/site/validate-content.ts';
import { generateCorpus } from '../generate-corpus.ts';

export interface ContentBench {
  corpus: string;
  concepts: number;
  problems: number;
  /** The first check of this corpus; for the first corpus of a process, module loading included. */
  firstMs: number;
  runsMs: number[];
  medianMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(corpus: string, dir: string | undefined, runs: number): ContentBench {
  const runsMs: number[] = [];
  let firstMs = 0;
  let concepts = 0;
  let problems = 0;
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    const report = validateContent(dir);
    const ms = performance.now() - started;
    if (run === 0) {
      firstMs = ms;
      concepts = report.concepts.length;
      problems = report.problems.length;
    } else runsMs.push(ms);
  }
  return { corpus, concepts, problems, firstMs, runsMs, medianMs: median(runsMs) };
}

export function benchContent(runs = 7, log: (line: string) => void = () => {}): ContentBench[] {
  const results: ContentBench[] = [];
  const real = time('real content', undefined, runs);
  log(`  content checks, real content: median ${real.medianMs.toFixed(0)} ms`);
  results.push(real);
  for (const count of [150, 1000]) {
    const dir = resolve(`.bench/corpus-content-${count}`);
    generateCorpus(dir, count, 1);
    const result = time(`generated ${count.toLocaleString('en')}`, dir, runs);
    log(`  content checks, ${count}: median ${result.medianMs.toFixed(0)} ms`);
    results.push(result);
  }
  return results;
}

export function contentTable(results: ContentBench[], runs: number): string {
  const rows = results.map((r) => `| ${r.corpus} | ${r.concepts} | ${r.medianMs.toFixed(0)} ms | ${r.runsMs.map((ms) => ms.toFixed(0)).join(', ')} |`);
  return [
    `Content checks as the dev server runs them on every change (validateContent(), median of ${runs} runs after a first one)`,
    '',
    '| corpus | concepts | check (median) | runs (ms) |',
    '|---|---:|---:|---|',
    ...rows,
    '',
    // Only the very first check pays for loading the modules; the dev server does it at start-up, in its worker.
    `First check in a fresh process (loading the modules included): ${results[0]!.firstMs.toFixed(0)} ms`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  console.log(contentTable(benchContent(runs, (line) => process.stderr.write(`${line}\n`)), runs));
}
