import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { NODE_TYPE_STYLE } from '../../src/graph/node-types.ts';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

const graph = JSON.parse(readFileSync(join(inject('sites').root.dir, 'graph.json'), 'utf8')) as {
  nodes: { id: string; title: string; type: string }[];
  edges: { source: string; target: string; type: string }[];
};

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('[data-graph-explorer][data-ready="true"]').waitFor();
}

/** Holds Cytoscape's download back until the returned function is called. */
async function holdCytoscape(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/cytoscape\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Ids of the nodes Cytoscape currently draws. */
const drawnIds = (page: Page) =>
  page.evaluate(() => (window as unknown as { convergeGraph: { nodes: (s: string) => { map: (f: (n: { id: () => string }) => string) => string[] } } }).convergeGraph.nodes(':visible').map((n) => n.id()).sort());

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
    expect(await page.locator('#graph-status').innerText()).toBe(`Showing ${graph.nodes.length} of ${graph.nodes.length} concepts; the interactive graph is still loading.`);
    release();
    await page.locator('[data-graph-explorer][data-ready="true"]').waitFor();
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
    const centre = await page.evaluate(() => {
      const preview = document.querySelector<HTMLCanvasElement>('#graph-canvas .graph-preview')!;
      const [r, g, b] = preview.getContext('2d')!.getImageData(Math.floor(preview.width / 2), Math.floor(preview.height / 2), 1, 1).data;
      return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
    });
    expect(centre).toBe(NODE_TYPE_STYLE.practice.colour);
    release();
    await page.locator('[data-graph-explorer][data-ready="true"]').waitFor();
    const offset = await page.evaluate(() => {
      const cy = (window as unknown as { convergeGraph: { getElementById: (i: string) => { renderedPosition: () => { x: number; y: number } }; width: () => number; height: () => number } }).convergeGraph;
      const p = cy.getElementById('change-enablement').renderedPosition();
      return Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2);
    });
    expect(offset).toBeLessThan(1);
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

  it('selects and centres ?focus=, showing its neighbourhood at the given depth', async () => {
    const page = await ctx.browser.newPage();
    const focus = 'change-enablement';
    await open(page, `${ctx.url}graph/?focus=${focus}&depth=1`);
    // Over the relations a view draws by default: relatedTo and mapsTo wait until asked for.
    const neighbours = new Set([focus, ...graph.edges.filter((e) => !['relatedTo', 'mapsTo'].includes(e.type)).flatMap((e) => (e.source === focus ? [e.target] : e.target === focus ? [e.source] : []))]);
    expect(await drawnIds(page)).toEqual([...neighbours].sort());
    expect(await page.locator('#graph-panel h2').innerText()).toBe('Change enablement');
    const offset = await page.evaluate((id) => {
      const cy = (window as unknown as { convergeGraph: { getElementById: (i: string) => { renderedPosition: () => { x: number; y: number } }; width: () => number; height: () => number } }).convergeGraph;
      const p = cy.getElementById(id).renderedPosition();
      return Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2);
    }, focus);
    expect(offset).toBeLessThan(5);
    await page.selectOption('#graph-depth', '2');
    // Polled: on a loaded CI machine the change event can land a frame after selectOption returns.
    await expect.poll(async () => (await drawnIds(page)).length).toBeGreaterThan(neighbours.size);
    expect(new URL(page.url()).searchParams.get('depth')).toBe('2');
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

  it('works by keyboard alone: find, step through neighbours, open the page', async () => {
    const page = await ctx.browser.newPage();
    await open(page, `${ctx.url}graph/`);
    await page.locator('#graph-find').focus();
    await page.keyboard.type('Incident management');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#graph-panel h2').innerText()).toBe('Incident management');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph-canvas');
    await page.keyboard.press('ArrowDown');
    const neighbour = await page.locator('#graph-panel h2').innerText();
    expect(neighbour).not.toBe('Incident management');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/concepts\//);
    expect(await page.locator('h1').innerText()).toBe(neighbour);
    await page.close();
  });

  it('moves without animation when the reader asks for reduced motion', async () => {
    const page = await ctx.browser.newPage({ reducedMotion: 'reduce' });
    await open(page, `${ctx.url}graph/?focus=change-enablement`);
    await page.locator('#graph-canvas').focus();
    // Stepping to a neighbour pans to it; with reduced motion the pan is a jump, not a glide.
    const animating = await page.evaluate(() => {
      const canvas = document.querySelector('#graph-canvas')!;
      canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      return (window as unknown as { convergeGraph: { animated: () => boolean } }).convergeGraph.animated();
    });
    expect(animating).toBe(false);
    await page.close();
  });

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
    await page.locator('[data-graph-explorer][data-ready="true"]').waitFor();
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
      await open(page, `${ctx.url}graph/?focus=change-enablement`);
      await page.getByRole('button', { name: 'Table view' }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
