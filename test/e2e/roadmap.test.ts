import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { prerequisitesOf, projectRoadmap, seedRoadmap, type Roadmap } from '../../src/assessment/roadmap.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { questionNumbers } from '../../src/assessment/compare.ts';
import { roadmapItemKey } from '../../src/schema/roadmap.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { seriousViolations } from '../support/axe.ts';
import { printedText } from '../support/printed-pages.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { hasJava, htmlErrors } from '../support/html-check.ts';

const model = validateContent().assessment!;
const versions = questionsByVersion(model, readVersionLock('content/assessment'));
const FIXTURE = 'test/fixtures/scorecards/acme-platform-2026-10.json';
const imported = readScorecard(readFileSync(FIXTURE, 'utf8'), model, versions);
if (!imported.ok) throw new Error(imported.error);
const { answers, targets } = imported.scorecard;
/** What the engine plans from the fixture's answers: the page must show exactly this. */
const seeded = seedRoadmap(model, answers, targets);
const numbers = questionNumbers(model);

const text = async (download: Download) => readFileSync(await download.path(), 'utf8');
const rendered = (page: Page) => page.evaluate(() => `<!DOCTYPE html>${document.documentElement.outerHTML}`);
const status = (page: Page) => page.locator('[data-roadmap="status"]').innerText();

/** A step whose earlier rung (or required question) sits in a later phase than the first: moving it to the first phase is refused. */
function heldBackCase(roadmap: Roadmap) {
  for (const [i, item] of roadmap.items.entries()) {
    const before = prerequisitesOf(model, roadmap, i).map((p) => roadmap.items[p]!).filter((p) => p.phase > 0);
    if (before.length) return { item, before: before.sort((a, b) => b.phase - a.phase)[0]! };
  }
  throw new Error('the seeded roadmap has no step with a prerequisite after the first phase');
}

describe.skipIf(!hasChromium)('roadmap in Chromium', () => {
  const ctx = useBrowser();

  it('plans three phases from the next steps, projects each by the engine, keeps prerequisites first, and exports CSV, file and print', { timeout: 240_000 }, async () => {
    const context = await ctx.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${ctx.url}assess/#results`);
    await page.setInputFiles('#import-file', FIXTURE);
    await expect.poll(() => page.locator('[data-results=title]').innerText(), { timeout: 10_000 }).toContain('Acme Bank');
    // Nothing to print yet: the report's roadmap page waits for a roadmap.
    expect(await page.locator('[data-print-roadmap]').isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Plan a roadmap' }).click();
    await page.waitForURL(/#roadmap$/);
    await expect.poll(() => page.locator('[data-roadmap="empty"]').isVisible()).toBe(true);
    expect(await page.locator('.assess-steps [aria-current="step"]').innerText()).toBe('Roadmap');
    await page.getByRole('button', { name: 'Plan from the next steps' }).click();
    expect(await status(page)).toBe(`Planned ${seeded.items.length} steps: the five to do next in Now, the other next steps in Next, and the rungs after them in Later. Move, remove or add steps below.`);

    // Three phases, each holding what the engine planned, in its order.
    const phases = page.locator('.roadmap-phase');
    expect(await phases.locator('h3').allInnerTexts()).toEqual(['Now', 'Next', 'Later'].map((name, p) => `${name}\n${seeded.items.filter((i) => i.phase === p).length} steps`));
    for (let p = 0; p < 3; p++) {
      const keys = await phases.nth(p).locator('.roadmap-item').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.key));
      expect(keys).toEqual(seeded.items.filter((i) => i.phase === p).map(roadmapItemKey));
    }

    // The projection: every dimension's level today and after each phase, as the engine scores it.
    const projected = projectRoadmap(model, answers, targets, seeded);
    const table = await page.locator('.projection-table tbody tr:not(.overall-row)').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.firstChild!.textContent)));
    expect(table).toEqual(imported.result.dimensions.map((d, i) => [String(d.level), ...projected.map((p) => String(p.result.dimensions[i]!.level)), String(d.target)]));
    // The radar draws today, each phase and the target, with a legend naming them.
    const radar = page.locator('[data-roadmap="radar"] svg');
    expect(await radar.locator('polygon[stroke-linejoin]').count()).toBe(5);
    const legend = await radar.locator('text').allTextContents();
    for (const name of ['Today', 'After Now', 'After Next', 'After Later', 'Target level']) expect(legend).toContain(name);
    expect(await seriousViolations(page, '#roadmap')).toEqual([]);
    if (hasJava) expect(htmlErrors({ html: await rendered(page) })).toEqual([]);

    // A step cannot go before what it builds on: the page keeps it back and says why.
    const { item, before } = heldBackCase(seeded);
    const card = page.locator(`[data-key="${roadmapItemKey(item)}"]`);
    await card.getByRole('combobox').selectOption({ label: 'Now' });
    const name = (i: typeof item) => `question ${numbers.get(i.question)}${i.kind === 'raise' ? ` to level ${i.to}` : ' (find out)'}`;
    const held = ['Now', 'Next', 'Later'][Math.max(item.phase, before.phase)];
    expect(await status(page)).toContain(`Kept in ${held}, not Now: it builds on ${name(before)}, planned in ${['Now', 'Next', 'Later'][before.phase]}.`);
    expect(await page.locator(`[data-key="${roadmapItemKey(item)}"] select`).inputValue()).toBe(String(Math.max(item.phase, before.phase)));
    // Focus stays on the step the user moved.
    expect(await page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-key]')?.dataset.key)).toBe(roadmapItemKey(item));

    // Moving what it builds on later takes it along.
    await page.locator(`[data-key="${roadmapItemKey(before)}"] select`).selectOption({ label: 'Later' });
    expect(await page.locator(`[data-key="${roadmapItemKey(item)}"] select`).inputValue()).toBe('2');

    // Owner and due date per step, kept across a reload; quarters instead of Now, Next, Later.
    const first = phases.nth(0).locator('.roadmap-item').first();
    const firstKey = await first.getAttribute('data-key');
    await first.getByLabel('Owner').fill('Platform lead');
    await first.getByLabel('Owner').press('Tab');
    await first.getByLabel('Due').fill('2027-03-31');
    await page.getByRole('button', { name: 'Name them as quarters' }).click();
    await page.reload();
    await expect.poll(() => page.locator('.roadmap-phase h3').count(), { timeout: 10_000 }).toBe(3);
    const quarters = await page.locator('.roadmap-phase h3').evaluateAll((hs) => hs.map((h) => h.firstChild!.textContent));
    expect(quarters.every((q) => /^Q[1-4] \d{4}$/.test(q!))).toBe(true);
    const saved = page.locator(`[data-key="${firstKey}"]`);
    expect(await saved.getByLabel('Owner').inputValue()).toBe('Platform lead');
    expect(await saved.getByLabel('Due').inputValue()).toBe('2027-03-31');

    // The CSV: one ticket per step, the columns a tracker imports, the link absolute.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download for a ticket system (CSV)' }).click()]);
    const csv = (await text(csvDownload)).replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')[0]).toBe('Summary,Description,Owner,Due date,Phase,Question id,Dimension,Link');
    const firstItem = seeded.items.find((i) => roadmapItemKey(i) === firstKey)!;
    expect(csv).toContain(`Platform lead,2027-03-31,${quarters[0]},${firstItem.question},`);
    expect(csv).toMatch(new RegExp(`,${ctx.url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}concepts/[a-z0-9-]+/\\r\\n`));
    expect(csv.match(/\r\n(?=[^\r\n])/g)!.length).toBeGreaterThanOrEqual(seeded.items.length); // a row per step (descriptions hold line breaks)

    // The scorecard file carries the roadmap (format 4), and reads back the same.
    await page.getByRole('button', { name: 'Back to the results' }).click();
    await page.waitForURL(/#results$/);
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=json]')]);
    const file = JSON.parse(await text(json));
    expect(file.version).toBe(4);
    expect(file.roadmap.phases).toEqual(quarters);
    expect(file.roadmap.items.find((i: { owner: string }) => i.owner === 'Platform lead')).toMatchObject({ question: firstItem.question, due: '2027-03-31', phase: 0 });
    const reread = readScorecard(JSON.stringify(file), model, versions);
    expect(reread.ok && reread.scorecard.roadmap).toEqual(file.roadmap);

    // Printed: the report's first sheet as before, the roadmap on the next when asked for.
    await page.check('[data-print-roadmap]');
    const sheets = await printedText(page, 'A4');
    expect(sheets[0]).toContain('AcmeBank');
    expect(sheets[0]).not.toContain('Roadmap·');
    expect(sheets[1]).toContain('Roadmap·AcmeBank');
    expect(sheets.join('')).toContain('Platformlead');
    await page.uncheck('[data-print-roadmap]');
    expect((await printedText(page, 'Letter')).join('')).not.toContain('Roadmap·');
    // Anonymised, the roadmap (it names owners) leaves the file and the print.
    await page.locator('[data-anonymise]').check();
    expect(await page.locator('[data-print-roadmap]').isDisabled()).toBe(true);
    // The evidence goes too, so its CSV is not offered empty.
    expect(await page.locator('button[data-export="evidence-csv"]').isDisabled()).toBe(true);
    const [anonymous] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=json]')]);
    expect(JSON.parse(await text(anonymous))).not.toHaveProperty('roadmap');
    await page.locator('[data-anonymise]').uncheck();

    // Removing the roadmap asks first, and keeps the assessment with it in the history.
    await page.goto(`${ctx.url}assess/#roadmap`);
    await page.getByRole('button', { name: 'Remove the roadmap…' }).click();
    await page.getByRole('button', { name: 'Remove it' }).click();
    await expect.poll(() => page.locator('[data-roadmap="empty"]').isVisible()).toBe(true);
    expect(await status(page)).toContain('kept in the history');
    await page.goto(`${ctx.url}assess/#start`);
    await expect.poll(() => page.locator('#history').innerText(), { timeout: 10_000 }).toContain('before its roadmap was removed');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works on a phone: the projection becomes a card per dimension, and no serious axe violation', { timeout: 120_000 }, async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${ctx.url}assess/#results`);
    await page.setInputFiles('#import-file', FIXTURE);
    await expect.poll(() => page.locator('[data-results=title]').innerText(), { timeout: 10_000 }).toContain('Acme Bank');
    await page.goto(`${ctx.url}assess/#roadmap`);
    await page.getByRole('button', { name: 'Plan from the next steps' }).click();
    // Nothing wider than the screen: the table stacks instead of scrolling sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('.projection-table thead').boundingBox().then((box) => (box?.width ?? 0) <= 1)).toBe(true);
    expect(await page.locator('.projection-table tbody td').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Today"');
    expect(await seriousViolations(page, '#roadmap')).toEqual([]);
    await context.close();
  });
});
