import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { aggregateCsv, aggregateScorecards } from '../../src/assessment/aggregate.ts';
import { compareScorecards, type Direction } from '../../src/assessment/compare.ts';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { contentDir, validateContent } from '../../src/site/validate-content.ts';
import { SAVED_KEY } from '../../src/schema/saved-assessment.ts';
import type { Level } from '../../src/schema/assessment.ts';
import { SCORECARD_MAX_BYTES, type Scorecard } from '../../src/schema/scorecard.ts';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { pngSize, printedText, SCREEN_ONLY_LABELS, squash } from '../support/report-files.ts';

const model = validateContent().assessment!;
const versions = questionsByVersion(model, readVersionLock(join(contentDir(), 'assessment')));
const fixture = (name: string) => readFileSync(join('test/fixtures/scorecards', name), 'utf8');
const october = fixture('acme-platform-2026-10.json');
const parsed = (text: string) => JSON.parse(text) as Scorecard;
/** December, with one answer that fell since October (1.2: level 3 then, 1 now). */
const december = JSON.stringify({
  ...parsed(fixture('acme-platform-2026-12.json')),
  answers: { ...parsed(fixture('acme-platform-2026-12.json')).answers, 'change.security-vote-on-cab': { value: 1 } },
});

function read(text: string) {
  const result = readScorecard(text, model, versions);
  if (!result.ok) throw new Error(result.error);
  return result;
}
const file = (name: string, text: string | Buffer) => ({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
const fixed = (n: number | null) => (n === null ? '–' : n.toFixed(1));
const words = (delta: number | null, direction: Direction | null) => (direction === null ? 'not comparable' : direction === 'same' ? 'same' : `${direction} ${Math.abs(delta!).toFixed(1)}`);
const cells = (page: Page, selector: string) => page.locator(selector).evaluateAll((rows) => rows.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText.trim())));

/** Presses Tab until the focused element matches `selector`; keyboard only, like a user would. */
async function tabTo(page: Page, selector: string, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe.skipIf(!hasChromium)('compare and aggregate in Chromium', () => {
  const ctx = useBrowser();

  it('compares two scorecard files and shows what the engine computes', async () => {
    const page = await ctx.browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${ctx.url}compare/`);
    await page.setInputFiles('#file-a', file('acme-october.json', october));
    await page.setInputFiles('#file-b', file('acme-december.json', december));
    await page.locator('#compare-results').waitFor();
    expect(requests.filter((url) => !url.startsWith(ctx.url))).toEqual([]); // files never leave the browser

    const expected = compareScorecards(model, read(october), read(december));
    expect(expected.regressed).toHaveLength(1); // the test data shows both lists
    const rows = await cells(page, '.compare-table tbody tr');
    expect(rows.map((r) => r[0])).toEqual(expected.dimensions.map((d) => d.title));
    expect(rows.map((r) => r[1])).toEqual(expected.dimensions.map((d) => fixed(d.a.score)));
    expect(rows.map((r) => r[3])).toEqual(expected.dimensions.map((d) => fixed(d.b.score)));
    expect(rows.map((r) => r[2]!.split(' ')[0])).toEqual(expected.dimensions.map((d) => String(d.a.level)));
    // Words carry the change, and the arrow repeats it: never colour alone.
    expect(rows.map((r) => r[5])).toEqual(expected.dimensions.map((d) => `${{ up: '▲', down: '▼', same: '=' }[d.direction!]} ${words(d.delta, d.direction)}`));
    expect(await page.locator('#compare-summary').innerText()).toContain(words(expected.overall.delta, expected.overall.direction));

    // Regressions come first; the twelve improvements sit collapsed behind their count.
    expect(await page.locator('#compare-regressed-title').innerText()).toBe('Regressed (1)');
    const regressed = page.locator('#compare-regressed li');
    expect(await regressed.locator('.number').allInnerTexts()).toEqual(['1.2']);
    expect(await regressed.locator('.levels').innerText()).toMatch(new RegExp(`^3 · ${model.levels[3]!.name} →[\\s\\S]*1 · ${model.levels[1]!.name}$`));
    const order = await page.evaluate(() => document.querySelector('#compare-regressed')!.compareDocumentPosition(document.querySelector('#compare-improved')!));
    expect(order & 4).toBeTruthy(); // Node.DOCUMENT_POSITION_FOLLOWING: improved comes after regressed
    const more = page.locator('#compare-improved details');
    expect(await more.locator('summary').innerText()).toBe(`Show the ${expected.improved.length} questions that improved`);
    expect(await more.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await more.locator('summary').click();
    expect(await page.locator('#compare-improved li .number').allInnerTexts()).toEqual(expected.improved.map((q) => q.number));
    expect(await page.locator('#compare-improved li .prompt').allInnerTexts()).toEqual(expected.improved.map((q) => q.prompt));
    expect(await page.locator('#compare-counts').innerText()).toContain(`${expected.notComparable.length} questions are not comparable`);

    // The change is coloured, green up and red down, and its words stay.
    const colour = (selector: string) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).color);
    expect(await colour('.compare-table td.change.up')).toBe('rgb(30, 107, 58)');
    expect(await colour('#compare-regressed .levels')).toBe('rgb(163, 36, 27)');

    const title = await page.locator('#compare-title').innerText();
    expect(title).toContain('Acme Bank · Platform operations: 15 Dec 2026 compared with 1 Oct 2026');
    expect(title).toContain('Acme Bank · Platform operations · 15 Dec 2026');
    expect(title).toContain(`version ${model.modelVersion}`);
    const radar = page.locator('#compare-radar svg');
    expect(await radar.locator('polygon[stroke="#0072b2"]').count()).toBe(1); // B, filled
    expect(await radar.locator('polygon[stroke="#d55e00"]').count()).toBe(1); // A, outlined
    expect(await radar.innerHTML()).toContain('A · 1 Oct 2026');
    // The note in the fixture holds a script tag: it must never become markup.
    expect(await page.locator('main script:not([type="application/json"])').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a refused file’s message beside its side and changes nothing else', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}compare/`);
    await page.setInputFiles('#file-a', file('acme-october.json', october));
    await page.setInputFiles('#file-b', file('acme-december.json', december));
    await page.locator('#compare-results').waitFor();
    const before = await cells(page, '.compare-table tbody tr');

    await page.setInputFiles('#file-b', file('list.json', '[1, 2]'));
    const errorB = page.locator('[data-side="b"] [role="alert"]');
    await expect.poll(() => errorB.innerText()).toContain('“list.json” was not loaded. This file is not a scorecard: it holds a list, not a JSON object.');
    await page.setInputFiles('#file-a', file('huge.json', Buffer.alloc(SCORECARD_MAX_BYTES + 1, 32)));
    await expect.poll(() => page.locator('[data-side="a"] [role="alert"]').innerText()).toContain('larger than 1 MB');

    expect(await cells(page, '.compare-table tbody tr')).toEqual(before);
    expect(await page.locator('[data-side="b"] [data-part="loaded"]').innerText()).toContain('2026-12-15');
    expect(await seriousViolations(page)).toEqual([]);

    // A good file clears the side's message.
    await page.setInputFiles('#file-b', file('acme-october.json', october));
    await expect.poll(() => errorB.innerText()).toBe('');
    expect((await cells(page, '.compare-table tbody tr')).every((r) => r[5] === '= same')).toBe(true);
    await page.close();
  });

  it('takes a file dropped on a side, and the assessment saved in this browser, in dark mode', async () => {
    const context = await ctx.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${ctx.url}compare/`);

    await page.getByRole('button', { name: 'Use my current assessment as A' }).click();
    await expect.poll(() => page.locator('[data-side="a"] [role="alert"]').innerText()).toContain('No assessment is saved in this browser yet');

    const saved = read(october).scorecard;
    await page.evaluate(
      ([key, record]) => localStorage.setItem(key, record),
      [SAVED_KEY, JSON.stringify({ format: 'converge-assessment', version: 1, modelVersion: 1, organization: 'Acme Bank', team: 'Mine', targets: {}, answers: saved.answers, step: 'results', updatedAt: 1 })] as const,
    );
    await page.getByRole('button', { name: 'Use my current assessment as A' }).click();
    await expect.poll(() => page.locator('[data-side="a"] [data-part="loaded"]').innerText()).toContain('Acme Bank · Mine');
    expect(await page.locator('[data-side="a"] [role="alert"]').innerText()).toBe('');

    await page.locator('[data-side="b"] [data-drop-zone]').evaluate((zone, text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, december);
    await page.locator('#compare-results').waitFor();
    const expected = compareScorecards(model, read(october), read(december));
    expect((await cells(page, '.compare-table tbody tr')).map((r) => r[3])).toEqual(expected.dimensions.map((d) => fixed(d.b.score)));
    expect(await page.locator('#compare-regressed li .number').allInnerTexts()).toEqual(['1.2']);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('is usable by keyboard: real file inputs with labels, and buttons', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}compare/`);
    for (const selector of ['#file-a', '[data-side="a"] button', '#file-b', '[data-side="b"] button']) await tabTo(page, selector);
    expect(await page.getByLabel('Choose scorecard A (a .json file)').count()).toBe(1);
    await page.keyboard.press('Enter'); // the button of B, by keyboard alone
    await expect.poll(() => page.locator('[data-side="b"] [role="alert"]').innerText()).toContain('No assessment is saved');
    await page.goto(`${ctx.url}aggregate/`);
    await tabTo(page, '#aggregate-files');
    expect(await page.getByLabel('Choose team scorecards (.json files; several at once)').count()).toBe(1);
    await page.close();
  });

  it('fits a 360 px wide screen with data loaded: only the tables scroll sideways', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 360, height: 800 } });
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    await page.goto(`${ctx.url}compare/`);
    await page.setInputFiles('#file-a', file('acme-october.json', october));
    await page.setInputFiles('#file-b', file('acme-december.json', december));
    await page.locator('#compare-results').waitFor();
    expect(await fits()).toBe(true);
    await page.goto(`${ctx.url}aggregate/`);
    await page.setInputFiles('#aggregate-files', [file('october.json', october), file('december.json', december)]);
    await page.locator('.team-card').first().waitFor(); // a phone gets a card per team, not the wide table
    expect(await fits()).toBe(true);
    await page.close();
  });

  it('shows each change as the difference of the two one-decimal scores beside it', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}compare/`);
    await page.setInputFiles('#file-a', file('acme-october.json', october));
    await page.setInputFiles('#file-b', file('acme-december.json', december));
    await page.locator('#compare-results').waitFor();
    for (const [, a, , b, , change] of await cells(page, '.compare-table tbody tr')) {
      const shown = Math.round((Number(b) - Number(a)) * 10) / 10;
      expect(change).toBe(shown === 0 ? '= same' : `${shown > 0 ? '▲ up' : '▼ down'} ${Math.abs(shown).toFixed(1)}`);
    }
    await page.close();
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints the comparison as a report on at most two ${format} pages`, async () => {
      const page = await ctx.browser.newPage();
      await page.goto(`${ctx.url}compare/`);
      await page.setInputFiles('#file-a', file('acme-october.json', october));
      await page.setInputFiles('#file-b', file('acme-december.json', december));
      await page.locator('#compare-results').waitFor();
      const { pages, text } = await printedText(page, format);
      expect(pages).toBeLessThanOrEqual(2);
      expect(text.toLowerCase()).toContain('scorecardcomparison'); // the kicker, printed in capitals
      expect(text).toContain(squash('Acme Bank · Platform operations: 15 Dec 2026 compared with 1 Oct 2026'));
      expect(text).toContain(squash(`version ${model.modelVersion}`));
      for (const d of model.dimensions) expect(text).toContain(squash(d.title));
      const expected = compareScorecards(model, read(october), read(december));
      for (const q of [...expected.regressed, ...expected.improved]) expect(text).toContain(squash(q.prompt)); // the collapsed list prints open
      for (const label of SCREEN_ONLY_LABELS) expect(text).not.toContain(squash(label));
      expect(text).not.toContain(squash('Print or save as PDF'));
      await page.close();
    });
  }

  it('exports the comparison as a 16:9 slide picture, PNG and SVG', async () => {
    const context = await ctx.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${ctx.url}compare/`);
    await page.setInputFiles('#file-a', file('acme-october.json', october));
    await page.setInputFiles('#file-b', file('acme-december.json', december));
    await page.locator('#compare-results').waitFor();
    const expected = compareScorecards(model, read(october), read(december));

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Comparison image (PNG)' }).click()]);
    expect(png.suggestedFilename()).toBe('acme-bank-platform-operations-comparison-2026-10-01-2026-12-15.png');
    expect(pngSize(readFileSync((await png.path())!))).toEqual({ width: 1920, height: 1080 });

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Comparison image (SVG)' }).click()]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<svg [^>]*viewBox="0 0 960 540"/);
    expect(text).toContain('Acme Bank · Platform operations');
    expect(text).toContain(`${fixed(expected.overall.b.score)} / 4`);
    expect(text).toContain(`${fixed(expected.overall.a.score)} / 4`);
    expect(text).toContain(words(expected.overall.delta, expected.overall.direction));
    await context.close();
  });

  it('stacks the comparison table as a card per dimension at 390 px, caption and change in view', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ctx.url}compare/`);
    await page.setInputFiles('#file-a', file('acme-october.json', october));
    await page.setInputFiles('#file-b', file('acme-december.json', december));
    await page.locator('#compare-results').waitFor();
    const inside = (selector: string) => page.locator(selector).evaluateAll((nodes) => nodes.every((n) => { const r = n.getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth; }));
    expect(await inside('.compare-table caption')).toBe(true);
    expect(await inside('.compare-table td.change')).toBe(true);
    expect(await page.locator('#compare-table').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('aggregates many teams, lists refused files, and downloads the CSV the engine writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'converge-aggregate-'));
    const oct = parsed(october);
    const variant = (team: string, change: (answers: Scorecard['answers']) => Scorecard['answers']) => JSON.stringify({ ...oct, team, date: '2026-11-20', answers: change({ ...oct.answers }) });
    const texts: [string, string][] = [
      ['platform-october.json', october],
      ['platform-december.json', december],
      // Network: every level one lower where it can be.
      ['network.json', variant('Network', (a) => Object.fromEntries(Object.entries(a).map(([id, v]) => [id, typeof v.value === 'number' ? { value: Math.max(0, v.value - 1) as Level } : v])))],
      // Service desk: change enablement left unanswered, so not scored there.
      ['service-desk.json', variant('Service desk', (a) => Object.fromEntries(Object.entries(a).filter(([id]) => !id.startsWith('change.'))))],
      ['list.json', '[1]'],
    ];
    for (const [name, text] of texts) writeFileSync(join(dir, name), text);
    const good = texts.filter(([name]) => name !== 'list.json');
    const expected = aggregateScorecards(model, good.map(([, text]) => read(text)));
    expect(expected.dimensions[0]!.unscored).toBe(1);

    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}aggregate/`);
    await page.setInputFiles('#aggregate-files', texts.map(([name]) => join(dir, name)));
    await expect.poll(() => page.locator('#aggregate-status').innerText()).toBe('4 scorecards loaded and aggregated.');
    expect(await page.locator('#aggregate-refused').innerText()).toContain('“list.json” This file is not a scorecard: it holds a list, not a JSON object.');

    const body = await cells(page, '#heatmap tbody tr');
    // Every team is Acme Bank's, so the rows leave the organization out (the title block names it).
    expect(body.map((r) => r[0])).toEqual(['Platform operations · 2026-10-01', 'Platform operations · 2026-12-15', 'Network', 'Service desk']);
    expect(body.map((r) => r.slice(1).map((c) => c.split(/\s/)[0]))).toEqual(expected.teams.map((t) => [...t.cells, t.overall].map((c) => (c.score === null ? 'not' : fixed(c.score)))));
    expect(body[3]![1]).toBe('not scored');
    const below = await page.locator('#heatmap tbody td:has(.below)').count();
    expect(below).toBe(expected.teams.flatMap((t) => t.cells).filter((c) => c.below).length);

    const foot = Object.fromEntries((await cells(page, '#heatmap tfoot tr')).map((r) => [r[0], r.slice(1)]));
    const stats = [...expected.dimensions, expected.overall];
    const shown = (n: number | null) => (n === null ? 'not scored' : fixed(n));
    expect(foot['Median']).toEqual(stats.map((s) => shown(s.median)));
    expect(foot['Minimum']).toEqual(stats.map((s) => shown(s.min)));
    expect(foot['Maximum']).toEqual(stats.map((s) => shown(s.max)));
    expect(foot['Spread (max − min)']).toEqual(stats.map((s) => shown(s.spread)));
    expect(foot['Teams scored']![0]).toBe('3 of 4');
    const belowRows = Object.fromEntries((await cells(page, '.below-table tbody tr')).map((r) => [r[0], r[1]]));
    for (const d of expected.dimensions) expect(belowRows[d.title]).toContain(`${d.belowTarget.length} of ${d.scored} team`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^converge-teams-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(aggregateCsv(model, expected));
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();

    const dark = await ctx.browser.newPage({ colorScheme: 'dark' });
    await dark.goto(`${ctx.url}aggregate/`);
    await dark.setInputFiles('#aggregate-files', good.map(([name]) => join(dir, name)));
    await expect.poll(() => dark.locator('#aggregate-status').innerText()).toBe('4 scorecards loaded and aggregated.');
    expect(await seriousViolations(dark)).toEqual([]);
    // The same files again are counted once, and said so.
    await dark.setInputFiles('#aggregate-files', [join(dir, 'network.json')]);
    await expect.poll(() => dark.locator('#aggregate-refused').innerText()).toContain('already loaded');
    expect(await dark.locator('#aggregate-status').innerText()).toBe('4 scorecards loaded and aggregated.');
    await dark.getByRole('button', { name: 'Remove all scorecards' }).click();
    expect(await dark.locator('#aggregate-status').innerText()).toBe('No scorecards loaded yet.');
    await dark.close();
  });
});
