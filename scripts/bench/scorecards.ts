// npm run bench -- scorecards: 1,000 generated scorecards (seeded, so the same files every run),
// read by the engine in Chromium the way the aggregate and timeline pages read them (parse,
// validate, migrate, score, then aggregate or build the timeline), and loaded into both pages
// through their file inputs, timed until the page shows the result. Medians of several runs.
import type { Browser } from 'playwright-core';
import { build } from 'esbuild';
import { generateScorecards } from '../../test/support/generated-scorecards.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The engine's reading functions as one script for a blank page: the same code the pages bundle. */
async function engineBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        "import { readTimelineScorecard, buildTimeline } from './src/assessment/timeline.ts';",
        "import { aggregateScorecards } from './src/assessment/aggregate.ts';",
        'globalThis.engine = { readTimelineScorecard, buildTimeline, aggregateScorecards };',
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

export interface ScorecardsBench {
  count: number;
  /** Parse, validate, migrate and score every file, then aggregate them / build the timeline, in Chromium; ms per run. */
  engineMs: { aggregate: number[]; timeline: number[] };
  /** From the file input's change event to the first frame after the page shows the result; ms per run. */
  pageMs: { aggregate: number[]; timeline: number[] };
}

/** Engine runs on a blank page (no page code in the way), then page runs on the built site at `url`. */
export async function benchScorecards(browser: Browser, url: string, data: unknown, runs: number, count = 1000): Promise<ScorecardsBench> {
  const sets = { aggregate: generateScorecards(count, count), timeline: generateScorecards(count, 1) };
  const bench: ScorecardsBench = { count, engineMs: { aggregate: [], timeline: [] }, pageMs: { aggregate: [], timeline: [] } };
  const bundle = await engineBundle();
  for (let run = 0; run < runs; run++) {
    for (const kind of ['aggregate', 'timeline'] as const) {
      const page = await browser.newPage();
      await page.addScriptTag({ content: bundle });
      const ms = await page.evaluate(
        ({ data, texts, kind }) => {
          type Engine = { readTimelineScorecard: Function; buildTimeline: Function; aggregateScorecards: Function };
          const engine = (globalThis as unknown as { engine: Engine }).engine;
          const { model, versions } = data as { model: unknown; versions: Record<string, string[]> };
          const started = performance.now();
          const questionsOf = new Map(Object.entries(versions).map(([v, ids]) => [Number(v), ids]));
          const read = texts.map(([name, text]) => engine.readTimelineScorecard(text, name, model, questionsOf)) as { ok: boolean }[];
          if (read.some((r) => !r.ok)) throw new Error('a generated scorecard was refused');
          if (kind === 'aggregate') engine.aggregateScorecards(model, read);
          else engine.buildTimeline(model, read);
          return performance.now() - started;
        },
        { data, texts: sets[kind], kind },
      );
      bench.engineMs[kind].push(ms);
      await page.close();
      bench.pageMs[kind].push(await pageRun(browser, `${url}${kind}/`, kind, sets[kind]));
      process.stderr.write(`  scorecards ${kind} ${run + 1}/${runs}: engine ${ms.toFixed(0)} ms, page ${bench.pageMs[kind].at(-1)!.toFixed(0)} ms\n`);
    }
  }
  return bench;
}

/** Loads the files into the page's file input and times, in the page, from the change event to the first frame showing the result. */
async function pageRun(browser: Browser, url: string, kind: 'aggregate' | 'timeline', files: [string, string][]): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.waitForSelector(`[data-scorecard-${kind}].js`);
  const done = kind === 'aggregate' ? `${files.length} scorecards loaded and aggregated.` : `${files.length} scorecards loaded; the timeline shows ${files.length}.`;
  const timing = page.evaluate(
    ({ kind, done }) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>(`#${kind}-files`)!;
        const status = document.querySelector<HTMLElement>(`#${kind}-status`)!;
        let started = 0;
        // Capture phase on the window: runs before the island's own listener on the input.
        addEventListener('change', () => (started = performance.now()), { capture: true, once: true });
        new MutationObserver(() => {
          if (status.textContent !== done) return;
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
        }).observe(status, { childList: true, characterData: true, subtree: true });
        setTimeout(() => reject(new Error(`${kind}: the page did not show “${done}” within 60 s; it shows “${status.textContent}”`)), 60_000);
        input.dataset.waiting = 'true';
      }),
    { kind, done },
  );
  await page.waitForSelector(`#${kind}-files[data-waiting]`);
  await page.setInputFiles(`#${kind}-files`, files.map(([name, text]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));
  const ms = await timing;
  await page.close();
  return ms;
}

/** The table for the console and the README. */
export function scorecardsTable(b: ScorecardsBench, runs: number): string {
  const verdict = (ms: number) => (ms < 1000 ? 'met' : 'MISSED');
  const row = (kind: 'aggregate' | 'timeline', label: string) =>
    `| ${label} | ${median(b.engineMs[kind]).toFixed(0)} ms | ${median(b.pageMs[kind]).toFixed(0)} ms | ${b.engineMs[kind].map((m) => m.toFixed(0)).join(', ')} / ${b.pageMs[kind].map((m) => m.toFixed(0)).join(', ')} ms | ${verdict(median(b.engineMs[kind]))} |`;
  return [
    `${b.count.toLocaleString('en')} generated scorecards in headless Chromium (median of ${runs} runs; a third each answered against model versions 1, 2 and 3)`,
    '',
    '| page | parse + validate + migrate + score + aggregate/timeline | change event to result on screen | runs (engine / page) | under 1 s |',
    '|---|---:|---:|---|---|',
    row('aggregate', '/aggregate/ (1,000 teams)'),
    row('timeline', '/timeline/ (one team, 1,000 dates)'),
  ].join('\n');
}
