import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { validateContent } from '../../src/site/validate-content.ts';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { CHROMIUM_FLAGS, findChromium, launchChromium } from '../support/browser.ts';
import { hasChromium } from '../support/browser-suite.ts';
import { wakeGraph } from '../support/graph-page.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

// Offline workshops (#20): the site is opened once with a network, then used with none; a new
// deployment is offered, never mixed with the build a page started with.
const model = validateContent().assessment!;
const WAIT = { timeout: 15_000 };
// Caching the whole site (about 320 files) takes seconds, more on a loaded machine.
const PRECACHED = { timeout: 60_000 };
const CONCEPT = 'concepts/change-enablement/';
const SAVED = 'Converge is saved in this browser';

/** Opens the home page and waits until the worker has cached every file and controls the page. */
async function firstVisit(page: Page, url: string) {
  await page.goto(url);
  await expect.poll(() => page.locator('[data-offline-status]').innerText(), PRECACHED).toContain(SAVED);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, PRECACHED);
}

/** Requests the pages of a context make to any origin but the test server's. */
function otherOrigins(context: BrowserContext, url: string) {
  const origin = new URL(url).origin;
  const seen: string[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) seen.push(request.url());
  });
  return seen;
}

describe.skipIf(!hasChromium)('offline and installable', { timeout: 180_000 }, () => {
  let browser: Browser;
  let server: StaticServer;
  let live: string;
  const sites = inject('sites');

  beforeAll(async () => {
    browser = await launchChromium({ serviceWorkers: 'allow' });
    // A copy of the build to serve, so a "new deployment" can replace it without touching the original.
    live = mkdtempSync(join(tmpdir(), 'converge-live-'));
    cpSync(sites.root.dir, live, { recursive: true });
    server = await serveStatic(live);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (live) rmSync(live, { recursive: true, force: true });
  });

  it('passes Chromium installability checks on the home page, with a manifest of its own origin', async () => {
    // A real profile, as a visitor's: Chromium never offers to install from an incognito one,
    // which is what Playwright's ordinary contexts are.
    const profile = mkdtempSync(join(tmpdir(), 'converge-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
    const page = context.pages()[0] ?? (await context.newPage());
    await firstVisit(page, server.url);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toBe(`${server.url}manifest.webmanifest`);
    expect(JSON.parse(manifest.data!)).toMatchObject({ short_name: 'Converge', display: 'standalone', start_url: './' });
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('works with no network once opened: a concept page, the graph, search, and the assessment answered and reloaded', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const leaks = otherOrigins(context, server.url);
    const page = await context.newPage();
    await firstVisit(page, server.url);
    await context.setOffline(true);
    // The network is really gone: a file the site does not have cannot be fetched.
    expect(await page.evaluate(() => fetch(`/not-in-the-build-${Date.now()}.txt`).then(() => 'fetched', () => 'failed'))).toBe('failed');

    // A page never opened before.
    await page.goto(server.url + CONCEPT);
    expect(await page.locator('h1').innerText()).toBe('Change enablement');
    expect(await page.locator('.local-graph svg, .local-graph').count()).toBeGreaterThan(0);

    // The graph explorer draws, then starts Cytoscape (a chunk of its own) on the first move toward it.
    await page.goto(`${server.url}graph/`);
    await wakeGraph(page);
    expect(await page.locator('[data-graph-explorer]').getAttribute('data-ready')).toBe('true');

    // Search loads its code and index on first use: both come from the cache.
    await page.goto(server.url + CONCEPT);
    await page.locator('[data-search-launcher][aria-haspopup="dialog"]').waitFor();
    await page.keyboard.press('/');
    await page.locator('#search-dialog-input').waitFor();
    await page.keyboard.type('drift');
    await expect.poll(() => page.locator('.search-result-title').allInnerTexts(), WAIT).toContain('Configuration drift detection');

    // The assessment: an answer given offline survives a reload offline.
    const first = model.dimensions[0]!;
    await page.goto(`${server.url}assess/#${first.id}`);
    const radio = page.locator(`input[name="${first.questions[0]!.id}"][value="3"]`);
    await radio.check();
    await page.reload();
    await expect.poll(() => page.locator(`input[name="${first.questions[0]!.id}"][value="3"]`).isChecked(), WAIT).toBe(true);

    // Offline, a page the site does not have says so instead of the browser's error.
    await page.goto(`${server.url}concepts/no-such-concept/`);
    expect(await page.locator('h1').innerText()).toBe('There is no page at this address');
    expect(leaks).toEqual([]);
    await context.close();
  });

  it('offers a new deployment, keeps each open page on the build it started with, then moves every page to the new one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await firstVisit(page, server.url);
    await page.goto(server.url + CONCEPT);
    const other = await context.newPage();
    await other.goto(`${server.url}paths/`);
    const oldTitle = await page.locator('h1').innerText();
    const oldPathsLead = await other.locator('h1').innerText();

    // Deploy a changed build: two pages say so in their heading; the worker lists the new revisions.
    const next = mkdtempSync(join(tmpdir(), 'converge-next-'));
    cpSync(live, next, { recursive: true });
    for (const [file, from] of [[`${CONCEPT}index.html`, oldTitle], ['paths/index.html', oldPathsLead]] as const) {
      const html = readFileSync(join(next, file), 'utf8');
      writeFileSync(join(next, file), html.replace(`>${from}</h1>`, `>${from} (new build)</h1>`));
    }
    await writeServiceWorker(next);
    rmSync(live, { recursive: true, force: true });
    cpSync(next, live, { recursive: true });
    rmSync(next, { recursive: true, force: true });

    // Opening a page looks for a new worker; it installs beside the old one and is offered.
    await page.reload();
    await expect.poll(() => page.locator('[data-offline-status]').innerText(), PRECACHED).toContain('A new version of Converge is available.');
    // Until the user accepts, both tabs, and any page they open, stay on the old build.
    expect(await page.locator('h1').innerText()).toBe(oldTitle);
    await other.goto(`${server.url}paths/`);
    expect(await other.locator('h1').innerText()).toBe(oldPathsLead);
    await other.goto(server.url + CONCEPT);
    expect(await other.locator('h1').innerText()).toBe(oldTitle);

    // Reload: the new build takes over and every open page reloads into it.
    await Promise.all([other.waitForEvent('load', WAIT), page.waitForEvent('load', WAIT), page.getByRole('button', { name: 'Reload' }).click()]);
    await expect.poll(() => page.locator('h1').innerText(), WAIT).toBe(`${oldTitle} (new build)`);
    await expect.poll(() => other.locator('h1').innerText(), WAIT).toBe(`${oldTitle} (new build)`);
    await other.goto(`${server.url}paths/`);
    expect(await other.locator('h1').innerText()).toBe(`${oldPathsLead} (new build)`);

    // The old build's copies are gone from the cache: one entry per file, of the new build.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const urls = (await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)))).flat();
      return { names, urls };
    });
    expect(cached.names).toHaveLength(1);
    const conceptEntries = cached.urls.filter((u) => new URL(u).pathname === `/${CONCEPT}index.html`);
    expect(conceptEntries).toHaveLength(1);
    await context.close();
  });

  it('works under a sub-path, with the worker scoped to it', async () => {
    const sub = await serveStatic(sites.subpath.dir, sites.subpath.base);
    const context = await browser.newContext();
    const page = await context.newPage();
    await firstVisit(page, sub.url);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(sub.url);
    await context.setOffline(true);
    await page.goto(sub.url + CONCEPT);
    expect(await page.locator('h1').innerText()).toBe('Change enablement');
    await context.close();
    await sub.close();
  });
});
