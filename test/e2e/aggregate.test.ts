import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shortDimensionLabel } from '../../src/assessment/heatmap.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { openWithScriptsHeld } from '../support/held-scripts.ts';
import { TEAMS, teamScorecards } from '../support/team-scorecards.ts';

const model = validateContent().assessment!;
const dir = mkdtempSync(join(tmpdir(), 'converge-teams-'));
const files = teamScorecards().map(([name, text]) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
});

/** Opens /aggregate/ and loads the eight teams of Acme Corp. */
async function loaded(page: Page, url: string) {
  await page.goto(`${url}aggregate/`);
  await page.setInputFiles('#aggregate-files', files);
  await expect.poll(() => page.locator('#aggregate-status').innerText(), { timeout: 10_000 }).toBe('8 scorecards loaded and aggregated.');
}

describe.skipIf(!hasChromium)('the aggregate report with eight teams', () => {
  const ctx = useBrowser();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`fits the heatmap with its Overall column on a 1440 × 900 screen without scrolling sideways (${colorScheme})`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme });
      await loaded(page, ctx.url);
      const sizes = await page.locator('#aggregate-table').evaluate((s) => ({ scroll: s.scrollWidth, client: s.clientWidth, page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
      expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
      expect(sizes.page).toBeLessThanOrEqual(sizes.view);
      // The first line is what shows; the full title follows for screen readers.
      expect((await page.locator('#heatmap thead th').allInnerTexts()).map((t) => t.split('\n')[0])).toEqual(['Team', ...model.dimensions.map((d) => shortDimensionLabel(d.title)), 'Overall']);
      // Every team's overall cell is on screen, with its level in words.
      const overall = page.locator('#heatmap tbody td.overall-col');
      expect(await overall.count()).toBe(8);
      for (const text of await overall.allInnerTexts()) expect(text).toMatch(/^\d\.\d\n(Siloed|Aware|Coordinated|Integrated|Optimised)$/);
      const box = (await overall.last().boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1440);
      // Full dimension titles stay available: as tooltips, and to screen readers.
      expect(await page.locator('#heatmap thead th[title="Incident and problem management"]').count()).toBe(1);
      expect(await page.getByRole('columnheader', { name: 'Incident and problem management' }).count()).toBe(1);
      expect(await page.locator('.scroll-cue').isVisible()).toBe(false);
      expect(await page.locator('.report-title').innerText()).toMatch(/^Team scorecards, aggregated\s+Acme Corp\s+Teams:?\s*8\b/i);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('counts files chosen before its script has started, as on a slow phone', async () => {
    const page = await ctx.browser.newPage();
    // The scripts wait until the files are chosen.
    const release = await openWithScriptsHeld(page, `${ctx.url}aggregate/`, '#aggregate-files');
    await page.setInputFiles('#aggregate-files', files);
    release();
    await expect.poll(() => page.locator('#aggregate-status').innerText(), { timeout: 10_000 }).toBe('8 scorecards loaded and aggregated.');
    await page.close();
  });

  it('shows a card per team on a 390 px phone instead of a sideways peephole', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } });
    await loaded(page, ctx.url);
    expect(await page.locator('#aggregate-table').isVisible()).toBe(false);
    expect(await page.locator('.team-card h3').allInnerTexts()).toEqual([...TEAMS, 'Median of 8 teams (lowest–highest)']);
    expect(await page.locator('.team-card').first().locator('li').count()).toBe(model.dimensions.length + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps the team column in view and says the table scrolls on a narrow laptop window', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 900, height: 800 } });
    await loaded(page, ctx.url);
    await expect.poll(() => page.locator('.scroll-cue').isVisible()).toBe(true);
    await page.locator('#aggregate-table').evaluate((s) => s.scrollTo({ left: 400 }));
    const team = (await page.locator('#heatmap tbody th').first().boundingBox())!;
    const scroller = (await page.locator('#aggregate-table').boundingBox())!;
    expect(Math.abs(team.x - scroller.x)).toBeLessThan(2);
    await page.close();
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints a clean report of at most two landscape ${format} pages`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
      await loaded(page, ctx.url);
      // The page asks for landscape (@page size); a browser's print dialog follows it.
      const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format, preferCSSPageSize: true })) }).promise;
      expect(pdf.numPages).toBeLessThanOrEqual(2);
      const first = (await pdf.getPage(1)).getViewport({ scale: 1 });
      expect(first.width).toBeGreaterThan(first.height);
      let raw = '';
      for (let n = 1; n <= pdf.numPages; n++) raw += (await (await pdf.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
      // Compared without whitespace: PDF text runs split words at ligatures ("con fi guration").
      const text = raw.replace(/\s+/g, '');
      const has = (s: string) => expect(text).toContain(s.replace(/\s+/g, ''));
      has('TEAM SCORECARDS, AGGREGATED');
      has('Acme Corp');
      has('Teams:8');
      has('Model:version');
      for (const team of TEAMS) has(team);
      for (const d of model.dimensions) has(shortDimensionLabel(d.title));
      for (const d of model.dimensions) has(d.title); // in the below-target summary
      has('Overall');
      has('Median');
      has('Below target, by dimension');
      has('Converge ·');
      for (const word of ['Concepts', 'Learning paths', 'Choose', 'Remove all', 'Heatmap image', 'Download CSV', '.json']) expect(raw).not.toContain(word);
      await page.close();
    });
  }

  it('exports the heatmap as a 16:9 slide, PNG at 1920 × 1080 and SVG with the teams as text', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await loaded(page, ctx.url);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Heatmap image (PNG)' }).click()]);
    expect(png.suggestedFilename()).toMatch(/^acme-corp-teams-\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Heatmap image (SVG)' }).click()]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<svg [^>]*viewBox="0 0 960 540"/);
    for (const team of TEAMS) expect(text).toContain(`>${team}</text>`);
    expect(text).toContain('TEAM SCORECARDS, AGGREGATED');
    await page.close();
  });
});
