import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { printedSheets } from '../support/printed-pages.ts';

const CONCEPT = 'concepts/change-enablement/';
const FRAMEWORK = 'concepts/nist-csf-2/';
const BOUNDARY = 'concepts/standalone-soc/';

/** Relative luminance (WCAG) of a computed CSS colour such as "rgb(26, 29, 35)". */
function luminance(colour: string): number {
  const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The h2 ids of the concept's text, and the targets of its "On this page" links. */
const outline = (page: Page) =>
  page.evaluate(() => ({
    headings: [...document.querySelectorAll('.concept-body h2')].map((h) => h.id),
    links: [...document.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href')),
  }));

describe.skipIf(!hasChromium)('a concept page in Chromium', () => {
  const ctx = useBrowser();

  it('puts the facts and a sticky "On this page" beside the text at 1440 px, with a link to every section', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(ctx.url + CONCEPT);
    const rail = (await page.locator('.concept-rail').boundingBox())!;
    const body = (await page.locator('.concept-body').boundingBox())!;
    expect(rail.x).toBeGreaterThanOrEqual(body.x + body.width);
    expect(rail.y).toBeLessThan(300);
    expect(await page.locator('.glance').innerText()).toMatch(/Owned by\s+Change manager/);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    expect(await toc.isVisible()).toBe(true);

    const { headings, links } = await outline(page);
    expect(headings.length).toBeGreaterThan(6);
    expect(headings.every((id) => id !== '')).toBe(true);
    expect(links).toEqual(headings.map((id) => `#${id}`));
    for (const link of await toc.getByRole('link').all()) expect(await link.isVisible()).toBe(true);

    // It follows the reader: far down the page, the outline is still on screen, and its links still work.
    await toc.getByRole('link', { name: 'Sources' }).click();
    await page.waitForFunction(() => scrollY > 2000);
    const stuck = (await toc.boundingBox())!;
    expect(stuck.y).toBeGreaterThanOrEqual(0);
    expect(stuck.y).toBeLessThan(900);
    const sources = (await page.locator('#sources-heading').boundingBox())!;
    expect(sources.y).toBeGreaterThanOrEqual(0);
    expect(sources.y + sources.height).toBeLessThanOrEqual(900);
    await page.close();
  });

  it('marks the section being read in the outline as the reader scrolls, with nothing marked at the top', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(ctx.url + CONCEPT);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const current = () => toc.locator('a[aria-current="true"]').allInnerTexts();
    expect(await current()).toEqual([]);
    // The heading passes the top fifth of the window: its section is the one being read.
    await page.evaluate(() => scrollTo(0, document.getElementById('failure-modes')!.getBoundingClientRect().top + scrollY - 100));
    await expect.poll(current).toEqual(['Failure modes']);
    await page.evaluate(() => scrollTo(0, document.getElementById('worked-example')!.getBoundingClientRect().top + scrollY - 100));
    await expect.poll(current).toEqual(['Worked example']);
    // At the very bottom the last section is marked, however short it is.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(current).toEqual(['Sources']);
    await page.close();
  });

  it('folds the facts and the outline above the text at 390 px, without sideways scrolling', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(ctx.url + CONCEPT);
    const h1 = (await page.locator('h1').boundingBox())!;
    const rail = (await page.locator('.concept-rail').boundingBox())!;
    const firstBox = (await page.locator('.boundary').boundingBox())!;
    expect(rail.y).toBeGreaterThan(h1.y);
    expect(rail.y + rail.height).toBeLessThanOrEqual(firstBox.y);
    // Both fold, so the text begins on the first screen.
    expect(firstBox.y).toBeLessThan(844);
    expect(await page.locator('.glance a', { hasText: 'Change manager' }).isVisible()).toBe(false);
    await page.locator('.glance summary').click();
    expect(await page.locator('.glance').innerText()).toMatch(/Owned by\s+Change manager/);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    expect(await toc.getByRole('link').first().isVisible()).toBe(false);
    await toc.locator('summary').click();
    expect(await toc.getByRole('link', { name: 'Relations' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // The drawing would have 6 px labels here: the lists stand in for it, and the explorer link stays.
    expect(await page.locator('.local-graph-drawing').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Explore Change enablement in the graph' }).isVisible()).toBe(true);
    // The mapping table becomes cards that fit the screen.
    const row = (await page.locator('#mappings-heading ~ .table-scroll tbody tr').first().boundingBox())!;
    expect(row.x + row.width).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('lists each relation once, folding a long group behind "+N more"', async () => {
    const page = await ctx.browser.newPage();
    // A hub with a long group: the role that owns most of the integration's controls.
    await page.goto(`${ctx.url}concepts/operational-security-lead/`);
    const hrefs = await page.locator('.relation-groups a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(20);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const more = page.locator('.relation-groups details.more').first();
    const hidden = more.locator('a').first();
    expect(await hidden.isVisible()).toBe(false);
    expect(await more.locator('summary').innerText()).toMatch(/^\+\d+ more$/);
    await more.locator('summary').click();
    expect(await hidden.isVisible()).toBe(true);
    expect(await page.locator('.local-graph figcaption').innerText()).toContain('the lists above');
    expect(await page.locator('.graph-legend').innerText()).toMatch(/Role[\s\S]*owned by \/ owns/);
    await page.close();
  });

  it('on a framework page, shows its concepts in one table of identifiers, not again as "Mapped from"', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.url + FRAMEWORK);
    expect(await page.locator('.relation-groups dt', { hasText: 'Mapped from' }).count()).toBe(0);
    expect(await page.locator('.relation-groups a[data-relation="mapsTo"]').count()).toBe(0);
    const rows = page.locator('#mapped-heading ~ .table-scroll tr.identifier');
    expect(await rows.count()).toBeGreaterThan(10);
    const groups = await page.locator('#mapped-heading ~ .table-scroll tr.identifier-group th').allInnerTexts();
    expect(groups.map((g) => g.split('\n')[0])).toEqual(expect.arrayContaining(['Govern (GV)', 'Identify (ID)', 'Protect (PR)']));
    // A concept in the table is not listed again as merely "related to" (a typed relation, which says more, stays).
    const inTable = new Set(await rows.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    const related = await page.locator('.relation-groups a[data-relation="relatedTo"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(related.length).toBeGreaterThan(0);
    expect(related.filter((href) => inTable.has(href))).toEqual([]);
    await page.close();
  });

  it('frames a boundary as what integration is not, never in the colours of good practice', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.url + CONCEPT);
    const good = await page.locator('#is-heading').evaluate((h) => getComputedStyle(h).color);
    await page.goto(ctx.url + BOUNDARY);
    expect(await page.getByRole('note').innerText()).toContain('This is what integration is not');
    expect(await page.locator('#is-heading').innerText()).toBe('What it looks like');
    expect(await page.locator('#is-not-heading').innerText()).toBe('Not to be confused with');
    expect(await page.locator('#is-heading').evaluate((h) => getComputedStyle(h).color)).not.toBe(good);
    // The green goes to what to do instead.
    expect(await page.locator('#instead-heading').evaluate((h) => getComputedStyle(h).color)).toBe(good);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation at 390 px in ${colorScheme} mode (the 1440 px case is in pages.test.ts)`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme });
      await page.goto(ctx.url + BOUNDARY);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('prints in dark ink on white when the browser prefers dark', async () => {
    const page = await ctx.browser.newPage({ colorScheme: 'dark' });
    await page.goto(ctx.url + BOUNDARY);
    const screen = await page.locator('h2#is-heading').evaluate((h) => getComputedStyle(h).color);
    expect(luminance(screen)).toBeGreaterThan(0.3); // the screen really is dark mode
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const selector of ['h1', 'h2#is-heading', 'h2#is-not-heading', 'h2#instead-heading', '.lead', '.concept-head .badge', '.relation-groups a']) {
      const colour = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).color);
      expect(luminance(colour), selector).toBeLessThan(0.15);
    }
    const badge = await page.locator('.concept-head .badge').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(luminance(badge)).toBeGreaterThan(0.7);
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    await page.close();
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints without a mostly blank sheet (${format})`, async () => {
      const page = await ctx.browser.newPage({ colorScheme: 'dark' });
      for (const path of [CONCEPT, FRAMEWORK, 'concepts/integrating-security-with-it-operations/']) {
        await page.goto(ctx.url + path);
        const sheets = await printedSheets(page, format);
        expect(sheets.length, path).toBeGreaterThan(1);
        // Every sheet but the last is filled at least two thirds of the way down.
        sheets.slice(0, -1).forEach((sheet, i) => expect(sheet.reach, `${path} sheet ${i + 1}`).toBeGreaterThan(0.66));
        expect(sheets.at(-1)!.characters).toBeGreaterThan(0);
      }
      await page.close();
    });
  }
});
