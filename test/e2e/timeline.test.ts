import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { hasJava, htmlErrors } from '../support/html-check.ts';
import { teamScorecards } from '../support/team-scorecards.ts';

const model = validateContent().assessment!;
const versions = questionsByVersion(model, readVersionLock('content/assessment'));

// Eight scorecards of one team, a month apart: the first four answered against model version 1,
// the last four against version 2 (both older than the site's, so all are migrated on reading).
// The answers come from the eight "teams" of the fixture, whose levels rise and fall.
const MONTHS = ['2026-01-12', '2026-02-09', '2026-03-16', '2026-04-13', '2026-05-11', '2026-06-15', '2026-07-13', '2026-08-10'];
const texts = teamScorecards('Acme Corp', Array(8).fill('Platform Operations')).map(([, text], i) => JSON.stringify({ ...JSON.parse(text), date: MONTHS[i], modelVersion: i < 4 ? 1 : 2 }));
const dir = mkdtempSync(join(tmpdir(), 'converge-timeline-'));
// Written in a shuffled order: the page sorts by date, not by the order files are chosen.
const files = [5, 2, 7, 0, 3, 6, 1, 4].map((i) => {
  const path = join(dir, `platform-${MONTHS[i]}.json`);
  writeFileSync(path, texts[i]!);
  return path;
});
const broken = join(dir, 'broken.json');
writeFileSync(broken, '{"format": "converge-scorecard", "version": 2,');
const otherTeam = join(dir, 'service-desk.json');
writeFileSync(otherTeam, teamScorecards('Acme Corp', ['Service Desk'])[0]![1]);

/** What the engine says each month: one-decimal scores per dimension, then overall. */
const expected = texts.map((text) => {
  const read = readScorecard(text, model, versions);
  if (!read.ok) throw new Error(read.error);
  return [...read.result.dimensions.map((d) => d.score), read.result.score].map((s) => (s === null ? null : Number(s.toFixed(1))));
});

async function load(page: Page, url: string, paths = files) {
  await page.goto(`${url}timeline/`);
  await page.setInputFiles('#timeline-files', paths);
  await expect.poll(() => page.locator('#timeline-results').isVisible()).toBe(true);
}

describe.skipIf(!hasChromium)('the team timeline with eight scorecards across two model versions', () => {
  const ctx = useBrowser();

  it('shows the engine’s scores in date order, the model-version change and the regressions', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await load(page, ctx.url, [...files, broken]);
    expect(await page.locator('#timeline-status').innerText()).toBe('8 scorecards loaded; the timeline shows 8.');
    // The bad file is refused with its reason; the eight others are kept.
    expect(await page.locator('#timeline-refused').innerText()).toMatch(/1 of 9 files were not loaded:\s+“broken\.json” This file is not a scorecard: it is not valid JSON/);
    expect(await page.locator('#timeline-title').innerText()).toBe('Acme Corp · Platform Operations: 8 scorecards, 2026-01-12 to 2026-08-10');

    const rows = page.locator('#timeline-scores tbody tr');
    expect(await rows.count()).toBe(8);
    expect(await page.locator('#timeline-scores tbody th').allInnerTexts()).toEqual(MONTHS);
    for (let i = 0; i < 8; i++) {
      const cells = await rows.nth(i).locator('td.number, td.unscored').allInnerTexts();
      // "2.3 ▼ 0.4": the first figure is the score.
      expect(cells.map((c) => (c === 'not scored' ? null : Number(c.split(/\s/)[0])))).toEqual(expected[i]);
    }

    // Model version: 1 for four months, then 2, marked on the fifth row; everything migrated to the site's version.
    const version = await page.locator('#timeline-scores .version-cell').allInnerTexts();
    expect(version.slice(0, 4)).toEqual(Array(4).fill(`1, migrated to ${model.modelVersion}`));
    expect(version[4]).toBe(`2, migrated to ${model.modelVersion} ◆ changed from 1`);
    expect(await page.locator('#timeline-scores tr.version-change th').innerText()).toBe('2026-05-11');
    expect(await page.locator('#timeline-summary').innerText()).toMatch(/The model version changed from 1 to 2 on 2026-05-11\. 8 scorecards were answered against an earlier version and migrated to version \d as on import/);

    // Regressions: exactly the cells whose shown score is below the last earlier shown score.
    const falls: string[] = [];
    for (let d = 0; d <= model.dimensions.length; d++) {
      let last: number | null = null;
      expected.forEach((row, i) => {
        const s = row[d]!;
        if (s !== null && last !== null && s < last) falls.push(`${i}:${d}`);
        if (s !== null) last = s;
      });
    }
    expect(falls.length).toBeGreaterThan(0);
    const marked = await page.locator('#timeline-scores tbody tr').evaluateAll((trs) => trs.flatMap((tr, i) => [...tr.querySelectorAll('td.number, td.unscored')].flatMap((td, d) => (td.classList.contains('regression') ? [`${i}:${d}`] : []))));
    expect(marked).toEqual(falls.sort((a, b) => Number(a.split(':')[0]) - Number(b.split(':')[0]) || Number(a.split(':')[1]) - Number(b.split(':')[1])));
    expect(await page.locator('#timeline-scores td.regression').first().innerText()).toMatch(/▼/);

    // One chart per dimension and one overall, each with the dates, the version line and a mark per fall.
    const charts = page.locator('.chart-card');
    expect(await charts.count()).toBe(model.dimensions.length + 1);
    expect(await charts.locator('.chart-title').allInnerTexts()).toEqual(['Overall', ...model.dimensions.map((d) => d.title)]);
    expect(await page.locator('.timeline-chart line.version').count()).toBe(model.dimensions.length + 1);
    expect(await page.locator('.timeline-chart .fell').count()).toBe(falls.length);
    const overall = expected.map((r) => r.at(-1)!);
    expect(await charts.first().locator('svg').getAttribute('aria-label')).toMatch(new RegExp(`^Overall: from ${overall[0]!.toFixed(1)} on 2026-01-12 to ${overall[7]!.toFixed(1)} on 2026-08-10`));
    expect(await page.locator('#timeline-mixed').isVisible()).toBe(false);
    expect(await page.locator('#timeline-more').innerText()).toBe('');
    expect(await seriousViolations(page)).toEqual([]);
    // The page as drawn (charts, table) is valid HTML too, not only the page as served.
    if (hasJava) expect(htmlErrors({ html: await page.content() })).toEqual([]);
    await page.close();
  });

  it('counts files chosen before its script has started, as on a slow phone', async () => {
    const page = await ctx.browser.newPage();
    // Hold the page's scripts until the files are chosen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Module scripts hold DOMContentLoaded back, so wait only for the input to be parsed.
    await page.goto(`${ctx.url}timeline/`, { waitUntil: 'commit' });
    await page.locator('#timeline-files').waitFor({ state: 'attached' });
    await page.setInputFiles('#timeline-files', files);
    release();
    await expect.poll(() => page.locator('#timeline-status').innerText(), { timeout: 10_000 }).toBe('8 scorecards loaded; the timeline shows 8.');
    await page.close();
  });

  it('warns when another team’s scorecard is loaded and keeps it out of the timeline', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } });
    await load(page, ctx.url, [...files, otherTeam]);
    expect(await page.locator('#timeline-mixed').isVisible()).toBe(true);
    expect(await page.locator('#timeline-mixed-text').innerText()).toMatch(/^These scorecards belong to 2 different teams: Acme Corp · Platform Operations \(8\), Acme Corp · Service Desk \(1\)\./);
    expect(await page.locator('#timeline-scores tbody tr').count()).toBe(8);
    await page.selectOption('#timeline-team', { label: 'Acme Corp · Service Desk (1 scorecard)' });
    await expect.poll(() => page.locator('#timeline-scores tbody tr').count()).toBe(1);
    expect(await page.locator('#timeline-title').innerText()).toMatch(/^Acme Corp · Service Desk: 1 scorecard/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('adds the assessment saved in this browser, dated the day its answers last changed', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${ctx.url}timeline/`);
    await page.waitForSelector('[data-scorecard-timeline].js');
    await page.click('#timeline-history');
    // Reading the browser's history is asynchronous: wait for the answer rather than read at once.
    await expect.poll(() => page.locator('#timeline-refused').innerText(), { timeout: 10_000 }).toMatch(/holds no answered assessment yet/);
    const answers = Object.fromEntries(model.dimensions.flatMap((d) => d.questions.map((q) => [q.id, { value: 2 }])));
    const saved = { format: 'converge-assessment', version: 1, modelVersion: 1, organization: 'Acme Corp', team: 'Platform Operations', assessor: '', perspective: 'joint', targets: {}, answers, step: 'results', updatedAt: Date.UTC(2026, 8, 7, 12) };
    await page.evaluate((value) => localStorage.setItem('converge:assessment', value), JSON.stringify(saved));
    await page.setInputFiles('#timeline-files', files);
    await expect.poll(() => page.locator('#timeline-status').innerText()).toBe('8 scorecards loaded; the timeline shows 8.');
    await page.click('#timeline-history');
    await expect.poll(() => page.locator('#timeline-status').innerText()).toBe('9 scorecards loaded; the timeline shows 9.');
    const last = page.locator('#timeline-scores tbody tr').last();
    expect(await last.locator('th').innerText()).toBe('2026-09-07');
    // Answered against version 1 after four scorecards of version 2: the change is marked whichever way it goes.
    expect(await last.locator('.version-cell').innerText()).toBe(`1, migrated to ${model.modelVersion} ◆ changed from 2`);
    expect(await page.locator('#timeline-files-list').innerText()).toContain('2026-09-07 from “your current assessment”');
    await page.close();
  });
});
