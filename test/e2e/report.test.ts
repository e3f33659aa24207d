import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { longDate } from '../../src/assessment/scorecard-report.ts';
import { scorecardOscal, sp80053ByConcept } from '../../src/assessment/oscal.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { printedText } from '../support/printed-pages.ts';
import { hasJava, htmlErrors } from '../support/html-check.ts';
import { oscalErrors } from '../support/oscal-schema.ts';

// What a leader carries away: the printed report (one page, A4 and Letter, light or dark
// preference alike) and the slide image.
const content = validateContent();
const model = content.assessment!;
const versions = questionsByVersion(model, readVersionLock('content/assessment'));
const OCTOBER = 'test/fixtures/scorecards/acme-platform-2026-10.json';
const october = readScorecard(readFileSync(OCTOBER, 'utf8'), model, versions);
if (!october.ok) throw new Error(october.error);

const squash = (s: string) => s.replace(/\s+/g, '');
const levelName = (level: number) => `${level}·${model.levels[level]!.name}`;

/** What the report must show: the organization, every dimension with its target and its gap, and none of the page's tools. */
function expectReport(text: string) {
  expect(text).toContain(squash('Acme Bank · Platform operations'));
  expect(text).toContain(squash(`Model: version ${model.modelVersion}`));
  // The assessment in this browser is dated the day its results are shown (or shared).
  expect(text).toContain(squash(longDate(new Date().toISOString().slice(0, 10))));
  for (const d of october.ok ? october.result.dimensions : []) {
    expect(text).toContain(squash(`${d.title} ${d.score!.toFixed(1)} ${levelName(d.level!)} ${levelName(d.target)} ${d.gap > 0 ? `${d.gap} below` : 'met'}`));
  }
  expect(text).toContain('Do:');
  for (const tool of ['Concepts', 'Learning paths', 'Glossary', 'Compare two scorecards', 'Download', 'Print or save', 'Share link', 'Import', 'Read-only', 'How levels are computed']) {
    expect(text, tool).not.toContain(squash(tool));
  }
}

describe.skipIf(!hasChromium)('the scorecard report and slide image', () => {
  const ctx = useBrowser();
  let context: BrowserContext;
  const results = async (colorScheme: 'light' | 'dark' = 'light') => {
    context = await ctx.browser.newContext({ acceptDownloads: true, colorScheme });
    const page = await context.newPage();
    await page.goto(`${ctx.url}assess/#results`);
    await page.setInputFiles('#import-file', OCTOBER);
    await expect.poll(() => page.locator('[data-results=title]').innerText()).toContain('Acme Bank');
    return page;
  };

  it.each(['A4', 'Letter'] as const)('prints the results as exactly one %s page with the title block, every target and gap, and no tools', async (format) => {
    const page = await results();
    const pages = await printedText(page, format);
    expect(pages).toHaveLength(1);
    expectReport(pages[0]!);
    await context.close();
  });

  it.skipIf(!hasJava)('renders the results and the shared scorecard as valid HTML', { timeout: 180_000 }, async () => {
    const page = await results();
    await page.click('#share-create');
    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#v1\./);
    const link = await page.locator('#share-link').inputValue();
    const rendered = () => page.evaluate(() => `<!DOCTYPE html>${document.documentElement.outerHTML}`);
    expect(htmlErrors({ html: await rendered() })).toEqual([]);
    await page.goto(link);
    await expect.poll(() => page.locator('[data-results=title]').innerText()).toContain('Acme Bank');
    expect(htmlErrors({ html: await rendered() })).toEqual([]);
    await context.close();
  });

  it('has nothing to export before the first answer, and claims no gap for an unscored dimension', async () => {
    context = await ctx.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${ctx.url}assess/#results`);
    await expect.poll(() => page.locator('#export-empty').isVisible()).toBe(true);
    for (const button of await page.locator('button[data-export], #share-create').all()) expect(await button.isDisabled()).toBe(true);
    expect(await page.locator('[data-results=radar]').isVisible()).toBe(false);
    const gaps = await page.locator('.results-table tbody td[data-label=Gap]').allInnerTexts();
    expect(new Set(gaps)).toEqual(new Set(['–']));
    await page.setInputFiles('#import-file', OCTOBER);
    await expect.poll(() => page.locator('button[data-export=print]').isDisabled()).toBe(false);
    await context.close();
  });

  it('prints the radar labels at 8 pt or more', async () => {
    const page = await results();
    await page.emulateMedia({ media: 'print' });
    const smallest = await page.locator('[data-results=radar] svg').evaluate((svg: SVGSVGElement) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll('text')].filter((t) => t.querySelector('tspan')).map((t) => Number(t.getAttribute('font-size')) * scale);
      return Math.min(...sizes);
    });
    expect(smallest * 0.75).toBeGreaterThanOrEqual(8); // CSS px to pt
    await context.close();
  });

  it('adds the appendix, with every further step and the notes, only when asked', async () => {
    const page = await results();
    await page.check('[data-print-appendix]');
    const pages = await printedText(page, 'A4');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).not.toContain('Appendix');
    const rest = pages.slice(1).join('');
    expect(rest).toContain('Appendix');
    expect(rest).toContain(squash('CAB minutes, Q3 <script>alert(1)</script>'));
    await page.uncheck('[data-print-appendix]');
    expect(await printedText(page, 'A4')).toHaveLength(1);
    await context.close();
  });

  it.each(['A4', 'Letter'] as const)('prints a shared scorecard as one light %s page, though the browser prefers dark', async (format) => {
    const page = await results();
    await page.click('#share-create');
    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#v1\./);
    const link = await page.locator('#share-link').inputValue();
    await context.close();

    context = await ctx.browser.newContext({ colorScheme: 'dark' });
    const shared = await context.newPage();
    await shared.goto(link);
    await expect.poll(() => shared.locator('[data-results=title]').innerText()).toContain('Acme Bank');
    await shared.emulateMedia({ media: 'print' });
    const ink = await shared.evaluate(() => ({
      body: getComputedStyle(document.body).color,
      page: getComputedStyle(document.documentElement).backgroundColor,
      gap: getComputedStyle(document.querySelector('.results-table .below')!).color,
    }));
    expect(ink).toEqual({ body: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)', gap: 'rgb(163, 36, 27)' });
    const pages = await printedText(shared, format);
    expect(pages).toHaveLength(1);
    expectReport(pages[0]!);
    await context.close();
  });

  it('exports a 16:9 slide image: SVG with the title block as text, PNG at twice its size', async () => {
    const page = await results();
    const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=svg]')]);
    expect(svgFile.suggestedFilename()).toMatch(/^acme-bank-platform-operations-\d{4}-\d\d-\d\d\.svg$/);
    const svg = readFileSync(await svgFile.path(), 'utf8');
    const [, width, height] = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(Number(width) / Number(height)).toBeCloseTo(16 / 9, 2);
    const text = [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]*)</g)].map((m) => m[1]).join(' ');
    expect(text).toContain('Acme Bank · Platform operations');
    expect(text).toContain(longDate(new Date().toISOString().slice(0, 10)));
    const result = october.ok ? october.result : undefined;
    expect(text).toContain(`${result!.score!.toFixed(1)} / 4`);
    expect(text).toContain(`Level ${result!.level} · ${model.levels[result!.level!]!.name}`);
    expect(text).toContain(result!.weakest!.title.split(' ')[0]);

    const [pngFile] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=png]')]);
    const png = readFileSync(await pngFile.path());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    await context.close();
  });

  it('downloads OSCAL assessment results, from the results and from a shared scorecard, that NIST’s schema accepts', async () => {
    const page = await results();
    const [oscalFile] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=oscal]')]);
    expect(oscalFile.suggestedFilename()).toMatch(/^acme-bank-platform-operations-\d{4}-\d\d-\d\d\.oscal\.json$/);
    const oscal = JSON.parse(readFileSync(await oscalFile.path(), 'utf8'));
    expect(oscalErrors(oscal)).toEqual([]);
    // The same document the engine writes in Node, so the SP 800-53 mappings reached the browser whole.
    const [jsonFile] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=json]')]);
    const exported = readScorecard(readFileSync(await jsonFile.path(), 'utf8'), model, versions);
    if (!exported.ok) throw new Error(exported.error);
    const controls = sp80053ByConcept(content.concepts.map((c) => ({ id: c.id, mappings: c.data.mappings })));
    expect(oscal).toEqual(scorecardOscal(model, exported.scorecard, controls));
    expect(oscal['assessment-results'].results[0].findings.length).toBeGreaterThan(0);

    await page.click('#share-create');
    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#v1\./);
    await page.goto(await page.locator('#share-link').inputValue());
    await expect.poll(() => page.locator('[data-results=title]').innerText()).toContain('Acme Bank');
    const [sharedFile] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=oscal]')]);
    const shared = JSON.parse(readFileSync(await sharedFile.path(), 'utf8'));
    expect(oscalErrors(shared)).toEqual([]);
    expect(shared['assessment-results'].results[0].observations).toHaveLength(oscal['assessment-results'].results[0].observations.length);
    await context.close();
  });
});
