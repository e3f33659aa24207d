import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

const CONCEPT = 'concepts/change-enablement/';
// The first search loads a module and the index: on a loaded CI machine that can take seconds.
const WAIT = { timeout: 10_000 };
const dialog = (page: Page) => page.locator('dialog.search-dialog');
const input = (page: Page) => page.locator('#search-dialog-input');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
const launcherHasFocus = (page: Page) => page.evaluate(() => document.activeElement?.hasAttribute('data-search-launcher') ?? false);

/** Presses a shortcut and waits for the dialog's box to take focus (the UI loads on first use). */
async function shortcut(page: Page, key = '/') {
  await page.keyboard.press(key);
  await expect.poll(() => focusedId(page), WAIT).toBe('search-dialog-input');
}

/** Opens a page and waits until its launcher script has run. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('[data-search-launcher][aria-haspopup="dialog"]').waitFor();
}

describe.skipIf(!hasChromium)('search in Chromium', () => {
  const ctx = useBrowser();

  it('loads nothing of search but the launcher until the first open, then fetches the index once', async () => {
    const page = await ctx.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await open(page, ctx.url + CONCEPT);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => /search-index|search-ui/.test(r))).toEqual([]);
    await shortcut(page);
    await page.keyboard.type('drift');
    await page.locator('.search-result').first().waitFor();
    await page.keyboard.press('Escape');
    await shortcut(page);
    await page.keyboard.type('x');
    expect(requests.filter((r) => r.endsWith('/search-index.json'))).toHaveLength(1);
    await page.close();
  });

  it('opens with /, finds as you type, and Enter on the chosen result opens its page', async () => {
    const page = await ctx.browser.newPage();
    await open(page, ctx.url + CONCEPT);
    await shortcut(page);
    expect(await dialog(page).evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.keyboard.type('incident comander');
    await expect.poll(() => page.locator('.search-result').count(), WAIT).toBeGreaterThan(0);
    // The misspelling is named with what was searched instead.
    await expect.poll(() => page.locator('.search-status').innerText(), WAIT).toMatch(/^\d+ concepts? found for “incident commander”(\.|, showing the best \d+\.)$/);
    await page.keyboard.press('ArrowDown');
    const active = page.locator('.search-result[aria-selected="true"]');
    expect(await input(page).getAttribute('aria-activedescendant')).toBe(await active.getAttribute('id'));
    expect(await active.locator('.search-result-title').innerText()).toBe('Incident commander');
    expect(await active.locator('.search-result-title mark').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/concepts\/incident-commander\/$/);
    expect(await page.locator('h1').innerText()).toBe('Incident commander');
    await page.close();
  });

  it('keeps what a fast typist types straight after / while the search code loads', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.url + CONCEPT);
    // No waiting between the shortcut and the typing: the first open still has to load its module.
    await page.keyboard.press('/');
    await page.keyboard.type('chnage risk');
    await expect.poll(() => input(page).inputValue(), WAIT).toBe('chnage risk');
    await expect.poll(() => page.locator('.search-result-title').first().innerText(), WAIT).toMatch(/change/i);
    await page.close();
  });

  it('moves the active result with the arrows, wrapping at both ends', async () => {
    const page = await ctx.browser.newPage();
    await open(page, ctx.url + CONCEPT);
    await shortcut(page);
    await page.keyboard.type('change');
    await expect.poll(() => page.locator('.search-result').count(), WAIT).toBeGreaterThan(2);
    const activeIndex = () => page.locator('.search-result').evaluateAll((els) => els.findIndex((el) => el.getAttribute('aria-selected') === 'true'));
    const count = await page.locator('.search-result').count();
    await page.keyboard.press('ArrowUp');
    expect(await activeIndex()).toBe(count - 1);
    await page.keyboard.press('ArrowDown');
    expect(await activeIndex()).toBe(0);
    await page.keyboard.press('ArrowDown');
    expect(await activeIndex()).toBe(1);
    await page.close();
  });

  it('closes on Escape and gives focus back to the launcher', async () => {
    const page = await ctx.browser.newPage();
    await open(page, ctx.url + CONCEPT);
    await shortcut(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).evaluate((d: HTMLDialogElement) => d.open), WAIT).toBe(false);
    expect(await launcherHasFocus(page)).toBe(true);
    await page.close();
  });

  it('opens with Ctrl+K and with a click on the launcher', async () => {
    const page = await ctx.browser.newPage();
    await open(page, ctx.url + CONCEPT);
    await shortcut(page, 'Control+k');
    await page.keyboard.press('Escape');
    await page.locator('[data-search-launcher]').click();
    await expect.poll(() => focusedId(page), WAIT).toBe('search-dialog-input');
    // A click on the backdrop closes it too.
    await page.mouse.click(5, 700);
    await expect.poll(() => dialog(page).evaluate((d: HTMLDialogElement) => d.open), WAIT).toBe(false);
    await page.close();
  });

  it('leaves / alone while the reader types in a field, such as the graph page’s find box', async () => {
    const page = await ctx.browser.newPage();
    await open(page, `${ctx.url}graph/`);
    await page.locator('#graph-find').focus();
    await page.keyboard.type('a/b');
    expect(await page.locator('#graph-find').inputValue()).toBe('a/b');
    expect(await dialog(page).count()).toBe(0);
    await page.close();
  });

  it('says what can be searched when the box is empty, and where to look when nothing matches', async () => {
    const page = await ctx.browser.newPage();
    await open(page, ctx.url + CONCEPT);
    await shortcut(page);
    const help = page.locator('dialog .search-help:visible');
    expect(await help.innerText()).toMatch(/identifiers such as CM-3/);
    await page.keyboard.type('qqxzv');
    await expect.poll(() => page.locator('.search-status').innerText(), WAIT).toBe('No concept matches “qqxzv”.');
    expect(await page.locator('.search-result').count()).toBe(0);
    expect(await page.locator('#search-dialog-results').isHidden()).toBe(true);
    expect(await help.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/concepts/', '/glossary/']);
    await page.close();
  });

  it('runs /search/?q= as a page, keeping the query in the address as it changes', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}search/?q=CM-3`);
    await expect.poll(() => page.locator('.search-result').count(), WAIT).toBeGreaterThan(3);
    expect(await page.locator('.search-result').first().locator('.search-result-snippet mark').innerText()).toBe('CM-3');
    await page.locator('#search-page-input').fill('8.32');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), WAIT).toBe('8.32');
    await expect.poll(() => page.locator('.search-result-snippet mark').first().innerText(), WAIT).toBe('8.32');
    // The shortcut on the search page goes to its own box, not to a second search.
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await focusedId(page)).toBe('search-page-input');
    expect(await dialog(page).count()).toBe(0);
    await page.close();
  });

  it('shows every result on "Show all", from the keyboard, and keeps that in the address', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}search/?q=change`);
    await expect.poll(() => page.locator('.search-result').count(), WAIT).toBe(20);
    const status = await page.locator('.search-status').innerText();
    const total = Number(/^(\d+) concepts found, showing the best 20\./.exec(status)?.[1]);
    expect(total).toBeGreaterThan(40);
    const more = page.locator('.search-more');
    expect(await more.innerText()).toBe(`Show all ${total} results`);
    // The button follows the box in the tab order (the results are reached with the arrows).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-more');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.search-result').count(), WAIT).toBe(total);
    expect(await page.locator('.search-status').innerText()).toBe(`${total} concepts found.`);
    expect(await more.isHidden()).toBe(true);
    // Focus is back in the box, on the first result that was not shown before, so ↓ carries on from there.
    expect(await focusedId(page)).toBe('search-page-input');
    const active = page.locator('.search-result[aria-selected="true"]');
    expect(await active.getAttribute('id')).toBe('search-page-results-20');
    expect(await page.locator('#search-page-input').getAttribute('aria-activedescendant')).toBe('search-page-results-20');
    expect(new URL(page.url()).search).toBe('?q=change&all');
    // The address brings all of them back; a new query starts again from its best.
    await page.reload();
    await expect.poll(() => page.locator('.search-result').count(), WAIT).toBe(total);
    await page.locator('#search-page-input').fill('security');
    await expect.poll(() => page.locator('.search-result').count(), WAIT).toBe(20);
    expect(new URL(page.url()).searchParams.has('all')).toBe(false);
    await page.close();
  });

  it('offers starting points on the search page before a query', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}search/`);
    const start = page.locator('.search-start');
    await start.waitFor();
    expect(await start.locator('a[href^="/paths/"]').count()).toBeGreaterThanOrEqual(3);
    expect(await start.locator('a[href="/concepts/#practice"]').innerText()).toMatch(/^Practices \d+$/);
    await page.locator('#search-page-input').fill('drift');
    await expect.poll(() => start.isHidden(), WAIT).toBe(true);
    await page.close();
  });

  it('says what an acronym stands for when it matched through the synonym list', async () => {
    const page = await ctx.browser.newPage();
    await open(page, ctx.url + CONCEPT);
    await shortcut(page);
    await page.keyboard.type('SoD');
    const first = page.locator('.search-result').first();
    await expect.poll(() => first.locator('.search-result-snippet').innerText(), WAIT).toBe('SoD: segregation of duties');
    await page.close();
  });

  it('fills a phone screen with results, with no keyboard hints and a Close button', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await open(page, ctx.url + CONCEPT);
    await page.locator('[data-search-launcher]').tap();
    await expect.poll(() => focusedId(page), WAIT).toBe('search-dialog-input');
    await page.keyboard.type('change');
    await expect.poll(() => page.locator('.search-result').count(), WAIT).toBe(20);
    const box = await dialog(page).boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    // Results wholly inside the screen and the list's scrolled view.
    const seen = await page.locator('.search-result').evaluateAll((options) => {
      const list = options[0]!.parentElement!.getBoundingClientRect();
      return options.filter((o) => {
        const r = o.getBoundingClientRect();
        return r.top >= list.top && r.bottom <= Math.min(list.bottom, innerHeight);
      }).length;
    });
    expect(seen).toBeGreaterThan(3);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.locator('.search-keys-hint').isVisible()).toBe(false);
    const close = page.locator('.search-close');
    expect(await close.innerText()).toBe('Close');
    expect(await page.locator('.search-close-key').isVisible()).toBe(false);
    await close.tap();
    await expect.poll(() => dialog(page).evaluate((d: HTMLDialogElement) => d.open), WAIT).toBe(false);
    await context.close();
  });

  it('keeps the dialog a centred card with key hints and an Esc chip on a wide screen', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await open(page, ctx.url + CONCEPT);
    await shortcut(page);
    const box = (await dialog(page).boundingBox())!;
    expect(box.width).toBeLessThan(800);
    expect(box.x).toBeGreaterThan(300);
    expect(await page.locator('.search-keys-hint').isVisible()).toBe(true);
    expect(await page.locator('.search-close-key').isVisible()).toBe(true);
    expect(await page.locator('.search-close-word').boundingBox()).toMatchObject({ width: 1, height: 1 });
    expect(await page.getByRole('button', { name: 'Esc Close' }).count()).toBe(1);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation on the search page and in the dialog (${colorScheme})`, async () => {
      const page = await ctx.browser.newPage({ colorScheme });
      await page.goto(`${ctx.url}search/?q=change`);
      await page.locator('.search-result').first().waitFor();
      await page.keyboard.press('ArrowDown');
      expect(await seriousViolations(page)).toEqual([]);
      await open(page, ctx.url + CONCEPT);
      await shortcut(page);
      await page.keyboard.type('vulnerabilty');
      await page.locator('.search-result').first().waitFor();
      await page.keyboard.press('ArrowDown');
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

describe.skipIf(!hasChromium)('search under a sub-path', () => {
  const ctx = useBrowser('subpath');

  it('fetches the index and links results under the base path', async () => {
    const page = await ctx.browser.newPage();
    await open(page, ctx.url + CONCEPT);
    await shortcut(page);
    await page.keyboard.type('drift');
    await page.locator('.search-result').first().waitFor();
    const hrefs = await page.locator('.search-result').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.every((href) => href.startsWith('/converge/concepts/'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/converge\/concepts\/configuration-drift-detection\/$/);
    await page.close();
  });
});
