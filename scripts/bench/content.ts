// The content checks the dev server re-runs on every content change (validateContent(): read and
// parse every file, schemas, relations, paths, assessment model, synonyms), timed on the real
// content and on generated corpora of 150 and 1,000 concepts.
// Run alone: node scripts/bench/content.ts (or npm run bench -- content).
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join, resolve } from 'node:path';
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

export interface DevLatency {
  corpus: string;
  concepts: number;
  /** Save of a broken relation → the problem printed by the dev server. */
  brokenMs: number[];
  /** Save of the fix → "Content problems fixed" printed. */
  fixedMs: number[];
}

/** A port no one listens on, picked by the system. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Adds a relation to a concept that does not exist, in the first relation list of the file. */
function breakRelation(text: string): string {
  const start = text.indexOf('\nrelations:\n');
  if (start < 0) return text;
  const end = text.slice(start + 1).search(/\n\S/) + start + 1; // the next top-level key
  const block = text.slice(start, end).replace(/\n( {2}\w+:)(?: \[|\n {4}- )/, (match, key) => (match.endsWith('[') ? `\n${key} [no-such-thing-zz, ` : `\n${key}\n    - no-such-thing-zz\n    - `));
  return text.slice(0, start) + block + text.slice(end);
}

/**
 * The whole loop an author sees: `astro dev` on a copy of the corpus, a concept file saved with a
 * broken relation, and the time until the terminal names it; then the fix, until it says fixed.
 */
export async function benchDevLatency(corpus: string, source: string, concepts: number, conceptFile: string, runs = 5): Promise<DevLatency> {
  const copy = resolve(`.bench/dev-${concepts}`);
  rmSync(copy, { recursive: true, force: true });
  cpSync(source, copy, { recursive: true });
  const file = join(copy, 'concepts', conceptFile);
  const original = readFileSync(file, 'utf8');
  const broken = breakRelation(original);
  if (broken === original) throw new Error(`no relation to break in ${file}`);
  const bin = resolve('node_modules/.bin');
  const server = spawn(join(bin, 'astro'), ['dev', '--port', String(await freePort()), '--host', '127.0.0.1'], {
    detached: true,
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, CONVERGE_CONTENT_DIR: copy, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  const waitFor = async (pattern: RegExp, from: number, ms = 60_000) => {
    const end = Date.now() + ms;
    while (!pattern.test(log.slice(from))) {
      if (Date.now() > end) throw new Error(`dev server: ${pattern} not seen within ${ms} ms:\n${log.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const result: DevLatency = { corpus, concepts, brokenMs: [], fixedMs: [] };
  try {
    await waitFor(/ready in/, 0, 180_000);
    await new Promise((r) => setTimeout(r, 3000)); // let the start-up work (content sync, the worker's first check) settle
    for (let run = 0; run < runs; run++) {
      for (const [text, pattern, into] of [[broken, /no-such-thing-zz" names no concept/, result.brokenMs], [original, /Content problems fixed/, result.fixedMs]] as const) {
        const mark = log.length;
        const started = performance.now();
        writeFileSync(file, text);
        await waitFor(pattern, mark);
        into.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(copy, { recursive: true, force: true });
  }
  return result;
}

export function devLatencyTable(results: DevLatency[]): string {
  const runs = (xs: number[]) => xs.map((ms) => ms.toFixed(0)).join(', ');
  return [
    'In `astro dev`: a concept file saved, until the terminal names the broken relation, or says the problems are fixed (100 ms of it is the wait for a burst of file events to end)',
    '',
    '| corpus | concepts | save → problem printed (median) | runs (ms) | save → "fixed" printed (median) | runs (ms) |',
    '|---|---:|---:|---|---:|---|',
    ...results.map((r) => `| ${r.corpus} | ${r.concepts} | ${median(r.brokenMs).toFixed(0)} ms | ${runs(r.brokenMs)} | ${median(r.fixedMs).toFixed(0)} ms | ${runs(r.fixedMs)} |`),
  ].join('\n');
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

/** The checks timed in this process, then the dev server's save-to-terminal loop at 84 (real) and 1,000 concepts. */
export async function benchContentAll(runs: number, log: (line: string) => void) {
  const checks = benchContent(runs, log);
  const dev: DevLatency[] = [];
  for (const [corpus, source, concepts, file] of [
    ['real content', resolve('content'), checks[0]!.concepts, 'change-enablement.mdx'],
    ['generated 1,000', resolve('.bench/corpus-content-1000'), 1000, 'concept-00010.mdx'],
  ] as const) {
    const result = await benchDevLatency(corpus, source, concepts, file);
    log(`  dev server, ${corpus}: save → problem ${median(result.brokenMs).toFixed(0)} ms, save → fixed ${median(result.fixedMs).toFixed(0)} ms`);
    dev.push(result);
  }
  return { checks, dev, text: `${contentTable(checks, runs)}\n\n${devLatencyTable(dev)}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  console.log((await benchContentAll(runs, (line) => process.stderr.write(`${line}\n`))).text);
}
