import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const MAIN_LINKS = ['Home', 'Concepts', 'Graph', 'Learning paths', 'Glossary', 'Assess'];

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `astro preview` (what `npm start` serves with) over a built site, until `stop` is called. */
async function astroPreview(dir: string, base: string) {
  const port = await freePort();
  const child = spawn('astro', ['preview', '--port', String(port), '--host', '127.0.0.1', '--outDir', dir], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONVERGE_BASE: base, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}${base}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await fetch(url);
      break;
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`astro preview did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const stop = () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))));
  return { url, stop };
}

describe.skipIf(!hasChromium)('header, home and not-found page in Chromium', () => {
  const ctx = useBrowser();

  it('fits the header in one row on a phone, and opens the menu from the keyboard with every main link', async () => {
    const context = await ctx.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${ctx.url}concepts/change-enablement/`);
    const brand = (await page.locator('.brand').boundingBox())!;
    const search = (await page.locator('.search-launcher').boundingBox())!;
    const menu = page.locator('.menu-button');
    const button = (await menu.boundingBox())!;
    for (const box of [search, button]) expect(Math.abs(box.y + box.height / 2 - (brand.y + brand.height / 2))).toBeLessThan(4);
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThan(64);
    expect(await page.locator('#site-nav').isVisible()).toBe(false);

    // Keyboard only: Tab to the Menu button, Enter opens, the links follow it in the tab order.
    for (let i = 0; i < 10 && !(await menu.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#site-nav').isVisible()).toBe(true);
    expect(await page.locator('#site-nav').evaluate((nav) => nav.matches(':popover-open'))).toBe(true);
    const links = page.locator('#site-nav a');
    expect(await links.allInnerTexts()).toEqual(MAIN_LINKS);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    // The concept page sits in the Concepts section: that item is marked current.
    expect(await page.locator('#site-nav a[aria-current]').innerText()).toBe('Concepts');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Home');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#site-nav').isVisible()).toBe(false);
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('shows the nav as a row of plain links on a wide screen, the current one marked, and a blue focus ring', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${ctx.url}glossary/`);
    expect(await page.locator('.menu-button').isVisible()).toBe(false);
    const links = page.locator('#site-nav a');
    expect(await links.allInnerTexts()).toEqual(MAIN_LINKS);
    const tops = await links.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await links.evaluateAll((as) => as.map((a) => getComputedStyle(a).textDecorationLine))).toEqual(MAIN_LINKS.map(() => 'none'));
    const current = page.locator('#site-nav a[aria-current="page"]');
    expect(await current.innerText()).toBe('Glossary');
    expect(await current.evaluate((a) => getComputedStyle(a).boxShadow)).not.toBe('none');
    // The focus ring is blue, not the red of an error.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const [r, , b] = (await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor)).match(/\d+/g)!.map(Number);
    expect(b!).toBeGreaterThan(r! + 60);
    await page.close();
  });

  it('leads from home to a learning path, the seed concept, the assessment, the paths and the graph, with no orphan card', async () => {
    for (const options of [{ viewport: { width: 1440, height: 900 } }, PHONE]) {
      const context = await ctx.browser.newContext(options);
      const page = await context.newPage();
      await page.goto(ctx.url);
      const hrefs = await page.locator('.start-cards a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const base = new URL(ctx.url).pathname;
      expect(hrefs).toEqual(expect.arrayContaining([`${base}assess/`, `${base}paths/`, `${base}graph/`, `${base}concepts/integrating-security-with-it-operations/`]));
      expect(hrefs.some((h) => /\/paths\/[^/]+\/$/.test(h))).toBe(true);
      // Every row of cards is full: as many cards in the last row as in the first.
      const tops = await page.locator('.start-card').evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().top)));
      const perRow = [...tops.reduce((rows, top) => rows.set(top, (rows.get(top) ?? 0) + 1), new Map<number, number>()).values()];
      expect(perRow.at(-1)).toBe(perRow[0]);
      await context.close();
    }
  });

  it('right-aligns the type counts on home', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.url);
    expect(await page.locator('.type-table td.num').first().evaluate((td) => getComputedStyle(td).textAlign)).toBe('right');
    await page.close();
  });

  it('answers an unknown address with our 404 page: search filled from the address, a did-you-mean, the main links', async () => {
    const page = await ctx.browser.newPage();
    const response = await page.goto(`${ctx.url}concepts/chnage-enablement/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('There is no page at this address');
    await expect.poll(() => page.locator('[data-missing-query]').inputValue()).toBe('chnage enablement');
    await expect.poll(() => page.locator('[data-suggestion]').innerText()).toBe('Did you mean Change enablement?');
    expect(await page.locator('[data-missing-path]').innerText()).toBe('/concepts/chnage-enablement/');
    const places = await page.locator('.not-found-places a strong').allInnerTexts();
    expect(places).toEqual(expect.arrayContaining(['Concepts', 'Glossary', 'Learning paths', 'Graph', 'Assess']));
    expect(await page.locator('.site-header [data-search-launcher]').count()).toBe(1);
    // The search box takes the reader to the search page with the words.
    await page.locator('.not-found-search button').click();
    await page.waitForURL(/\/search\/\?q=chnage\+enablement$/);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation on the 404 page in ${colorScheme} mode`, async () => {
      const page = await ctx.browser.newPage({ colorScheme });
      await page.goto(`${ctx.url}no-such-page/`);
      await expect.poll(() => page.locator('[data-missing-path]').innerText()).not.toBe('');
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('is served with status 404 by astro preview, what npm start runs', async () => {
    const { dir, base } = inject('sites').root;
    const preview = await astroPreview(dir, base);
    try {
      const response = await fetch(`${preview.url}concepts/does-not-exist/`);
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain('There is no page at this address');
      expect(html).toContain('class="site-header"');
      const page = await ctx.browser.newPage();
      await page.goto(`${preview.url}concepts/does-not-exist/`);
      await expect.poll(() => page.locator('[data-missing-query]').inputValue()).toBe('does not exist');
      await page.close();
    } finally {
      await preview.stop();
    }
  });
});

describe.skipIf(!hasChromium)('the 404 page under a base path', () => {
  const ctx = useBrowser('subpath');

  it('links under the base and reads the address below it', async () => {
    const page = await ctx.browser.newPage();
    const response = await page.goto(`${ctx.url}concepts/incident-managment/`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('[data-suggestion] a').getAttribute('href'), { timeout: 10_000 }).toBe('/converge/concepts/incident-management/');
    expect(await page.locator('[data-missing-query]').inputValue()).toBe('incident managment');
    const hrefs = await page.locator('.not-found-places a, #site-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.every((href) => href!.startsWith('/converge/'))).toBe(true);
    await page.close();
  });
});
