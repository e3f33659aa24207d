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
        "import { readScorecard } from './src/assessment/scorecard.ts';",
        "import { readTimelineScorecard, buildTimeline } from './src/assessment/timeline.ts';",
        "import { aggregateScorecards } from './src/assessment/aggregate.ts';",
        'globalThis.engine = { readScorecard, readTimelineScorecard, buildTimeline, aggregateScorecards };',
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

type Kind = 'aggregate' | 'timeline';
type PerKind = Record<Kind, number[]>;

export interface ScorecardsBench {
  count: number;
  /** Parse, validate, migrate and score every file in Chromium (readScorecard for the aggregate's set, readTimelineScorecard for the timeline's); ms per run. */
  readMs: PerKind;
  /** Then aggregate them / build the timeline; ms per run. */
  stepMs: PerKind;
  /** From the file input's change event to the first frame after the page shows the result; ms per run. */
  pageMs: PerKind;
  /** The longest main-thread task from the change event until the result is on screen; ms per run. */
  longestTaskMs: PerKind;
}

/** Engine runs on a blank page (no page code in the way), then page runs on the built site at `url`. */
export async function benchScorecards(browser: Browser, url: string, data: unknown, runs: number, count = 1000): Promise<ScorecardsBench> {
  const sets = { aggregate: generateScorecards(count, count), timeline: generateScorecards(count, 1) };
  const perKind = (): PerKind => ({ aggregate: [], timeline: [] });
  const bench: ScorecardsBench = { count, readMs: perKind(), stepMs: perKind(), pageMs: perKind(), longestTaskMs: perKind() };
  const bundle = await engineBundle();
  for (let run = 0; run < runs; run++) {
    for (const kind of ['aggregate', 'timeline'] as const) {
      const page = await browser.newPage();
      await page.addScriptTag({ content: bundle });
      const engine = await page.evaluate(
        ({ data, texts, kind }) => {
          type Engine = { readScorecard: Function; readTimelineScorecard: Function; buildTimeline: Function; aggregateScorecards: Function };
          const engine = (globalThis as unknown as { engine: Engine }).engine;
          const { model, versions } = data as { model: unknown; versions: Record<string, string[]> };
          const started = performance.now();
          const questionsOf = new Map(Object.entries(versions).map(([v, ids]) => [Number(v), ids]));
          const read = texts.map(([name, text]) => (kind === 'aggregate' ? engine.readScorecard(text, model, questionsOf) : engine.readTimelineScorecard(text, name, model, questionsOf))) as { ok: boolean }[];
          const readAt = performance.now();
          if (read.some((r) => !r.ok)) throw new Error('a generated scorecard was refused');
          if (kind === 'aggregate') engine.aggregateScorecards(model, read);
          else engine.buildTimeline(model, read);
          return { read: readAt - started, step: performance.now() - readAt };
        },
        { data, texts: sets[kind], kind },
      );
      bench.readMs[kind].push(engine.read);
      bench.stepMs[kind].push(engine.step);
      await page.close();
      const onPage = await pageRun(browser, `${url}${kind}/`, kind, sets[kind]);
      bench.pageMs[kind].push(onPage.ms);
      bench.longestTaskMs[kind].push(onPage.longestTask);
      process.stderr.write(`  scorecards ${kind} ${run + 1}/${runs}: read ${engine.read.toFixed(0)} ms, ${kind} ${engine.step.toFixed(0)} ms, page ${onPage.ms.toFixed(0)} ms (longest task ${onPage.longestTask.toFixed(0)} ms)\n`);
    }
  }
  return bench;
}

/**
 * Loads the files into the page's file input and times, in the page, from the change event to
 * the first frame showing the result; with the longest task that started in between.
 */
async function pageRun(browser: Browser, url: string, kind: Kind, files: [string, string][]): Promise<{ ms: number; longestTask: number }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.waitForSelector(`[data-scorecard-${kind}].js`);
  const done = kind === 'aggregate' ? `${files.length} scorecards loaded and aggregated.` : `${files.length} scorecards loaded; the timeline shows ${files.length}.`;
  const timing = page.evaluate(
    ({ kind, done }) =>
      new Promise<{ ms: number; longestTask: number }>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>(`#${kind}-files`)!;
        const status = document.querySelector<HTMLElement>(`#${kind}-status`)!;
        let started = 0;
        const tasks: PerformanceEntry[] = [];
        // The task that dispatches the change event is the test harness building 1,000 files; the page's own work follows it.
        new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask' });
        // Capture phase on the window: runs before the island's own listener on the input.
        addEventListener('change', () => (started = performance.now()), { capture: true, once: true });
        new MutationObserver(() => {
          if (status.textContent !== done) return;
          requestAnimationFrame(() =>
            setTimeout(() => {
              const ms = performance.now() - started;
              // Long-task entries arrive after their task: give the last one a moment.
              setTimeout(() => resolve({ ms, longestTask: Math.max(0, ...tasks.filter((t) => t.startTime >= started).map((t) => t.duration)) }), 100);
            }),
          );
        }).observe(status, { childList: true, characterData: true, subtree: true });
        setTimeout(() => reject(new Error(`${kind}: the page did not show “${done}” within 60 s; it shows “${status.textContent}”`)), 60_000);
        input.dataset.waiting = 'true';
      }),
    { kind, done },
  );
  await page.waitForSelector(`#${kind}-files[data-waiting]`);
  await page.setInputFiles(`#${kind}-files`, files.map(([name, text]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));
  const result = await timing;
  await page.close();
  return result;
}

/** The table for the console and the README. */
export function scorecardsTable(b: ScorecardsBench, runs: number): string {
  const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms`;
  const budget = (xs: number[]) => `${(median(xs) / 1000).toFixed(2)} ×`;
  const row = (kind: Kind, label: string) =>
    `| ${label} | ${ms(b.readMs[kind])} (${budget(b.readMs[kind])}) | ${ms(b.stepMs[kind])} | ${ms(b.pageMs[kind])} (${budget(b.pageMs[kind])}) | ${ms(b.longestTaskMs[kind])} |`;
  const runsOf = (kind: Kind, label: string) =>
    `- ${label}: read ${b.readMs[kind].map((m) => m.toFixed(0)).join(', ')}; ${kind} ${b.stepMs[kind].map((m) => m.toFixed(0)).join(', ')}; page ${b.pageMs[kind].map((m) => m.toFixed(0)).join(', ')}; longest task ${b.longestTaskMs[kind].map((m) => m.toFixed(0)).join(', ')} ms`;
  return [
    `${b.count.toLocaleString('en')} generated scorecards in headless Chromium, medians of ${runs} runs (a third each answered against model versions 1, 2 and 3); in brackets, the share of the 1 s budget`,
    '',
    '| page | engine: parse + validate + migrate + score | engine: aggregate / timeline | file chosen → result on screen | longest task on the page |',
    '|---|---:|---:|---:|---:|',
    row('aggregate', '/aggregate/ (1,000 teams)'),
    row('timeline', '/timeline/ (one team, 1,000 dates)'),
    '',
    'Every run:',
    '',
    runsOf('aggregate', '/aggregate/'),
    runsOf('timeline', '/timeline/'),
  ].join('\n');
}
