import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { encodeShareFragment } from '../../src/assessment/share-link.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

const model = validateContent().assessment!;
const versions = questionsByVersion(model, readVersionLock('content/assessment'));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
/** Lighthouse's mobile budget for a good page is 0.1; the app pages hold themselves to half. */
const BUDGET = 0.05;

/**
 * Loads a page as a phone on a slow link meets it: the page is drawn before its scripts and the
 * model arrive (held back here), so whatever the scripts change happens on screen. Returns the
 * sum of every layout shift not caused by input, from a buffered PerformanceObserver.
 */
async function shiftOnLoad(page: Page, url: string, ready: string): Promise<number> {
  await page.route(/\/_astro\/.*\.js$|\/assessment\.json$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) sum += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // Two frames: every shift so far has been delivered.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
      }),
  );
}

describe.skipIf(!hasChromium)('layout shift while the app pages load, in Chromium', () => {
  const ctx = useBrowser();

  for (const viewport of [PHONE, DESKTOP]) {
    it(`keeps /assess/, /compare/, /aggregate/, /gap/, a shared scorecard and /graph/ still as their scripts start (${viewport.width})`, async () => {
      const card = readScorecard(readFileSync('test/fixtures/scorecards/acme-platform-2026-12.json', 'utf8'), model, versions);
      if (!card.ok) throw new Error(card.error);
      const fragment = await encodeShareFragment(card.scorecard, versions.get(card.scorecard.modelVersion)!);
      const pages: [string, string][] = [
        ['assess/', '.assessment.js'],
        [`assess/#${model.dimensions[1]!.id}`, '.assessment.js'],
        ['assess/#results', '.assessment.js [data-results=title] *'],
        ['compare/', '.compare-view.js'],
        ['aggregate/', '[data-scorecard-aggregate].js'],
        ['gap/', 'text=No security assessment saved in this browser yet'],
        [`scorecard/#${fragment}`, '#shared-view:not([hidden]) .report-title'],
        // The graph: drawn, described, its panel restored; Cytoscape waits for the reader.
        ['graph/', '#graph-side[data-described]'],
        ['graph/?focus=change-enablement', '#graph-panel h2'],
        // The index pages: the filter box is laid out before its script arrives.
        ['concepts/', '[data-filter-form][data-ready]'],
        ['glossary/', '[data-filter-form][data-ready]'],
        // The not-found page, whose address line and "did you mean" are filled in the browser.
        ['concepts/chnage-enablement/', '[data-suggestion] a'],
      ];
      const shifts: Record<string, number> = {};
      for (const [path, ready] of pages) {
        const context = await ctx.browser.newContext({ viewport });
        shifts[path.replace(/#v1\..*/, '#(share link)')] = await shiftOnLoad(await context.newPage(), ctx.url + path, ready);
        await context.close();
      }
      expect(Object.entries(shifts).filter(([, shift]) => shift > BUDGET)).toEqual([]);
    });

    it(`keeps /assess/ still when a returning user resumes, welcome and all (${viewport.width})`, async () => {
      const context = await ctx.browser.newContext({ viewport });
      const page = await context.newPage();
      const dimension = model.dimensions[1]!;
      await page.goto(`${ctx.url}assess/#${dimension.id}`);
      for (const question of dimension.questions.slice(0, 2)) await page.locator(`input[name="${question.id}"][value="2"]`).check();
      const fresh = await context.newPage();
      const shift = await shiftOnLoad(fresh, `${ctx.url}assess/`, '.resume-notice');
      expect(await fresh.evaluate(() => location.hash)).toBe(`#${dimension.id}`);
      expect(shift).toBeLessThanOrEqual(BUDGET);
      await context.close();
    });
  }
});
