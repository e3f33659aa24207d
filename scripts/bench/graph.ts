import type { Browser } from 'playwright-core';
import { generateGraph } from './generated-graph.ts';

export interface GraphBench {
  nodes: number;
  edges: number;
  firstDrawMs: number;
  medianFrameMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Serves the built /graph/ page with a generated graph.json of `nodes` nodes in place of the
 * real one, then measures navigation-to-first-draw and the median frame time while a script pans
 * and zooms for two seconds. Repeated `runs` times; medians reported.
 */
export async function benchGraphPage(browser: Browser, pageUrl: string, nodes: number, runs: number): Promise<GraphBench> {
  const graph = generateGraph(nodes);
  const body = JSON.stringify(graph);
  const firstDraws: number[] = [];
  const frames: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/graph.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto(pageUrl);
    await page.waitForFunction(() => performance.getEntriesByName('converge:graph-drawn').length > 0, null, { timeout: 120_000 });
    firstDraws.push(await page.evaluate(() => performance.getEntriesByName('converge:graph-drawn')[0]!.startTime));
    frames.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const cy = (window as unknown as { convergeGraph: { panBy: (p: { x: number; y: number }) => void; zoom: (z?: number) => number } }).convergeGraph;
            const deltas: number[] = [];
            const start = performance.now();
            let last = start;
            const step = (now: number) => {
              deltas.push(now - last);
              last = now;
              const t = (now - start) / 1000;
              cy.panBy({ x: Math.sin(t * 4) * 12, y: Math.cos(t * 3) * 8 });
              cy.zoom(cy.zoom() * (t < 1 ? 1.01 : 0.99));
              if (now - start < 2000) requestAnimationFrame(step);
              else resolve(deltas.slice(1).sort((a, b) => a - b)[Math.floor((deltas.length - 1) / 2)]!);
            };
            requestAnimationFrame(step);
          }),
      ),
    );
    await page.close();
  }
  return { nodes, edges: graph.edges.length, firstDrawMs: median(firstDraws), medianFrameMs: median(frames) };
}
