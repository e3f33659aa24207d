import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { decodeShareFragment } from '../../src/assessment/share-link.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { seriousViolations } from '../support/axe.ts';
import { printedText } from '../support/printed-pages.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { hasJava, htmlErrors } from '../support/html-check.ts';

const model = validateContent().assessment!;
const versions = questionsByVersion(model, readVersionLock('content/assessment'));
/** A format 2 file (before evidence): importing it must still work. */
const OPERATIONS = 'test/fixtures/scorecards/acme-platform-operations.json';
const dimension = model.dimensions[0]!;
const question = dimension.questions[0]!;
const hint = question.evidence[0]!;

const text = async (download: Download) => readFileSync(await download.path(), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');
const rendered = (page: Page) => page.evaluate(() => `<!DOCTYPE html>${document.documentElement.outerHTML}`);


/** Decodes a share link's fragment the way the scorecard page does, into the scorecard it opens. */
async function sharedScorecard(link: string) {
  const decoded = await decodeShareFragment(link.slice(link.indexOf('#') + 1), versions);
  if (!decoded.ok) throw new Error(decoded.error);
  const read = readScorecard(decoded.text, model, versions);
  if (!read.ok) throw new Error(read.error);
  return read.scorecard;
}

describe.skipIf(!hasChromium)('evidence register in Chromium', () => {
  const ctx = useBrowser();

  it('holds evidence per answer and carries it to the results, the report, the CSV, the file, and the share link only when chosen', { timeout: 180_000 }, async () => {
    const context = await ctx.browser.newContext({ acceptDownloads: true });
    const page: Page = await context.newPage();
    await page.goto(`${ctx.url}assess/#results`);

    // A format 2 file, written before evidence existed, still imports.
    await page.setInputFiles('#import-file', OPERATIONS);
    await expect.poll(() => page.locator('[data-results=title]').innerText()).toContain('Acme Bank · Platform operations');
    expect(await page.locator('#evidence-summary').isHidden()).toBe(true);

    await page.goto(`${ctx.url}assess/#${dimension.id}`);
    const editor = page.locator(`[data-evidence="${question.id}"]`);
    await editor.locator('summary').click();
    expect(await editor.locator('[data-evidence-count]').innerText()).toBe('');
    expect(await seriousViolations(page)).toEqual([]);

    // A hint from the model becomes an item's title; its review date has passed.
    await editor.getByRole('checkbox', { name: hint }).check();
    const first = editor.locator('.evidence-item').nth(0);
    expect(await first.getByLabel('Title').inputValue()).toBe(hint);
    await first.getByLabel('Link or reference').fill('https://wiki.example/cab-2025');
    await first.getByLabel('Owner').fill('M. Haddad');
    await first.getByLabel('Collected').fill('2025-01-10');
    await first.getByLabel('Review by').fill('2025-07-10');
    expect(await first.locator('.evidence-status').innerText()).toBe('expired');

    // One of the user's own, current for decades.
    await editor.getByRole('button', { name: 'Add other evidence' }).click();
    const second = editor.locator('.evidence-item').nth(1);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).dataset.field)).toBe('title'); // focus lands on the new title
    await page.keyboard.type('Runbook, change section');
    await second.getByLabel('Review by').fill('2099-01-01');
    expect(await second.locator('.evidence-status').innerText()).toBe('current');
    expect(await editor.locator('[data-evidence-count]').innerText()).toBe('(2 items, 1 expired)');
    expect(await seriousViolations(page)).toEqual([]);
    if (hasJava) expect(htmlErrors({ html: await rendered(page) })).toEqual([]);

    // Saved with the answers: a reload shows both.
    await page.reload();
    await page.locator(`[data-evidence="${question.id}"] summary`).click();
    expect(await page.locator(`[data-evidence="${question.id}"] .evidence-item`).count()).toBe(2);
    expect(await page.locator(`[data-evidence="${question.id}"]`).getByRole('checkbox', { name: hint }).isChecked()).toBe(true);

    await page.goto(`${ctx.url}assess/#results`);
    const summary = page.locator('#evidence-summary');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.innerText()).toContain('2 items');
    expect(await summary.locator('.evidence-flag').innerText()).toContain('Expired evidence (1)');
    expect(await summary.locator('.evidence-expired').innerText()).toContain(`${hint} · review was due 2025-07-10 · owner M. Haddad`);
    expect(await summary.locator('tbody tr').innerText()).toContain(dimension.title);
    expect(await seriousViolations(page)).toEqual([]);
    if (hasJava) expect(htmlErrors({ html: await rendered(page) })).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 720 });

    // The printed report stays one page and flags the expired item by title and date.
    for (const format of ['A4', 'Letter'] as const) {
      const pages = await printedText(page, format);
      expect(pages).toHaveLength(1);
      expect(pages[0]).toContain(squash(`Expired evidence (1): ${hint} (due 2025-07-10)`));
    }

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=evidence-csv]')]);
    expect(csv.suggestedFilename()).toMatch(/^acme-bank-platform-operations-operations-\d{4}-\d\d-\d\d\.evidence\.csv$/);
    const rows = (await text(csv)).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('question_id,dimension,title,ref,owner,collected,review_by,status');
    expect(rows.slice(1)).toEqual([
      `${question.id},${dimension.title},${hint.includes(',') ? `"${hint}"` : hint},https://wiki.example/cab-2025,M. Haddad,2025-01-10,2025-07-10,expired`,
      `${question.id},${dimension.title},"Runbook, change section",,,,2099-01-01,current`,
    ]);

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=json]')]);
    const file = JSON.parse(await text(json));
    expect(file.version).toBeGreaterThanOrEqual(3); // evidence came with format 3
    expect(file.answers[question.id].evidence).toEqual([
      { title: hint, ref: 'https://wiki.example/cab-2025', owner: 'M. Haddad', collected: '2025-01-10', reviewBy: '2025-07-10' },
      { title: 'Runbook, change section', ref: '', owner: '', reviewBy: '2099-01-01' },
    ]);

    // The share link leaves evidence out unless the user ticks it in.
    expect(await page.locator('#share-evidence').isChecked()).toBe(false);
    await page.click('#share-create');
    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#v1\./);
    const without = await page.locator('#share-link').inputValue();
    expect((await sharedScorecard(without)).answers[question.id]?.evidence).toBeUndefined();
    await page.locator('#share-evidence').check();
    await page.click('#share-create');
    await expect.poll(() => page.locator('#share-link').inputValue()).not.toBe(without);
    const withEvidence = await page.locator('#share-link').inputValue();
    expect((await sharedScorecard(withEvidence)).answers[question.id]!.evidence).toEqual(file.answers[question.id].evidence);
    expect(await page.locator('#share-length').innerText()).toMatch(/characters/);
    await context.close();
  });
});
