import type { Browser, Page } from 'playwright-core';
import { generateGraph } from './generated-graph.ts';
import { wakeGraph } from '../../test/support/graph-page.ts';

export interface GraphBench {
  nodes: number;
  edges: number;
  /** Plain Cytoscape on the same graph, page and canvas size: the baseline for readyMs. */
  plainReadyMs?: number;
  /** Navigation to the first frame with the graph on screen (the plain-canvas preview). */
  firstDrawMs: number;
  /** Navigation to Cytoscape's first frame: every element drawn and the graph interactive. */
  readyMs: number;
  medianFrameMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Serves the built /graph/ page with a generated graph.json of `nodes` nodes in place of the
 * real one, then measures navigation to first draw and to the interactive graph, and the median
 * frame time while a script pans and zooms for two seconds. Repeated `runs` times; medians reported.
 */
export async function benchGraphPage(browser: Browser, pageUrl: string, nodes: number, runs: number): Promise<GraphBench> {
  const graph = generateGraph(nodes);
  const body = JSON.stringify(graph);
  const firstDraws: number[] = [];
  const readies: number[] = [];
  const frames: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/graph.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto(pageUrl);
    // A reader who moves to the graph as soon as it is drawn: the interactive figure is when
    // Cytoscape, started by that move, has drawn.
    await wakeGraph(page, 120_000);
    firstDraws.push(await page.evaluate(() => performance.getEntriesByName('converge:graph-drawn')[0]!.startTime));
    readies.push(await page.evaluate(() => performance.getEntriesByName('converge:graph-ready')[0]!.startTime));
    frames.push(await medianFrameDuringGestures(page));
    await page.close();
  }
  return { nodes, edges: graph.edges.length, firstDrawMs: median(firstDraws), readyMs: median(readies), medianFrameMs: median(frames) };
}

/**
 * The median frame time while the view is zoomed with the wheel for a second and dragged for
 * another, one input event per frame as a trackpad or mouse sends them. Input events, not
 * cy.zoom() from a script: Cytoscape keeps its level of detail (a cached bitmap, no edges while
 * moving) for gestures, and a script's zoom bypasses it. The events are dispatched in the page,
 * every frame, so a slow frame cannot thin out the input and hide among idle frames.
 */
async function medianFrameDuringGestures(page: Page): Promise<number> {
  await page.locator('#graph-canvas').scrollIntoViewIfNeeded();
  const { deltas, viewportChanges } = await page.evaluate(
    () =>
      new Promise<{ deltas: number[]; viewportChanges: number }>((resolve) => {
        const cy = (window as unknown as { convergeGraph: { on(e: string, f: () => void): void; nodes(): { map<T>(f: (n: { renderedPosition(): { x: number; y: number } }) => T): T[] } } }).convergeGraph;
        const box = document.querySelector('#graph-canvas')!.getBoundingClientRect();
        // Drag from empty canvas: a drag that starts on a node moves the node, not the view.
        const nodes = cy.nodes().map((n) => n.renderedPosition());
        let start = { x: box.width / 2, y: box.height / 2 };
        search: for (let r = 0; r < Math.max(box.width, box.height) / 2; r += 7) {
          for (let a = 0; a < 2 * Math.PI; a += 0.3) {
            const p = { x: box.width / 2 + r * Math.cos(a), y: box.height / 2 + r * Math.sin(a) };
            if (nodes.every((n) => Math.hypot(n.x - p.x, n.y - p.y) > 16)) {
              start = p;
              break search;
            }
          }
        }
        const at = (dx = 0, dy = 0) => ({ clientX: box.left + start.x + dx, clientY: box.top + start.y + dy, bubbles: true, cancelable: true, view: window });
        const target = document.elementFromPoint(box.left + start.x, box.top + start.y)!;
        let viewportChanges = 0;
        cy.on('viewport', () => viewportChanges++);
        const deltas: number[] = [];
        const began = performance.now();
        let last = began;
        let dragging = false;
        const step = (now: number) => {
          deltas.push(now - last);
          last = now;
          const t = (now - began) / 1000;
          if (t < 1) {
            target.dispatchEvent(new WheelEvent('wheel', { ...at(), deltaY: Math.floor(t * 6) % 2 ? 40 : -40 }));
          } else if (t < 2) {
            if (!dragging) target.dispatchEvent(new MouseEvent('mousedown', { ...at(), button: 0, buttons: 1 }));
            dragging = true;
            target.dispatchEvent(new MouseEvent('mousemove', { ...at(Math.sin(t * 6) * 150, Math.cos(t * 4) * 100), buttons: 1 }));
          } else {
            target.dispatchEvent(new MouseEvent('mouseup', { ...at(), button: 0 }));
            resolve({ deltas: deltas.slice(1), viewportChanges });
            return;
          }
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
  );
  // Idle frames are fast too: make sure the gestures really moved the view, about every frame.
  if (viewportChanges < deltas.length / 2) throw new Error(`the gestures changed the view ${viewportChanges} times in ${deltas.length} frames`);
  return median(deltas);
}

/** Paths (from the site root) of the scripts the graph page loads until its graph is interactive, Cytoscape included. */
export async function graphPageScripts(browser: Browser, pageUrl: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(pageUrl);
  await wakeGraph(page, 120_000);
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((name) => /\.m?js$/.test(name)));
  await page.close();
  return urls.map((url) => new URL(url).pathname);
}

/**
 * The baseline: plain Cytoscape, the same library file the graph page loads, drawing the same
 * generated graph at its preset positions with the default style plus labels, in a canvas the
 * size of the explorer's, on a bare page of the same server. Navigation to its first frame,
 * median of `runs` loads. The explorer's own work (first-frame preview, classes, stylesheet,
 * panel) is what the ratio of the two measures.
 */
export async function benchPlainCytoscape(browser: Browser, siteUrl: string, cytoscapePath: string, canvas: { width: number; height: number }, nodes: number, runs: number): Promise<number> {
  const body = JSON.stringify(generateGraph(nodes));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain Cytoscape</title>
<script type="module">
const module = await import(${JSON.stringify(cytoscapePath)});
// The chunk exports the library under a minified name: the one function with a version.
const cytoscape = Object.values(module).find((v) => typeof v === 'function' && 'version' in v);
const data = await (await fetch('graph.json')).json();
const cy = cytoscape({
  container: document.getElementById('cy'),
  elements: [
    ...data.nodes.map((n) => ({ data: { id: n.id, label: n.title }, position: { x: n.x, y: n.y } })),
    ...data.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.source, target: e.target } })),
  ],
  layout: { name: 'preset' },
  style: [{ selector: 'node', style: { label: 'data(label)' } }],
});
cy.one('render', () => performance.mark('plain-ready'));
</script></head><body style="margin:0"><div id="cy" style="width:${canvas.width}px;height:${canvas.height}px"></div></body></html>`;
  const readies: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/plain-cytoscape/', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    await page.route('**/plain-cytoscape/graph.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto(`${siteUrl}plain-cytoscape/`);
    await page.waitForFunction(() => performance.getEntriesByName('plain-ready').length > 0, null, { timeout: 120_000 });
    readies.push(await page.evaluate(() => performance.getEntriesByName('plain-ready')[0]!.startTime));
    await page.close();
  }
  return median(readies);
}

/** The explorer's canvas size at the bench's 1280×900 window. */
export async function explorerCanvas(browser: Browser, pageUrl: string): Promise<{ width: number; height: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pageUrl);
  const box = (await page.locator('#graph-canvas').boundingBox())!;
  await page.close();
  return { width: Math.round(box.width), height: Math.round(box.height) };
}
