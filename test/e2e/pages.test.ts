import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

/** One page of each kind a reader meets. */
const PAGES = {
  home: '',
  'concept index': 'concepts/',
  'program concept': 'concepts/integrating-security-with-it-operations/',
  'framework concept': 'concepts/nist-sp-800-53/',
  'metric concept': 'concepts/patch-latency-by-severity/',
  'boundary concept': 'concepts/tooling-without-process-integration/',
  assessment: 'assess/',
  'integration gap': 'gap/',
  compare: 'compare/',
  aggregate: 'aggregate/',
  'shared scorecard': 'scorecard/',
  glossary: 'glossary/',
  'learning paths': 'paths/',
  'learning path step': 'paths/integrated-operating-model-in-30-minutes/1/',
};

/** Tabs through the page until focus wraps, returning the href of every link that took focus. */
async function tabThroughLinks(page: Page): Promise<Set<string>> {
  const reached = new Set<string>();
  const total = await page.locator('a[href]').count();
  for (let i = 0; i < total + 10; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute?.('href') ?? null);
    if (href) reached.add(href);
  }
  return reached;
}

describe.skipIf(!hasChromium)('pages in Chromium', () => {
  const ctx = useBrowser();

  for (const [kind, path] of Object.entries(PAGES)) {
    describe(kind, () => {
      it('renders its heading and content', async () => {
        const page = await ctx.browser.newPage();
        const response = await page.goto(ctx.url + path);
        expect(response?.status()).toBe(200);
        expect((await page.locator('h1').innerText()).length).toBeGreaterThan(3);
        expect(await page.title()).toMatch(/Converge/);
        await page.close();
      });

      it('lets the keyboard reach every link', async () => {
        const page = await ctx.browser.newPage();
        await page.goto(ctx.url + path);
        // Links inside a closed <details> or an inactive assessment step are not shown, so not expected.
        const links = new Set(await page.locator('a[href]').evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')!)));
        const reached = await tabThroughLinks(page);
        expect([...links].filter((href) => !reached.has(href))).toEqual([]);
        await page.close();
      });

      for (const colorScheme of ['light', 'dark'] as const) {
        it(`has no serious or critical axe violation in ${colorScheme} mode`, async () => {
          const page = await ctx.browser.newPage({ colorScheme });
          await page.goto(ctx.url + path);
          expect(await seriousViolations(page)).toEqual([]);
          await page.close();
        });
      }

      it('fits a 360 px wide screen without sideways scrolling', async () => {
        const page = await ctx.browser.newPage({ viewport: { width: 360, height: 740 } });
        await page.goto(ctx.url + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.close();
      });
    });
  }

  it('shows a visible skip link first, which moves focus to the content', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.url + PAGES['program concept']);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('prints without the site chrome', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.url + PAGES['program concept']);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.close();
  });
});
