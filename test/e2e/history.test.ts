import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { encodeShareFragment } from '../../src/assessment/share-link.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import type { AnswerValue } from '../../src/schema/assessment.ts';
import { SAVED_KEY, savedKey } from '../../src/schema/saved-assessment.ts';
import type { Scorecard } from '../../src/schema/scorecard.ts';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

// Teams must trust that their work is safe: every replaced state is kept and can come back,
// and a perspective changes only when the user says so.
const model = validateContent().assessment!;
const versions = questionsByVersion(model, readVersionLock('content/assessment'));
const base = readScorecard(readFileSync('test/fixtures/scorecards/acme-platform-2026-10.json', 'utf8'), model, versions);
if (!base.ok) throw new Error(base.error);
const questionIds = model.dimensions.flatMap((d) => d.questions.map((q) => q.id));

/** A scorecard of its own for team n: every answer differs from the others'. */
function teamScorecard(n: number): Scorecard {
  const choices: AnswerValue[] = [0, 1, 2, 3, 4, 'na', 'unknown'];
  const answers = Object.fromEntries(questionIds.map((id, i) => [id, { value: choices[(i + n) % choices.length]! }]));
  return { ...structuredClone(base.ok ? base.scorecard : ({} as Scorecard)), organization: `Team ${n} Ltd`, team: `Squad ${n}`, answers };
}
const values = (answers: Record<string, { value?: AnswerValue }>) => Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.value]));
const savedAnswers = async (page: Page, key = SAVED_KEY) => values(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!).answers);

describe.skipIf(!hasChromium)('history and perspectives in Chromium', () => {
  const ctx = useBrowser();
  let context: BrowserContext;
  const open = async (hash = 'start') => {
    context = await ctx.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${ctx.url}assess/#${hash}`);
    return page;
  };
  const importFile = async (page: Page, scorecard: Scorecard, replace: boolean) => {
    await page.setInputFiles('#import-file', { name: 'card.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scorecard)) });
    if (replace) await page.click('#import-dialog button[value=import]');
  };
  const importLink = async (page: Page, scorecard: Scorecard, replace: boolean) => {
    const fragment = await encodeShareFragment(scorecard, versions.get(model.modelVersion)!);
    await page.goto(`${ctx.url}assess/#start`);
    await page.fill('#import-link', `${ctx.url}scorecard/#${fragment}`);
    await page.getByRole('button', { name: 'Open link' }).click();
    if (replace) await page.click('#import-dialog button[value=import]');
  };
  const waitForOrganization = (page: Page, organization: string) => expect.poll(() => page.locator('[data-results=title]').innerText()).toContain(organization);

  it('keeps every state five imports replaced, and restores each of them in turn', { timeout: 180_000 }, async () => {
    const page = await open();
    // Opening a scorecard is offered on the start screen, before any question is answered.
    expect(await page.locator('#import-section').isVisible()).toBe(true);
    expect(await page.locator('#import-link').isVisible()).toBe(true);
    const own = teamScorecard(0);
    await importFile(page, own, false);
    await waitForOrganization(page, 'Team 0 Ltd');
    // Five imports in a row, by file and by share link: each replaces the state before it.
    for (let n = 1; n <= 5; n++) {
      await (n % 2 ? importFile : importLink)(page, teamScorecard(n), true);
      await waitForOrganization(page, `Team ${n} Ltd`);
    }
    await page.goto(`${ctx.url}assess/#start`);
    await expect.poll(() => page.locator('.history-list > li').count()).toBe(5);
    const listed = await page.locator('.history-list > li strong').allInnerTexts();
    expect(listed.map((t) => t.split(' · ')[0])).toEqual(['Team 4 Ltd', 'Team 3 Ltd', 'Team 2 Ltd', 'Team 1 Ltd', 'Team 0 Ltd']);
    expect(await seriousViolations(page)).toEqual([]);

    // Restore each earlier state in turn; each restore keeps the state it replaces.
    for (const n of [0, 1, 2, 3, 4]) {
      const item = page.locator('.history-list > li', { hasText: `Team ${n} Ltd` }).first();
      await item.locator('summary').click();
      await expect.poll(() => item.locator('details').innerText()).toContain('would change from what is saved now');
      await item.getByRole('button', { name: /^Restore…/ }).click();
      await expect.poll(() => page.locator('#restore-dialog').innerText()).toContain(`Team ${n} Ltd · Squad ${n}`);
      if (n === 0) expect(await seriousViolations(page)).toEqual([]); // the dialog, open
      await page.click('#restore-dialog button[value=restore]');
      await expect.poll(() => page.locator('#assess-notice').innerText()).toContain(`Restored: Team ${n} Ltd`);
      expect(await savedAnswers(page)).toEqual(values(teamScorecard(n).answers));
    }
    // Five restores kept five more states, and nothing was dropped.
    await expect.poll(() => page.locator('.history-list > li').count()).toBe(10);
    await context.close();
  });

  it('downloads a kept state as a scorecard file and deletes it on request', async () => {
    const page = await open();
    await importFile(page, teamScorecard(7), false);
    await waitForOrganization(page, 'Team 7 Ltd');
    await importFile(page, teamScorecard(8), true);
    await waitForOrganization(page, 'Team 8 Ltd');
    await page.goto(`${ctx.url}assess/#start`);
    const item = page.locator('.history-list > li').first();
    const [file] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: /^Download/ }).click()]);
    const read = readScorecard(readFileSync(await file.path(), 'utf8'), model, versions);
    if (!read.ok) throw new Error(read.error);
    expect(read.scorecard.organization).toBe('Team 7 Ltd');
    expect(values(read.scorecard.answers)).toEqual(values(teamScorecard(7).answers));
    await item.getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => page.locator('.history-list > li').count()).toBe(0);
    expect(await page.locator('[data-history=status]').innerText()).toContain('the history is empty');
    await context.close();
  });

  it('switches perspective only when asked, both ways, losing no answer of either', async () => {
    const page = await open();
    await importFile(page, teamScorecard(1), false);
    await waitForOrganization(page, 'Team 1 Ltd');
    await page.goto(`${ctx.url}assess/#start`);
    await expect.poll(() => page.locator('h1').innerText()).toContain('joint');

    // To security, starting from a copy of the joint answers.
    await page.locator('input[name=perspective][value=security]').click();
    await expect.poll(() => page.locator('#perspective-dialog').isVisible()).toBe(true);
    expect(await page.locator('input[name=perspective][value=joint]').isChecked()).toBe(true); // nothing switched yet
    expect(await page.locator('#perspective-dialog tbody').innerText()).toMatch(new RegExp(`Joint \\(now\\)\\s+${questionIds.length} of ${questionIds.length}`));
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#perspective-dialog input[value=copy]').check();
    await page.click('#perspective-dialog button[value=switch]');
    await expect.poll(() => page.locator('h1').innerText()).toContain('the security side');
    expect(await savedAnswers(page, savedKey('security'))).toEqual(values(teamScorecard(1).answers));
    // The security side changes one answer of its own.
    await page.goto(`${ctx.url}assess/#${model.dimensions[0]!.id}`);
    const first = questionIds[0]!;
    // A click event, not a click at coordinates: the page may still be scrolling to the question to resume at.
    await page.locator(`input[name="${first}"][value=na]`).dispatchEvent('click');
    await expect.poll(async () => (await savedAnswers(page, savedKey('security')))[first]).toBe('na');

    // Back to joint: a perspective with answers continues with its own.
    await page.goto(`${ctx.url}assess/#start`);
    await page.locator('input[name=perspective][value=joint]').click();
    await page.click('#perspective-dialog button[value=switch]');
    await expect.poll(() => page.locator('h1').innerText()).toContain('joint');
    expect(await savedAnswers(page)).toEqual(values(teamScorecard(1).answers));
    expect((await savedAnswers(page, savedKey('security')))[first]).toBe('na');

    // "Stay" changes nothing.
    await page.locator('input[name=perspective][value=operations]').click();
    await page.click('#perspective-dialog button[value=cancel]');
    expect(await page.locator('h1').innerText()).toContain('joint');
    expect(await page.locator('input[name=perspective][value=joint]').isChecked()).toBe(true);
    await context.close();
  });

  it('keeps answering when storage is full, and says so', async () => {
    const page = await open();
    await importFile(page, teamScorecard(2), false);
    await waitForOrganization(page, 'Team 2 Ltd');
    await page.goto(`${ctx.url}assess/#${model.dimensions[1]!.id}`);
    // Fill what is left of this origin's localStorage quota.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      for (let i = 0; chunk.length > 8; i++) {
        try {
          localStorage.setItem(`filler:${i}`, chunk);
        } catch {
          chunk = chunk.slice(chunk.length / 2);
        }
      }
    });
    // A note makes the saved record longer than the room left: the save fails.
    const question = model.dimensions[1]!.questions[0]!.id;
    const note = 'Evidence: the last 20 changes were sampled. '.repeat(40);
    await page.fill(`textarea[name="note:${question}"]`, note);
    await expect.poll(() => page.locator('#assess-notice').innerText()).toContain('storage for this site is full');
    await page.locator(`input[name="${question}"][value="4"]`).dispatchEvent('click');
    expect(await page.locator(`input[name="${question}"][value="4"]`).isChecked()).toBe(true);
    expect(await page.locator(`textarea[name="note:${question}"]`).inputValue()).toBe(note);
    // The page still scores the answer it could not save.
    await page.goto(`${ctx.url}assess/#results`);
    await expect.poll(() => page.locator('.results-table tbody tr').nth(1).innerText()).toContain(model.dimensions[1]!.title);
    await context.close();
  });

  it('imports with a plain warning when the browser keeps no history, and never loses the current answers silently', async () => {
    context = await ctx.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => ({ open: () => { throw new DOMException('blocked', 'InvalidStateError'); } }) });
    });
    const page = await context.newPage();
    await page.goto(`${ctx.url}assess/#start`);
    await expect.poll(() => page.locator('[data-history=status]').innerText()).toContain('does not let this site keep a history');
    await importFile(page, teamScorecard(3), false);
    await waitForOrganization(page, 'Team 3 Ltd');
    await importFile(page, teamScorecard(4), true);
    await waitForOrganization(page, 'Team 4 Ltd');
    expect(await page.locator('#assess-notice').innerText()).toContain('Download your scorecard to keep a copy');
    await context.close();
  });
});
