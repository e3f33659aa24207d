import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NODE_TYPE_STYLE } from '../../src/graph/node-types.ts';
import { canvasTheme } from '../../src/graph/theme.ts';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { wakeGraph } from '../support/graph-page.ts';

const graph = JSON.parse(readFileSync(join(inject('sites').root.dir, 'graph.json'), 'utf8')) as {
  nodes: { id: string; title: string; type: string }[];
  edges: { source: string; target: string; type: string }[];
};

async function open(page: Page, url: string) {
  await page.goto(url);
  await wakeGraph(page);
}

/** Holds Cytoscape's download back until the returned function is called. */
async function holdCytoscape(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/cytoscape\.[^/]*\.m?js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Ids of the nodes Cytoscape currently draws. */
const drawnIds = (page: Page) =>
  page.evaluate(() => (window as unknown as { convergeGraph: { nodes: (s: string) => { map: (f: (n: { id: () => string }) => string) => string[] } } }).convergeGraph.nodes(':visible').map((n) => n.id()).sort());

/** Where Cytoscape draws each shown node, on screen, with the canvas's size. */
const geometry = (page: Page) =>
  page.evaluate(() => {
    type Node = { id: () => string; renderedPosition: () => { x: number; y: number }; renderedWidth: () => number; data: (k: string) => string };
    const cy = (window as unknown as { convergeGraph: { nodes: (s: string) => { map: <T>(f: (n: Node) => T) => T[] }; width: () => number; height: () => number } }).convergeGraph;
    const nodes = cy.nodes(':visible').map((n) => ({ id: n.id(), ...n.renderedPosition(), size: n.renderedWidth(), label: n.data('label') }));
    return { nodes, width: cy.width(), height: cy.height() };
  });

/** Undirected hops from `start` over the edges of `types`. */
function hops(start: string, types: string[]) {
  const seen = new Map([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const e of graph.edges) {
      if (!types.includes(e.type)) continue;
      const next = e.source === queue[i] ? e.target : e.target === queue[i] ? e.source : undefined;
      if (next && !seen.has(next)) {
        seen.set(next, seen.get(queue[i]!)! + 1);
        queue.push(next);
      }
    }
  }
  return seen;
}
/** The selected concept's outline on a light canvas: no other node is drawn in it. */
const FOCUS_OUTLINE = canvasTheme(false).focus;
const STRUCTURAL = ['partOf', 'requires', 'enables', 'constrains', 'measuredBy', 'ownedBy', 'informs'];

describe.skipIf(!hasChromium)('graph explorer in Chromium', () => {
  const ctx = useBrowser();

  it('draws every concept at first', async () => {
    const page = await ctx.browser.newPage();
    await open(page, `${ctx.url}graph/`);
    expect(await drawnIds(page)).toEqual(graph.nodes.map((n) => n.id).sort());
    await page.close();
  });

  it('draws the whole graph before Cytoscape has even loaded, then hands over to it', async () => {
    const page = await ctx.browser.newPage();
    const release = await holdCytoscape(page);
    // Not waiting for the load event: it waits for Cytoscape, which is held back.
    await page.goto(`${ctx.url}graph/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('converge:graph-drawn').length > 0);
    // Every type's colour is on screen already: the nodes are drawn, not a spinner.
    const colours = await page.evaluate(() => {
      const preview = document.querySelector<HTMLCanvasElement>('#graph-canvas .graph-preview')!;
      const { data } = preview.getContext('2d')!.getImageData(0, 0, preview.width, preview.height);
      const seen = new Set<string>();
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255) seen.add(`#${[data[i], data[i + 1], data[i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`);
      return [...seen];
    });
    const types = [...new Set(graph.nodes.map((n) => n.type))] as (keyof typeof NODE_TYPE_STYLE)[];
    expect(types.length).toBeGreaterThan(5);
    for (const type of types) expect(colours, type).toContain(NODE_TYPE_STYLE[type].colour);
    expect(await page.locator('[data-graph-explorer]').getAttribute('data-ready')).toBeNull();
    expect(await page.locator('#graph-status').innerText()).toBe(`Showing ${graph.nodes.length} of ${graph.nodes.length} concepts.`);
    release();
    await wakeGraph(page);
    expect(await page.locator('#graph-canvas .graph-preview').count()).toBe(0);
    expect(await drawnIds(page)).toHaveLength(graph.nodes.length);
    expect(await page.locator('#graph-status').innerText()).toBe(`Showing ${graph.nodes.length} of ${graph.nodes.length} concepts.`);
    await page.close();
  });

  it('draws the focus mid-canvas from the first frame, where Cytoscape will put it', async () => {
    const page = await ctx.browser.newPage();
    const release = await holdCytoscape(page);
    await page.goto(`${ctx.url}graph/?focus=change-enablement`, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('converge:graph-drawn').length > 0);
    // Down the canvas's middle column, the focus is the run of its outline's colour: its type's
    // colour would also match a neighbour of the same type drawn straight above or below it.
    const focusY = await page.evaluate((colour) => {
      const preview = document.querySelector<HTMLCanvasElement>('#graph-canvas .graph-preview')!;
      const x = Math.floor(preview.width / 2);
      const { data } = preview.getContext('2d')!.getImageData(x, 0, 1, preview.height);
      const rows: number[] = [];
      for (let y = 0; y < preview.height; y++) {
        const hex = `#${[data[4 * y], data[4 * y + 1], data[4 * y + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
        if (hex === colour) rows.push(y);
      }
      return rows.length ? (rows[0]! + rows.at(-1)!) / 2 / devicePixelRatio : undefined;
    }, FOCUS_OUTLINE);
    expect(focusY).toBeDefined();
    release();
    await wakeGraph(page);
    const { nodes, width } = await geometry(page);
    const focus = nodes.find((n) => n.id === 'change-enablement')!;
    expect(Math.abs(focus.x - width / 2)).toBeLessThan(1);
    expect(Math.abs(focus.y - focusY!)).toBeLessThan(2);
    await page.close();
  });

  it('blocks the main thread for no long task before the reader moves to the graph, and starts Cytoscape only then', async () => {
    const page = await ctx.browser.newPage();
    const started = () => page.evaluate(() => 'convergeGraph' in window);
    await page.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = tasks;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${ctx.url}graph/?focus=change-enablement`);
    await page.waitForFunction(() => performance.getEntriesByName('converge:graph-drawn').length > 0);
    await page.waitForTimeout(2000);
    const longest = Math.max(0, ...(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)));
    expect(longest).toBeLessThan(200);
    expect(await started()).toBe(false);
    // The panel, the status and the controls work already, on the drawing (a click without a
    // mouse move, which would start Cytoscape).
    expect(await page.locator('#graph-panel h2').innerText()).toBe('Change enablement');
    await page.getByRole('checkbox', { name: 'Metric' }).dispatchEvent('click');
    await expect.poll(() => page.locator('#graph-status').innerText()).toMatch(/^Showing \d+ of \d+ concepts, around Change enablement/);
    expect(new URL(page.url()).searchParams.get('types')).not.toContain('metric');
    expect(await started()).toBe(false);
    // The reader's first move of the mouse starts it.
    await page.mouse.move(10, 10);
    await page.locator('[data-graph-explorer][data-ready="true"]').waitFor();
    expect(await started()).toBe(true);
    await page.close();
  });

  it('answers a tap that lands before Cytoscape has started', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const release = await holdCytoscape(page);
    await page.goto(`${ctx.url}graph/?focus=change-enablement`);
    await page.waitForFunction(() => performance.getEntriesByName('converge:graph-drawn').length > 0);
    // The focus, drawn mid-canvas (found by its outline): tapping the selected concept opens its page.
    const canvas = (await page.locator('#graph-canvas').boundingBox())!;
    const y = await page.evaluate((colour) => {
      const preview = document.querySelector<HTMLCanvasElement>('#graph-canvas .graph-preview')!;
      const { data } = preview.getContext('2d')!.getImageData(Math.floor(preview.width / 2), 0, 1, preview.height);
      const rows: number[] = [];
      for (let i = 0; i < preview.height; i++) if (`#${[data[4 * i], data[4 * i + 1], data[4 * i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}` === colour) rows.push(i);
      return (rows[0]! + rows.at(-1)!) / 2 / devicePixelRatio;
    }, FOCUS_OUTLINE);
    await page.touchscreen.tap(canvas.x + canvas.width / 2, canvas.y + y);
    await page.waitForURL(/\/concepts\/change-enablement\/$/);
    release();
    await page.close();
  });

  it('says so, and where else to look, when graph.json cannot be loaded', async () => {
    const page = await ctx.browser.newPage();
    await page.route('**/graph.json', (route) => route.fulfill({ status: 503, body: 'busy' }));
    await page.goto(`${ctx.url}graph/`);
    const status = page.getByRole('status').filter({ hasText: 'could not be loaded' });
    await expect.poll(() => status.count()).toBe(1);
    expect(await status.innerText()).toContain('503');
    expect(await status.getByRole('link', { name: 'concepts page' }).getAttribute('href')).toMatch(/\/concepts\/$/);
    await page.close();
  });

  it('hides exactly the nodes of an unticked type, and puts the filter in the URL', async () => {
    const page = await ctx.browser.newPage();
    await open(page, `${ctx.url}graph/`);
    await page.getByRole('checkbox', { name: 'Control' }).uncheck();
    expect(await drawnIds(page)).toEqual(graph.nodes.filter((n) => n.type !== 'control').map((n) => n.id).sort());
    expect(new URL(page.url()).searchParams.get('types')).not.toContain('control');
    await page.goBack();
    await expect.poll(() => drawnIds(page)).toHaveLength(graph.nodes.length);
    await page.close();
  });

  it('lays ?focus= out by distance, the focus in the middle and each hop further out', async () => {
    const page = await ctx.browser.newPage();
    const focus = 'change-enablement';
    await open(page, `${ctx.url}graph/?focus=${focus}&depth=1`);
    // Over the relations a view draws by default: relatedTo and mapsTo wait until asked for.
    const neighbours = new Set([focus, ...graph.edges.filter((e) => STRUCTURAL.includes(e.type)).flatMap((e) => (e.source === focus ? [e.target] : e.target === focus ? [e.source] : []))]);
    expect(await drawnIds(page)).toEqual([...neighbours].sort());
    expect(await page.locator('#graph-panel h2').innerText()).toBe('Change enablement');
    await page.waitForTimeout(600); // the layout's animation
    const one = await geometry(page);
    const centre = one.nodes.find((n) => n.id === focus)!;
    expect(Math.abs(centre.x - one.width / 2)).toBeLessThan(2);
    const distances = one.nodes.filter((n) => n.id !== focus).map((n) => Math.hypot(n.x - centre.x, n.y - centre.y));
    // One ring: every neighbour about as far from the focus, on an ellipse, none on top of it.
    expect(Math.min(...distances)).toBeGreaterThan(60);
    await page.selectOption('#graph-depth', '2');
    await expect.poll(async () => (await drawnIds(page)).length).toBeGreaterThan(neighbours.size);
    expect(new URL(page.url()).searchParams.get('depth')).toBe('2');
    await page.waitForTimeout(600);
    const two = await geometry(page);
    const twoCentre = two.nodes.find((n) => n.id === focus)!;
    const hopOf = hops(focus, STRUCTURAL);
    const ring = (k: number) => two.nodes.filter((n) => hopOf.get(n.id) === k).map((n) => Math.hypot((n.x - twoCentre.x) / two.width, (n.y - twoCentre.y) / two.height));
    // The second hop's nodes lie outside the first hop's ring (measured in canvas proportions, as the rings are ellipses).
    expect(Math.min(...ring(2))).toBeGreaterThan(Math.max(...ring(1)) * 0.99);
    await page.close();
  });

  for (const [width, height] of [[1440, 900], [390, 844]] as const) {
    it(`shows a hub's depth-2 neighbourhood as a readable subgraph, fitted in view, at ${width}×${height}`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height }, hasTouch: width < 500 });
      // The hub: the concept with the most structural relations.
      const degree = new Map<string, number>();
      for (const e of graph.edges) if (STRUCTURAL.includes(e.type)) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
      const hub = [...degree].sort((a, b) => b[1] - a[1])[0]![0];
      await open(page, `${ctx.url}graph/?focus=${hub}&depth=2`);
      await page.waitForTimeout(600);
      const { nodes, width: w, height: h } = await geometry(page);
      expect(nodes.length).toBeGreaterThan(5);
      expect(nodes.length).toBeLessThan(graph.nodes.length / 2);
      for (const n of nodes) {
        expect(n.x - n.size / 2, n.id).toBeGreaterThanOrEqual(0);
        expect(n.x + n.size / 2, n.id).toBeLessThanOrEqual(w);
        expect(n.y - n.size / 2, n.id).toBeGreaterThanOrEqual(0);
        expect(n.y + n.size / 2, n.id).toBeLessThanOrEqual(h);
        // Big enough for a finger on a phone.
        if (width < 500) expect(n.size, n.id).toBeGreaterThanOrEqual(24);
      }
      // No node hides under the buttons over the canvas.
      const buttons = (await page.locator('.view-buttons').boundingBox())!;
      const canvas = (await page.locator('#graph-canvas').boundingBox())!;
      for (const n of nodes) expect(n.y - n.size / 2 + canvas.y > buttons.y + buttons.height || n.x - n.size / 2 + canvas.x > buttons.x + buttons.width, n.id).toBe(true);
      await page.close();
    });
  }

  it('highlights every step of ?path= in order, with previous and next, and each path page links to it', async () => {
    const page = await ctx.browser.newPage();
    const paths = JSON.parse(readFileSync(join(inject('sites').root.dir, 'graph.json'), 'utf8')).paths as { id: string; title: string; steps: { concept: string }[] }[];
    const path = paths.find((p) => p.steps.length >= 5)!;
    await page.goto(`${ctx.url}paths/${path.id}/`);
    await page.getByRole('link', { name: 'Walk it on the graph' }).click();
    await wakeGraph(page);
    expect(new URL(page.url()).searchParams.get('path')).toBe(path.id);
    const titles = new Map(graph.nodes.map((n) => [n.id, n.title]));
    expect(await drawnIds(page)).toEqual([...new Set(path.steps.map((s) => s.concept))].sort());
    const { nodes } = await geometry(page);
    path.steps.forEach((step, i) => expect(nodes.find((n) => n.id === step.concept)!.label).toBe(`${i + 1}. ${titles.get(step.concept)}`));
    // The order, drawn as edges from each step to the next.
    const sequence = await page.evaluate(() => (window as unknown as { convergeGraph: { edges: (s: string) => { map: <T>(f: (e: { data: (k: string) => string }) => T) => T[] } } }).convergeGraph.edges('.sequence').map((e) => [e.data('source'), e.data('target')]));
    expect(sequence).toEqual(path.steps.slice(1).map((s, i) => [path.steps[i]!.concept, s.concept]));
    const bar = page.getByRole('navigation', { name: 'Learning path' });
    expect(await bar.innerText()).toContain(`Step 1 of ${path.steps.length}: ${titles.get(path.steps[0]!.concept)}`);
    await bar.getByRole('button', { name: 'Next →' }).click();
    await expect.poll(() => bar.innerText()).toContain(`Step 2 of ${path.steps.length}`);
    expect(new URL(page.url()).searchParams.get('step')).toBe('2');
    expect(await page.locator('#graph-panel h2').innerText()).toBe(titles.get(path.steps[1]!.concept));
    // A presenter's clicker: the arrow keys walk the steps too.
    await page.locator('#graph-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => bar.innerText()).toContain(`Step 3 of ${path.steps.length}`);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => bar.innerText()).toContain(`Step 1 of ${path.steps.length}`);
    expect(await bar.getByRole('button', { name: '← Previous' }).isDisabled()).toBe(true);
    expect(await bar.getByRole('link', { name: 'Open this step' }).getAttribute('href')).toMatch(new RegExp(`/paths/${path.id}/1/$`));
    await page.close();
  });

  it('shows the shortest typed route between two concepts, and says which relations it uses', async () => {
    const page = await ctx.browser.newPage();
    await open(page, `${ctx.url}graph/?focus=change-enablement`);
    await page.locator('#graph-route').fill('Standalone SOC');
    await page.getByRole('button', { name: 'Show route' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('standalone-soc');
    const route = page.locator('#graph-panel .route');
    await expect.poll(() => route.locator('li').count()).toBeGreaterThan(0);
    const steps = await route.locator('li').allInnerTexts();
    expect(steps.at(-1)).toMatch(/Standalone SOC$/);
    // Every concept of the route is drawn, and the route's edges are emphasised, one per step.
    const drawn = new Set(await drawnIds(page));
    expect(drawn.has('standalone-soc')).toBe(true);
    const emphasised = await page.evaluate(() => (window as unknown as { convergeGraph: { edges: (s: string) => { length: number } } }).convergeGraph.edges('.route').length);
    expect(emphasised).toBe(steps.length);
    // Boundary concepts connect by "related to", which the default view does not draw: said so.
    expect(await route.innerText()).toContain('“related to”');
    await route.getByRole('button', { name: 'Clear the route' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBeNull();
    await page.close();
  });

  it('reaches the canvas from the top of the page with a skip link', async () => {
    const page = await ctx.browser.newPage();
    await open(page, `${ctx.url}graph/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the graph');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // From the skip link's target the next stop is inside the graph's frame, not the header.
    expect(await page.evaluate(() => document.activeElement?.closest('.canvas-box') !== null || document.activeElement?.id === 'graph-canvas')).toBe(true);
    await page.close();
  });

  it('selects on a tap and opens the page on a second tap, on a touch screen', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await open(page, `${ctx.url}graph/?focus=change-enablement`);
    await page.waitForTimeout(600);
    const canvas = (await page.locator('#graph-canvas').boundingBox())!;
    const target = (await geometry(page)).nodes.find((n) => n.id !== 'change-enablement')!;
    await page.touchscreen.tap(canvas.x + target.x, canvas.y + target.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe(target.id);
    await page.waitForTimeout(600);
    const moved = (await geometry(page)).nodes.find((n) => n.id === target.id)!;
    await page.touchscreen.tap(canvas.x + moved.x, canvas.y + moved.y);
    await page.waitForURL(/\/concepts\//);
    expect(await page.locator('h1').innerText()).toBe(graph.nodes.find((n) => n.id === target.id)!.title);
    await page.close();
  });

  it('lists every shown node in the table view, with its relations as links', async () => {
    const page = await ctx.browser.newPage();
    await open(page, `${ctx.url}graph/`);
    await page.getByRole('button', { name: 'Table view' }).click();
    const rows = page.locator('#graph-table tbody tr');
    expect(await rows.count()).toBe(graph.nodes.length);
    expect(await page.locator('#graph-table tbody a').count()).toBeGreaterThan(graph.nodes.length);
    await page.close();
  });

  it('works by keyboard alone, as the help text says: find with a typo, move the cursor, select, open', async () => {
    const page = await ctx.browser.newPage();
    await open(page, `${ctx.url}graph/`);
    expect(await page.locator('#graph-help').innerText()).toContain('Enter selects the concept under the cursor');
    await page.locator('#graph-find').focus();
    await page.keyboard.type('incident managment');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#graph-panel h2').innerText()).toBe('Incident management');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph-canvas');
    // ↓ moves a cursor through the selected concept's neighbours, and says where it is.
    await page.keyboard.press('ArrowDown');
    const cursor = await page.locator('#graph-cursor').innerText();
    const neighbour = cursor.split(',')[0]!;
    expect(neighbour).not.toBe('Incident management');
    // Beside it on the canvas, its name, type and summary, even where its label was left out for room.
    expect(await page.locator('#graph-tip').isVisible()).toBe(true);
    expect(await page.locator('#graph-tip strong').innerText()).toBe(neighbour);
    await page.keyboard.press('ArrowDown');
    const next = (await page.locator('#graph-cursor').innerText()).split(',')[0]!;
    expect(next).not.toBe(neighbour);
    await page.keyboard.press('ArrowUp');
    expect((await page.locator('#graph-cursor').innerText()).split(',')[0]).toBe(neighbour);
    // The selection has not moved: ↓ does not ping-pong between two concepts.
    expect(await page.locator('#graph-panel h2').innerText()).toBe('Incident management');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#graph-panel h2').innerText()).toBe(neighbour);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/concepts\//);
    expect(await page.locator('h1').innerText()).toBe(neighbour);
    await page.goBack();
    await wakeGraph(page);
    await page.locator('#graph-canvas').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBeNull();
    await page.close();
  });

  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    it(`lays a new neighbourhood out ${reducedMotion === 'reduce' ? 'at once when the reader asks for reduced motion' : 'with an animation'}`, async () => {
      const page = await ctx.browser.newPage({ reducedMotion });
      await open(page, `${ctx.url}graph/?focus=change-enablement`);
      await page.locator('#graph-canvas').focus();
      // Selecting a neighbour moves every node to its new place, and the camera to fit them.
      const animating = await page.evaluate(() => {
        const canvas = document.querySelector('#graph-canvas')!;
        for (const key of ['ArrowDown', 'Enter']) canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        const cy = (window as unknown as { convergeGraph: { animated: () => boolean; nodes: () => { some: (f: (n: { animated: () => boolean }) => boolean) => boolean } } }).convergeGraph;
        return cy.animated() || cy.nodes().some((n) => n.animated());
      });
      expect(animating).toBe(reducedMotion === 'no-preference');
      await page.close();
    });
  }

  it('exports the current view as SVG and PNG files', async () => {
    const page = await ctx.browser.newPage();
    await open(page, `${ctx.url}graph/?focus=change-enablement`);
    const shown = (await drawnIds(page)).length;
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('converge-graph.svg');
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText.startsWith('<svg')).toBe(true);
    expect(svgText.match(/<g>/g)).toHaveLength(shown);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });

  for (const [width, height] of [[1440, 900], [390, 844]] as const) {
    it(`puts the canvas first on a ${width}×${height} screen`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height } });
      await open(page, `${ctx.url}graph/`);
      const box = (await page.locator('#graph-canvas').boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(height);
      if (width > 1000) {
        expect(box.y).toBeLessThan(200);
        expect(box.height).toBeGreaterThanOrEqual(0.75 * height);
        expect(box.width).toBeGreaterThanOrEqual(0.75 * width);
      } else {
        expect(box.y).toBeLessThan(height / 2);
        expect(box.height).toBeGreaterThan(height / 3);
      }
      await page.close();
    });
  }

  it('keeps filters, find and the selected concept in a side panel that remembers whether it is open', async () => {
    const page = await ctx.browser.newPage();
    await open(page, `${ctx.url}graph/?focus=change-enablement`);
    const side = page.locator('#graph-side');
    expect(await side.getAttribute('open')).not.toBeNull();
    for (const inside of ['#graph-find', '#graph-depth', 'input[name="type"]', '#graph-panel h2']) expect(await side.locator(inside).count(), inside).toBeGreaterThan(0);
    expect(await side.locator('summary').innerText()).toBe('Filters and details: Change enablement');
    await side.locator('summary').click();
    expect(await side.getAttribute('open')).toBeNull();
    // Remembered when the toggle event has run, a task after the click.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('converge:graph-panel'))).toBe('closed');
    await open(page, `${ctx.url}graph/`);
    expect(await page.locator('#graph-side').getAttribute('open')).toBeNull();
    await page.close();
  });

  it('draws the legend with the graph’s node shapes', async () => {
    const page = await ctx.browser.newPage();
    await open(page, `${ctx.url}graph/`);
    const paths = await page.locator('input[name="type"] + svg path').evaluateAll((els) => els.map((e) => e.getAttribute('d')));
    expect(new Set(paths).size).toBe(Object.keys(NODE_TYPE_STYLE).length);
    await page.close();
  });

  it('draws on a dark canvas in dark mode, from the first frame to Cytoscape', async () => {
    const page = await ctx.browser.newPage({ colorScheme: 'dark' });
    const release = await holdCytoscape(page);
    await page.goto(`${ctx.url}graph/`, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('converge:graph-drawn').length > 0);
    const corner = await page.evaluate(() => [...document.querySelector<HTMLCanvasElement>('#graph-canvas .graph-preview')!.getContext('2d')!.getImageData(2, 2, 1, 1).data]);
    expect(Math.max(...corner.slice(0, 3))).toBeLessThan(40);
    release();
    await wakeGraph(page);
    const background = await page.locator('#graph-canvas').evaluate((e) => getComputedStyle(e).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(Math.max(r!, g!, b!)).toBeLessThan(40);
    const labels = await page.evaluate(() => (window as unknown as { convergeGraph: { nodes: () => { first: () => { style: (p: string) => string } } } }).convergeGraph.nodes().first().style('color'));
    const [lr] = labels.match(/\d+/g)!.map(Number);
    expect(lr).toBeGreaterThan(200);
    await page.close();
  });

  it('hides “related to” and “maps to” by default, says so, and shows them when asked', async () => {
    const drawnTypes = () => page.evaluate(() => [...new Set((window as unknown as { convergeGraph: { edges: (s: string) => { map: (f: (e: { data: (k: string) => string }) => string) => string[] } } }).convergeGraph.edges(':visible').map((e) => e.data('type')))].sort());
    const page = await ctx.browser.newPage();
    await open(page, `${ctx.url}graph/`);
    expect(graph.edges.some((e) => e.type === 'relatedTo') && graph.edges.some((e) => e.type === 'mapsTo')).toBe(true);
    expect(await drawnTypes()).not.toContain('relatedTo');
    expect(await drawnTypes()).not.toContain('mapsTo');
    expect(await drawnTypes()).toContain('partOf');
    const note = page.locator('#graph-hidden');
    expect(await note.innerText()).toMatch(/“related to” and “maps to” relations/);
    await note.getByRole('button', { name: 'show all relations' }).click();
    await expect.poll(drawnTypes).toContain('relatedTo');
    expect(await drawnTypes()).toContain('mapsTo');
    expect(await note.isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.get('rel')).toContain('relatedTo');
    await open(page, `${ctx.url}graph/?rel=partOf,relatedTo`);
    expect(await drawnTypes()).toEqual(['partOf', 'relatedTo']);
    expect(await page.getByRole('checkbox', { name: 'Related to' }).isChecked()).toBe(true);
    expect(await note.innerText()).not.toContain('related to');
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation (${colorScheme})`, async () => {
      const page = await ctx.browser.newPage({ colorScheme });
      await open(page, `${ctx.url}graph/?focus=change-enablement&to=standalone-soc`);
      await page.getByRole('button', { name: 'Table view' }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await open(page, `${ctx.url}graph/?path=integrated-operating-model-in-30-minutes&step=2`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
