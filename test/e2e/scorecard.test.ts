import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { SAVED_KEY } from '../../src/schema/saved-assessment.ts';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { hostileScorecards } from '../support/hostile-scorecards.ts';

const model = validateContent().assessment!;
const versions = questionsByVersion(model, readVersionLock('content/assessment'));
const OCTOBER = 'test/fixtures/scorecards/acme-platform-2026-10.json';
const DECEMBER = 'test/fixtures/scorecards/acme-platform-2026-12.json';
const october = readScorecard(readFileSync(OCTOBER, 'utf8'), model, versions);
if (!october.ok) throw new Error(october.error);

const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key), SAVED_KEY);
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe.skipIf(!hasChromium)('scorecards in Chromium', () => {
  const ctx = useBrowser();
  let context: BrowserContext;
  const fresh = async () => {
    context = await ctx.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${ctx.url}assess/#results`);
    return page;
  };
  const importFile = (page: Page, path: string) => page.setInputFiles('#import-file', path);

  it('imports a file, then exports the same scorecard as JSON and CSV', async () => {
    const page = await fresh();
    await importFile(page, OCTOBER);
    await expect.poll(() => page.locator('[data-results=title]').innerText()).toContain('Acme Bank · Platform operations');
    expect(await page.locator('[data-results=summary]').innerText()).toContain(`${october.result.score!.toFixed(1)} / 4`);

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=json]')]);
    expect(json.suggestedFilename()).toMatch(/^acme-bank-platform-operations-\d{4}-\d\d-\d\d\.json$/);
    const exported = readScorecard(readFileSync(await json.path(), 'utf8'), model, versions);
    if (!exported.ok) throw new Error(exported.error);
    expect(exported.scorecard.answers).toEqual(october.scorecard.answers);
    expect(exported.scorecard.results).toEqual(october.scorecard.results);
    expect(exported.scorecard.assessor).toBe('R. Okafor');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=csv]')]);
    const rows = readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength(1 + model.dimensions.reduce((n, d) => n + d.questions.length, 0));
    await context.close();
  });

  it.each([
    ['malformed JSON', '{"format": "converge-scorecard", ', 'not valid JSON'],
    ['another format', JSON.stringify({ format: 'converge-graph', version: 1, nodes: [] }), 'its format is "converge-graph"'],
    ['a future version', JSON.stringify({ ...october.scorecard, version: 5 }), 'newer Converge (scorecard format 5)'],
    ['a file over 1 MB', JSON.stringify({ ...october.scorecard, organization: 'x'.repeat(1_100_000) }), 'larger than 1 MB'],
  ])('refuses %s with a readable message, leaving the saved assessment untouched', async (_, text, message) => {
    const page = await fresh();
    await importFile(page, DECEMBER);
    await expect.poll(() => saved(page)).not.toBeNull();
    const before = await saved(page);
    await page.setInputFiles('#import-file', file('bad.json', text));
    await expect.poll(() => page.locator('#import-error').innerText()).toContain(message);
    expect(await page.locator('#import-error').innerText()).toContain('Your current assessment is unchanged.');
    expect(await saved(page)).toBe(before);
    await context.close();
  });

  it('asks before replacing answers, keeps the replaced ones in the history, and renders imported text as text', async () => {
    const page = await fresh();
    await importFile(page, DECEMBER);
    await expect.poll(() => saved(page)).not.toBeNull();
    const before = await saved(page);
    const hostile = JSON.stringify({ ...october.scorecard, organization: 'Evil <img src=x onerror="window.pwned=1">' });
    await page.setInputFiles('#import-file', file('other.json', hostile));
    await page.getByRole('button', { name: 'Keep my current assessment' }).click();
    expect(await saved(page)).toBe(before);
    await page.setInputFiles('#import-file', file('other.json', hostile));
    await page.getByRole('button', { name: 'Replace and import' }).click();
    await expect.poll(() => page.locator('[data-results=title]').innerText()).toContain('Evil <img src=x onerror="window.pwned=1">');
    expect(await page.locator('[data-results=title] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.goto(`${ctx.url}assess/#start`);
    // The answers the import replaced are kept in the history, and come back from there.
    await page.locator('.history-list > li', { hasText: 'Acme Bank' }).first().getByRole('button', { name: /^Restore…/ }).click();
    await page.click('#restore-dialog button[value=restore]');
    await expect.poll(() => page.locator('input[name=organization]').inputValue()).toBe('Acme Bank');
    await context.close();
  });

  it('takes 200 hostile files through the real import path: nothing injected, saved answers untouched', { timeout: 180_000 }, async () => {
    const page = await fresh();
    await importFile(page, DECEMBER);
    await expect.poll(() => saved(page)).not.toBeNull();
    const before = await saved(page);
    for (const { kind, text } of hostileScorecards(october.scorecard, 200, 99)) {
      await page.evaluate(() => {
        document.querySelector('#import-error')!.textContent = '';
      });
      await page.setInputFiles('#import-file', file(`${kind}.json`, text));
      await page.waitForFunction(() => document.querySelector('#import-error')!.textContent !== '' || document.querySelector<HTMLDialogElement>('#import-dialog')!.open);
      if (await page.evaluate(() => document.querySelector<HTMLDialogElement>('#import-dialog')!.open)) {
        await page.getByRole('button', { name: 'Keep my current assessment' }).click();
      }
      expect(await saved(page), kind).toBe(before);
    }
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('main script:not([type="application/json"]), main img, main svg[onload], main iframe').count()).toBe(0);
    await context.close();
  });

  it('imports a file dropped on the page', async () => {
    const page = await fresh();
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return data;
    }, readFileSync(OCTOBER, 'utf8'));
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect.poll(() => page.locator('[data-results=title]').innerText()).toContain('Acme Bank');
    await context.close();
  });

  it('shares a link that opens read-only elsewhere and imports from there', async () => {
    const page = await fresh();
    await importFile(page, OCTOBER);
    await page.click('#share-create');
    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#v1\./); // compressed asynchronously
    const link = await page.locator('#share-link').inputValue();
    expect(link.length).toBeLessThan(2000);
    expect(await page.locator('#share-length').innerText()).toContain('short enough');
    await context.close();

    const elsewhere = await ctx.browser.newContext();
    const viewer = await elsewhere.newPage();
    const requests: string[] = [];
    viewer.on('request', (r) => requests.push(r.url()));
    await viewer.goto(link);
    await expect.poll(() => viewer.locator('[data-results=summary]').innerText()).toContain(`${october.result.score!.toFixed(1)} / 4`);
    expect(requests.every((url) => !url.includes('v1.'))).toBe(true); // the fragment stays in the browser
    expect(await seriousViolations(viewer)).toEqual([]);
    await viewer.getByRole('button', { name: 'Import into my assessment' }).click();
    await viewer.waitForURL(/\/assess\/#results$/);
    await expect.poll(() => viewer.locator('[data-results=title]').innerText()).toContain('Acme Bank · Platform operations');
    await elsewhere.close();
  });

  it('imports a pasted share link on the assessment page, and refuses a damaged one there', async () => {
    const page = await fresh();
    await importFile(page, OCTOBER);
    await page.click('#share-create');
    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#v1\./);
    const link = await page.locator('#share-link').inputValue();
    await context.close();

    const other = await fresh();
    await other.fill('#import-link', `${link.slice(0, -20)}`);
    await other.getByRole('button', { name: 'Open link' }).click();
    await expect.poll(() => other.locator('#import-error').innerText()).toContain('damaged');
    await other.fill('#import-link', link);
    await other.getByRole('button', { name: 'Open link' }).click();
    await expect.poll(() => other.locator('[data-results=title]').innerText()).toContain('Acme Bank · Platform operations');
    await context.close();
  });

  it('refuses a damaged share link with a message', async () => {
    const page = await (await ctx.browser.newContext()).newPage();
    await page.goto(`${ctx.url}scorecard/#v1.AAAAbroken`);
    await expect.poll(() => page.locator('#shared-error').innerText()).toContain('damaged');
    await page.context().close();
  });
});
