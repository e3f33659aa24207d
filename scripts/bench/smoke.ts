// A smoke check of a built site in Chromium, run by the scale bench on the 5,000-concept build
// (too slow for CI): the graph draws every node, search finds a concept by its title, a concept
// page renders with its local graph, /assess/ shows its questions, and no page throws.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../test/support/browser.ts';
import { wakeGraph } from '../../test/support/graph-page.ts';
import { serveStatic } from '../../test/support/static-server.ts';

export async function smokeCheck(dist: string): Promise<string> {
  const graph = JSON.parse(readFileSync(join(dist, 'graph.json'), 'utf8')) as { nodes: { id: string; title: string; url: string }[] };
  const last = graph.nodes.at(-1)!;
  const server = await serveStatic(dist, '/');
  const browser = await launchChromium();
  const errors: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server.url}graph/`);
    await wakeGraph(page, 120_000);
    const drawn = await page.evaluate(() => (window as unknown as { convergeGraph: { nodes: () => { length: number } } }).convergeGraph.nodes().length);
    const [drawnAt, readyAt] = await page.evaluate(() => ['converge:graph-drawn', 'converge:graph-ready'].map((mark) => performance.getEntriesByName(mark)[0]!.startTime));
    if (drawn !== graph.nodes.length) throw new Error(`the graph drew ${drawn} of ${graph.nodes.length} nodes`);

    await page.goto(`${server.url}search/?q=${encodeURIComponent(last.title)}`);
    const first = page.locator('.search-result-title').first();
    await first.waitFor({ timeout: 60_000 });
    if ((await first.innerText()) !== last.title) throw new Error(`search for "${last.title}" put "${await first.innerText()}" first`);

    await page.goto(`${server.url}${last.url.replace(/^\//, '')}`);
    if ((await page.locator('h1').innerText()) !== last.title || (await page.locator('.local-graph').count()) !== 1) throw new Error(`the page of ${last.id} is incomplete`);

    await page.goto(`${server.url}assess/`);
    const questions = await page.locator('fieldset.question').count();
    if (questions === 0) throw new Error('/assess/ shows no questions');
    if (errors.length) throw new Error(`script errors: ${errors.join('; ')}`);
    return `${graph.nodes.length.toLocaleString('en')}-concept site in Chromium: graph drew all ${drawn.toLocaleString('en')} nodes (first drawn at ${drawnAt!.toFixed(0)} ms, interactive at ${readyAt!.toFixed(0)} ms), search put "${last.title}" first, its page rendered with its local graph, /assess/ showed ${questions} questions, no script errors`;
  } finally {
    await browser.close();
    await server.close();
  }
}
