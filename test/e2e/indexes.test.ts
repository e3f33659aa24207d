import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

const WAIT = { timeout: 10_000 };
const visibleCards = (page: Page) => page.locator('.concept-card:visible');
const visibleTitles = (page: Page) => page.locator('.concept-card:visible a').allInnerTexts();

/** Opens an index page and waits for its filter script to show the box. */
async function openIndex(page: Page, url: string) {
  await page.goto(url);
  await page.locator('[data-filter-form][data-ready]').waitFor();
}

describe.skipIf(!hasChromium)('concept index and glossary in Chromium', () => {
  const ctx = useBrowser();

  describe('/concepts/', () => {
    it('narrows the cards as the reader types, says how many in a live region, and comes back when cleared', async () => {
      const page = await ctx.browser.newPage();
      await openIndex(page, `${ctx.url}concepts/`);
      const total = await visibleCards(page).count();
      expect(total).toBeGreaterThan(50);
      const status = page.locator('[data-filter-status]');
      expect(await status.getAttribute('role')).toBe('status');
      await page.locator('[data-filter-input]').pressSequentially('cab');
      // "cab" is an other name of the joint change advisory board (and a synonym of a few more); it
      // must not match "vocabulary" and the like.
      await expect.poll(() => visibleCards(page).count()).toBeLessThan(total / 4);
      expect(await visibleTitles(page)).toContain('Joint change advisory board');
      await expect.poll(() => status.innerText(), WAIT).toMatch(new RegExp(`^\\d+ of ${total} concepts match “cab”$`));
      // Groups with nothing left are hidden, not left as empty headings.
      expect(await page.locator('[data-group]:visible').count()).toBeLessThan(await page.locator('[data-group]').count());
      // The filter is in the address, so the narrowed list can be shared.
      expect(new URL(page.url()).searchParams.get('q')).toBe('cab');
      await page.locator('[data-filter-input]').fill('');
      await expect.poll(() => visibleCards(page).count()).toBe(total);
      await expect.poll(() => status.innerText(), WAIT).toBe(`${total} concepts`);
      await page.close();
    });

    it('filters by type with toggle facets that count what the words match', async () => {
      const page = await ctx.browser.newPage();
      await openIndex(page, `${ctx.url}concepts/`);
      const controls = page.getByRole('button', { name: /^Controls \d+$/ });
      const controlCount = Number(await controls.locator('[data-facet-count]').innerText());
      await controls.click();
      expect(await controls.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => visibleCards(page).count()).toBe(controlCount);
      expect(await page.locator('.concept-card:visible:not([data-type="control"])').count()).toBe(0);
      // Words and types together; the facet counts follow the words.
      await page.locator('[data-filter-input]').fill('change');
      await expect.poll(async () => Number(await controls.locator('[data-facet-count]').innerText())).toBeLessThan(controlCount);
      const changeControls = Number(await controls.locator('[data-facet-count]').innerText());
      expect(await visibleCards(page).count()).toBe(changeControls);
      expect(await page.locator('h2#control [data-group-count]').innerText()).toBe(`${changeControls} of ${controlCount}`);
      expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['control']);
      await controls.press('Space');
      expect(await controls.getAttribute('aria-pressed')).toBe('false');
      await expect.poll(() => visibleCards(page).count()).toBeGreaterThan(changeControls);
      await page.close();
    });

    it('knows the acronyms and field words that search knows (synonyms.yaml)', async () => {
      const page = await ctx.browser.newPage();
      await openIndex(page, `${ctx.url}concepts/?q=war+room`);
      await expect.poll(() => visibleTitles(page)).toContain('Unified incident command');
      await page.locator('[data-filter-input]').fill('MTTR');
      await expect.poll(() => visibleTitles(page)).toContain('Security incident time to restore');
      await page.close();
    });

    it('restores a filter from the address and says so when nothing matches', async () => {
      const page = await ctx.browser.newPage();
      await openIndex(page, `${ctx.url}concepts/?q=zzqx`);
      expect(await page.locator('[data-filter-input]').inputValue()).toBe('zzqx');
      expect(await visibleCards(page).count()).toBe(0);
      const empty = page.locator('[data-filter-empty]');
      expect(await empty.isVisible()).toBe(true);
      expect(await empty.locator('a').getAttribute('href')).toMatch(/search\/\?q=zzqx$/);
      await page.close();
    });

    it('shows every card, grouped, without JavaScript', async () => {
      const context = await ctx.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${ctx.url}concepts/`);
      expect(await page.locator('[data-filter-form]').isVisible()).toBe(false);
      expect(await visibleCards(page).count()).toBe(await page.locator('.concept-card').count());
      // The type bar is then a row of jump links.
      expect(await page.locator('.type-bar a[href="#control"]').isVisible()).toBe(true);
      await context.close();
    });

    it('keeps cards compact on a phone: whole card clickable, summaries clamped to two lines, type bar sticky', async () => {
      const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await openIndex(page, `${ctx.url}concepts/`);
      const card = page.locator('.concept-card').first();
      const summary = card.locator('p');
      const { height, lineHeight } = await summary.evaluate((p) => ({ height: p.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(p).lineHeight) }));
      expect(height).toBeLessThanOrEqual(lineHeight * 2 + 1);
      // A click anywhere on the card, not only on the title, opens the concept.
      const box = (await card.boundingBox())!;
      const href = await card.locator('a').getAttribute('href');
      await page.mouse.click(box.x + box.width - 10, box.y + box.height - 8);
      await page.waitForURL((url) => url.pathname === href);
      await page.goBack();
      await page.locator('[data-filter-form][data-ready]').waitFor();
      await page.evaluate(() => window.scrollTo(0, 3000));
      expect((await page.locator('.index-bar').boundingBox())!.y).toBeLessThanOrEqual(1);
      await context.close();
    });
  });

  describe('/glossary/', () => {
    it('has a sticky A–Z bar whose letters jump, with letters that have no term shown disabled', async () => {
      const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
      await openIndex(page, `${ctx.url}glossary/`);
      const letters = await page.locator('.letter-bar li > *').evaluateAll((els) =>
        els.map((el) => ({ letter: el.textContent, href: el.getAttribute('href'), disabled: el.getAttribute('aria-disabled') })));
      expect(letters.filter((l) => /^[A-Z]$/.test(l.letter!)).map((l) => l.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
      const disabled = letters.filter((l) => l.disabled === 'true');
      expect(disabled.length).toBeGreaterThan(0);
      // A disabled letter goes nowhere; every other letter's section exists.
      expect(disabled.every((l) => l.href === null)).toBe(true);
      for (const l of letters.filter((x) => x.href)) expect(await page.locator(l.href!).count()).toBe(1);
      expect(await page.getByRole('link', { name: disabled[0]!.letter!, exact: true }).getAttribute('aria-disabled')).toBe('true');

      await page.locator('.letter-bar a[href="#p"]').click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#p');
      // The heading lands just below the sticky bar, not hidden under it.
      const bar = (await page.locator('.index-bar').boundingBox())!;
      const heading = (await page.locator('h2#p').boundingBox())!;
      expect(bar.y).toBeLessThanOrEqual(1);
      expect(heading.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
      expect(heading.y).toBeLessThan(bar.y + bar.height + 30);
      await page.close();
    });

    it('gives each term a one-line definition and a type badge, and filters like the concept index', async () => {
      const page = await ctx.browser.newPage();
      await openIndex(page, `${ctx.url}glossary/`);
      const definitions = await page.locator('.glossary [data-item-text]').allInnerTexts();
      expect(definitions.length).toBeGreaterThan(50);
      expect(Math.max(...definitions.map((d) => d.length))).toBeLessThanOrEqual(121);
      expect(await page.locator('.glossary dt .badge').count()).toBe(definitions.length);
      await page.locator('[data-filter-input]').fill('jml');
      await expect.poll(() => page.locator('.glossary [data-item]:visible').count()).toBeLessThan(4);
      expect(await page.locator('.glossary [data-item]:visible dt').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^JML/)]));
      // Letters whose terms are all filtered out are marked so.
      expect(await page.locator('.letter-bar a[data-filtered-out]').count()).toBeGreaterThan(10);
      await page.close();
    });
  });
});
