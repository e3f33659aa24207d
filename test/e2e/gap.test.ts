import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { disagreementList, gapBand, perceptionGap } from '../../src/assessment/perception-gap.ts';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { pngSize, printedText, SCREEN_ONLY_LABELS, squash } from '../support/report-files.ts';

const model = validateContent().assessment!;
const versions = questionsByVersion(model, readVersionLock('content/assessment'));
const SECURITY = 'test/fixtures/scorecards/acme-platform-security.json';
const OPERATIONS = 'test/fixtures/scorecards/acme-platform-operations.json';
const read = (path: string) => {
  const result = readScorecard(readFileSync(path, 'utf8'), model, versions);
  if (!result.ok) throw new Error(result.error);
  return result.scorecard;
};
const expected = perceptionGap(model, read(SECURITY).answers, read(OPERATIONS).answers);
const list = disagreementList(model, expected);
const questionNumber = (id: string) => {
  const d = model.dimensions.findIndex((x) => x.questions.some((q) => q.id === id));
  return `${d + 1}.${model.dimensions[d]!.questions.findIndex((q) => q.id === id) + 1}`;
};
const band = gapBand(model, expected.gap)!;

describe.skipIf(!hasChromium)('integration gap in Chromium', () => {
  const ctx = useBrowser();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`loads both perspectives and highlights the strong disagreements (${colorScheme} mode)`, async () => {
      const page = await ctx.browser.newPage({ colorScheme });
      await page.goto(`${ctx.url}gap/`);
      await page.setInputFiles('[data-side=security] input[type=file]', SECURITY);
      await page.setInputFiles('[data-side=operations] input[type=file]', OPERATIONS);
      await expect.poll(() => page.locator('#gap-results').isVisible()).toBe(true);
      expect(expected.disagreements).toBeGreaterThan(5);
      // Each disagreement once, widest first: the top five shown, the rest behind "Show all".
      const items = page.locator('#gap-disagreements .disagreements > li');
      expect(await items.count()).toBe(expected.disagreements);
      expect(await items.locator('.question .number').allTextContents()).toEqual(list.map((d) => d.questionId).map((id) => questionNumber(id)));
      expect(await page.locator('#gap-disagreements .disagreements > li:visible').count()).toBe(5);
      const first = await items.first().innerText();
      expect(first).toContain(list[0]!.prompt);
      expect(first).toContain(`(${list[0]!.difference} levels apart)`);
      expect(await items.first().locator('.evidence li').allInnerTexts()).toEqual(list[0]!.evidence);
      expect(await items.first().locator('.forum a').first().getAttribute('href')).toMatch(/\/concepts\/(joint|unified|shared|security)-/);
      const showAll = page.getByRole('button', { name: `Show all ${expected.disagreements}` });
      expect(await showAll.getAttribute('aria-expanded')).toBe('false');
      await showAll.click();
      expect(await page.locator('#gap-disagreements .disagreements > li:visible').count()).toBe(expected.disagreements);
      expect(await page.locator('#gap-steps, .talk-first').count()).toBe(0); // no second list repeating them

      const summary = await page.locator('#gap-summary').innerText();
      expect(summary).toContain(`${expected.gap!.toFixed(1)} levels`);
      expect(summary).toContain(`${expected.disagreements} strong disagreements over ${expected.comparable} comparable questions`);
      // The verdict names the model's band for this gap, and the key lists every band.
      expect(await page.locator('#gap-verdict').innerText()).toContain(`${band.name} (${expected.gap!.toFixed(1)} levels). ${band.meaning}`);
      expect(await page.locator('.gap-key li').allInnerTexts()).toHaveLength(model.perceptionGap!.bands.length);
      expect(await page.locator('.gap-key li.current').innerText()).toContain(band.name);
      // Three summary cards of one width.
      const widths = await page.locator('.gap-figures > div').evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().width)));
      expect(new Set(widths).size).toBe(1);
      expect(await page.locator('#gap-questions tr.disagree').count()).toBe(expected.disagreements);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('compares the security and operations assessments saved in this browser', async () => {
    const context = await ctx.browser.newContext();
    const page = await context.newPage();
    const [first] = model.dimensions[0]!.questions;
    await page.goto(`${ctx.url}assess/#start`);
    // Switching perspective asks first: choose, then confirm in the dialog.
    await page.getByRole('radio', { name: /The security side/ }).click();
    await page.click('#perspective-dialog button[value=switch]');
    await expect.poll(() => page.locator('h1').innerText()).toContain('the security side');
    await page.goto(`${ctx.url}assess/#${model.dimensions[0]!.id}`);
    await page.locator(`input[name="${first!.id}"][value="4"]`).check();
    await page.goto(`${ctx.url}assess/#start`);
    await page.getByRole('radio', { name: /The operations side/ }).click();
    await page.click('#perspective-dialog button[value=switch]');
    await expect.poll(() => page.locator('#assess-notice').innerText()).toContain('Now answering from the operations side');
    await page.goto(`${ctx.url}assess/#${model.dimensions[0]!.id}`);
    expect(await page.locator(`input[name="${first!.id}"]:checked`).count()).toBe(0); // a separate record
    await page.locator(`input[name="${first!.id}"][value="1"]`).check();
    await page.goto(`${ctx.url}gap/`);
    await page.getByRole('button', { name: 'Use the security assessment saved in this browser' }).click();
    await page.getByRole('button', { name: 'Use the operations assessment saved in this browser' }).click();
    await expect.poll(() => page.locator('#gap-disagreements .question').allInnerTexts()).toEqual([`1.1 ${first!.prompt} (3 levels apart)`]);
    await context.close();
  });

  const loadBoth = async (page: Page) => {
    await page.goto(`${ctx.url}gap/`);
    await page.setInputFiles('[data-side=security] input[type=file]', SECURITY);
    await page.setInputFiles('[data-side=operations] input[type=file]', OPERATIONS);
    await expect.poll(() => page.locator('#gap-results').isVisible()).toBe(true);
  };

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints a facilitator handout on at most two ${format} pages, every disagreement with its evidence and a line for the agreed level`, async () => {
      const page = await ctx.browser.newPage();
      await loadBoth(page);
      const { pages, text } = await printedText(page, format);
      expect(pages).toBeLessThanOrEqual(2);
      expect(text).toContain(squash('INTEGRATION GAP · ')); // the kicker, printed in capitals
      expect(text).toContain(squash('Acme Bank · Platform operations'));
      expect(text).toContain(squash('20 Nov 2026, by S. Lindqvist'));
      expect(text).toContain(squash(`version ${model.modelVersion}`));
      expect(text).toContain(squash(`${band.name} (${expected.gap!.toFixed(1)} levels).`));
      for (const d of list) {
        expect(text).toContain(squash(d.prompt)); // the ones behind "Show all" too
        for (const e of d.evidence) expect(text).toContain(squash(e));
      }
      expect(text.split(squash('Agreed level:')).length - 1).toBe(list.length);
      for (const d of model.dimensions) expect(text).toContain(squash(d.title));
      for (const label of [...SCREEN_ONLY_LABELS, 'Scorecard file', 'Show all', 'Print or save as PDF']) expect(text).not.toContain(squash(label));
      await page.close();
    });
  }

  it('exports the gap as a 16:9 slide picture, PNG and SVG', async () => {
    const context = await ctx.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await loadBoth(page);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gap image (PNG)' }).click()]);
    expect(png.suggestedFilename()).toMatch(/^acme-bank-platform-operations-integration-gap-\d{4}-\d\d-\d\d\.png$/);
    expect(pngSize(readFileSync((await png.path())!))).toEqual({ width: 1920, height: 1080 });
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gap image (SVG)' }).click()]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<svg [^>]*viewBox="0 0 960 540"/);
    expect(text).toContain('Acme Bank · Platform operations');
    expect(text).toContain(`${expected.gap!.toFixed(1)} levels`);
    expect(text).toContain(band.name);
    expect(text).toContain(`${expected.disagreements} questions`);
    expect(text).toContain(`${expected.comparable} of ${expected.questions.length}`);
    await context.close();
  });

  it('stacks the dimension table at 390 px, with radar labels of a legible size', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } });
    await loadBoth(page);
    expect(await page.locator('#gap-dimensions').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    // Rendered label size: the SVG font size times the scale the picture is drawn at.
    const px = await page.locator('#gap-radar svg').evaluate((svg) => {
      const label = svg.querySelector('text[text-anchor]')!;
      return label.getBoundingClientRect().height / (label.querySelectorAll('tspan').length || 1);
    });
    expect(px).toBeGreaterThanOrEqual(9);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('refuses a file that is not a scorecard on one side, and says so', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}gap/`);
    await page.setInputFiles('[data-side=operations] input[type=file]', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
    await expect.poll(() => page.locator('[data-side=operations] [data-error]').innerText()).toContain('not a JSON object');
    await page.close();
  });

  it('shows each team’s integration gap next to its maturity in the aggregate view', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}aggregate/`);
    await page.setInputFiles('#aggregate-files', [SECURITY, OPERATIONS, 'test/fixtures/scorecards/acme-platform-2026-12.json']);
    await expect.poll(() => page.locator('#heatmap thead th').last().innerText()).toBe('Integration gap');
    const gaps = await page.locator('#heatmap tbody td.gap-cell').allInnerTexts();
    const figure = `${expected.gap!.toFixed(1)} levels, ${expected.disagreements} strong disagreements`;
    expect(gaps).toEqual([figure, figure, 'joint assessment']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
