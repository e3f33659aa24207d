import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scoreAssessment } from '../../src/assessment/score.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import type { Answers, AnswerValue } from '../../src/schema/assessment.ts';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

const model = validateContent().assessment!;
const CHOICES: AnswerValue[] = [0, 1, 2, 3, 4, 'na', 'unknown'];
/** A varied, deterministic answer for the i-th question of the model. */
const choiceFor = (i: number) => [2, 3, 1, 4, 6, 0, 2, 3, 5, 1][i % 10]!;

/** Presses Tab until the focused element matches `selector`; keyboard only, like a user would. */
async function tabTo(page: Page, selector: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe.skipIf(!hasChromium)('assessment in Chromium', () => {
  const ctx = useBrowser();

  it('is completed by keyboard alone, resumes after a reload, and shows what the engine computes', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}assess/`);
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(page, 'input[name=organization]');
    await page.keyboard.type('Acme <b>Bank</b>');
    await tabTo(page, 'input[name=team]');
    await page.keyboard.type('Platform');
    await tabTo(page, 'button[data-go=next]');
    await page.keyboard.press('Enter');

    const answers: Answers = {};
    let i = 0;
    for (const dimension of model.dimensions) {
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(dimension.title);
      for (const question of dimension.questions) {
        const choice = choiceFor(i++);
        await tabTo(page, `input[type=radio][name="${question.id}"]`);
        // In an untouched radio group Tab lands on the first option: Space picks it, arrows move on.
        if (choice === 0) await page.keyboard.press('Space');
        for (let n = 0; n < choice; n++) await page.keyboard.press('ArrowDown');
        answers[question.id] = { value: CHOICES[choice]! };
      }
      if (dimension === model.dimensions[0]) {
        await tabTo(page, `textarea[name="note:${dimension.questions.at(-1)!.id}"]`);
        await page.keyboard.type('CAB minutes <img src=x onerror=alert(1)>');
        expect(await seriousViolations(page)).toEqual([]);
      }
      await tabTo(page, `[data-step="${dimension.id}"] button[data-go=next]`);
      await page.keyboard.press('Enter');
    }

    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Results');
    const expected = scoreAssessment(model, answers);
    const rows = await page.locator('.results-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    expect(rows.map((r) => r[0])).toEqual(expected.dimensions.map((d) => d.title));
    expect(rows.map((r) => r[1])).toEqual(expected.dimensions.map((d) => (d.score === null ? '–' : d.score.toFixed(1))));
    expect(rows.map((r) => r[2]!.split(' ')[0])).toEqual(expected.dimensions.map((d) => (d.level === null ? 'not' : String(d.level))));
    const summary = await page.locator('[data-results=summary]').innerText();
    expect(summary).toContain(`${expected.score!.toFixed(1)} / 4`);
    expect(summary).toContain(expected.weakest!.title);
    expect(await page.locator('[data-results=title]').innerText()).toContain('Acme <b>Bank</b> · Platform'); // text, never markup
    expect(await page.locator('[data-results=steps] .do-next li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-results=steps] a').first().getAttribute('href')).toMatch(/\/concepts\/[a-z0-9-]+\/$/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await expect.poll(() => page.locator('[data-results=summary]').innerText()).toContain(`${expected.score!.toFixed(1)} / 4`);
    expect(await page.locator('.resume-notice').innerText()).toContain('Welcome back');
    await page.goto(`${ctx.url}assess/#${model.dimensions[0]!.id}`);
    const first = model.dimensions[0]!.questions[0]!;
    expect(await page.locator(`input[name="${first.id}"]:checked`).getAttribute('value')).toBe(String(answers[first.id]!.value));
    expect(await page.locator(`textarea[name="note:${model.dimensions[0]!.questions.at(-1)!.id}"]`).inputValue()).toBe('CAB minutes <img src=x onerror=alert(1)>');
    await page.close();
  });

  it('merges answers given in two tabs instead of losing one', async () => {
    const context = await ctx.browser.newContext();
    const [a, b] = [await context.newPage(), await context.newPage()];
    const [q1, q2] = model.dimensions[1]!.questions;
    await a.goto(`${ctx.url}assess/#${model.dimensions[1]!.id}`);
    await b.goto(`${ctx.url}assess/#${model.dimensions[1]!.id}`);
    await a.locator(`input[name="${q1!.id}"][value="3"]`).check();
    await b.locator(`input[name="${q2!.id}"][value="1"]`).check();
    const c = await context.newPage();
    await c.goto(`${ctx.url}assess/#${model.dimensions[1]!.id}`);
    expect(await c.locator(`input[name="${q1!.id}"]:checked`).getAttribute('value')).toBe('3');
    expect(await c.locator(`input[name="${q2!.id}"]:checked`).getAttribute('value')).toBe('1');
    expect(await b.locator(`input[name="${q1!.id}"]:checked`).getAttribute('value')).toBe('3'); // B was told, live
    await context.close();
  });

  it('starts over only after confirmation, and can restore what it cleared (in dark mode)', async () => {
    const context = await ctx.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const first = model.dimensions[0]!.questions[0]!;
    await page.goto(`${ctx.url}assess/#${model.dimensions[0]!.id}`);
    await page.locator(`input[name="${first.id}"][value="2"]`).check();
    await page.goto(`${ctx.url}assess/#results`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start over…' }).click();
    await page.getByRole('button', { name: 'Keep my answers' }).click();
    await page.getByRole('button', { name: 'Start over…' }).click();
    await page.getByRole('button', { name: 'Clear and start over' }).click();
    await expect.poll(() => page.locator('#assess-progress-text').innerText()).toMatch(/^0 of/);
    // What "Start over" cleared is in the history on the start screen.
    await page.locator('.history-list > li').first().getByRole('button', { name: /^Restore…/ }).click();
    await page.click('#restore-dialog button[value=restore]');
    await expect.poll(() => page.locator('#assess-progress-text').innerText()).toMatch(/^1 of/);
    await context.close();
  });

  it('recovers from unreadable saved data with a message, and keeps the data for download', async () => {
    const context = await ctx.browser.newContext({ acceptDownloads: true });
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('converge:assessment', '{"format":"converge-assessment","answers":{"change.x":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await context.newPage();
    await page.goto(`${ctx.url}assess/`);
    await expect.poll(() => page.locator('#assess-notice').innerText()).toContain('could not be read');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the damaged data' }).click()]);
    expect(await download.createReadStream().then(async (stream) => { let text = ''; for await (const chunk of stream) text += chunk; return text; })).toBe('{"format":"converge-assessment","answers":{"change.x":');
    // The page works on: a new answer saves.
    await page.goto(`${ctx.url}assess/#${model.dimensions[0]!.id}`);
    await page.locator(`input[name="${model.dimensions[0]!.questions[0]!.id}"][value="2"]`).check();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('converge:assessment'))).toContain('"value":2');
    await context.close();
  });

  it('says so when the browser refuses to save, and keeps the answers on screen', async () => {
    const context = await ctx.browser.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(`${ctx.url}assess/#${model.dimensions[0]!.id}`);
    const radio = page.locator(`input[name="${model.dimensions[0]!.questions[0]!.id}"][value="3"]`);
    await radio.check();
    await expect.poll(() => page.locator('#assess-notice').innerText()).toContain('storage for this site is full');
    expect(await radio.isChecked()).toBe(true);
    await context.close();
  });
});

describe.skipIf(!hasChromium)('assessment flow on a phone and a wide screen', () => {
  const ctx = useBrowser();
  const WIDE = { width: 1440, height: 900 };
  const PHONE = { width: 390, height: 844 };
  const [change, incident] = model.dimensions;

  /** Where an element is, relative to the viewport. */
  const box = (page: Page, selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: r.height, width: r.width, viewport: innerHeight };
    });
  const inView = async (page: Page, selector: string) => {
    const b = await box(page, selector);
    return b.top >= 0 && b.bottom <= b.viewport;
  };

  for (const viewport of [WIDE, PHONE]) {
    it(`opens a first visit at the top, with the time estimate and the privacy promise in view (${viewport.width})`, async () => {
      const context = await ctx.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${ctx.url}assess/`, { waitUntil: 'load' });
      await page.waitForTimeout(200); // any late jump to a fragment would happen by now
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(await page.evaluate(() => location.hash)).toBe('');
      expect(await page.locator('.lead').innerText()).toMatch(/about \d+ minutes to read alone, \d+–\d+ minutes as a team workshop\. Everything stays in this browser/);
      expect(await inView(page, 'h1')).toBe(true);
      expect(await inView(page, '.lead')).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });

    it(`resumes at the first unanswered question of the step, with a welcome that goes away (${viewport.width})`, async () => {
      const context = await ctx.browser.newContext({ viewport });
      const page = await context.newPage();
      const [q1, q2, q3] = incident!.questions;
      await page.goto(`${ctx.url}assess/#${incident!.id}`);
      await page.locator(`input[name="${q1!.id}"][value="2"]`).check();
      await page.locator(`input[name="${q2!.id}"][value="unknown"]`).check();
      await page.goto(`${ctx.url}assess/`, { waitUntil: 'load' });
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${incident!.id}`);
      await expect.poll(() => inView(page, `[id="q-${q3!.id}"] h3`)).toBe(true);
      expect(await inView(page, `[id="q-${q3!.id}"] input[value="0"]`)).toBe(true);
      expect(await inView(page, '.resume-notice')).toBe(true);
      expect(await page.locator('.resume-notice').innerText()).toContain('Welcome back');

      // Keyboard: the next Tab reaches the close button; closing hands focus to the question.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Dismiss this message');
      await page.keyboard.press('Enter');
      expect(await page.locator('.resume-notice').count()).toBe(0);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(q3!.id);

      // It also goes at the first change, and at a step change.
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => page.locator('.resume-notice').count()).toBe(1);
      await page.locator(`input[name="${q3!.id}"][value="1"]`).check();
      expect(await page.locator('.resume-notice').count()).toBe(0);
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => page.locator('.resume-notice').count()).toBe(1);
      await page.locator(`[data-step="${incident!.id}"] button[data-go=next]`).click();
      await expect.poll(() => page.locator('.resume-notice').count()).toBe(0);
      await context.close();
    });

    it(`shows where the user is and how much is answered in the step list (${viewport.width})`, async () => {
      const context = await ctx.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${ctx.url}assess/#${change!.id}`);
      const [q1, q2, q3] = change!.questions;
      await page.locator(`input[name="${q1!.id}"][value="3"]`).check();
      await page.locator(`input[name="${q2!.id}"][value="na"]`).check();
      const count = page.locator(`[data-step-count="${change!.id}"]`);
      expect(await count.textContent()).toBe(`2 of ${change!.questions.length} answered`);
      expect(await page.locator(`[data-step-count="${incident!.id}"]`).textContent()).toBe(`0 of ${incident!.questions.length} answered`);
      expect(await page.locator(`[data-step-status="${change!.id}"]`).innerText()).toBe(`2 of ${change!.questions.length} answered`);
      const summary = page.locator('.step-menu > summary');
      if (viewport === PHONE) {
        // One line instead of twelve pills; it opens into the full list, with the counts spelled out.
        expect(await summary.innerText()).toBe(`Step 2 of ${model.dimensions.length + 3} · ${change!.title}`);
        expect(await page.locator(`[data-step-link="${incident!.id}"]`).isVisible()).toBe(false);
        await summary.click();
        expect(await page.locator(`[data-step-link="${change!.id}"]`).innerText()).toMatch(/Change enablement\s+2 of 5 answered/);
      } else {
        expect(await summary.isVisible()).toBe(false);
        expect(await page.locator(`[data-step-link="${incident!.id}"]`).isVisible()).toBe(true);
      }
      // The jump goes to the first unanswered question and puts focus on it.
      await page.getByRole('button', { name: 'Go to 1.3, the first unanswered question' }).click();
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(q3!.id);
      await expect.poll(() => inView(page, `[id="q-${q3!.id}"] h3`)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto(`${ctx.url}assess/#${incident!.id}`);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('fits each question of the first dimension, with all its choices, on a phone screen', async () => {
    const context = await ctx.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${ctx.url}assess/#${change!.id}`);
    for (const question of change!.questions) {
      const card = `[id="q-${question.id}"]`;
      // Collapsed: level names only, each descriptor still in its radio's accessible name.
      expect(await box(page, `${card} .choice .descriptor`).then((b) => b.width)).toBeLessThanOrEqual(1);
      expect(await page.getByRole('radio', { name: `0 · ${model.levels[0]!.name} ${question.levels[0]}` }).count()).toBe(1);
      // With the longest descriptor chosen (and so shown), the whole card still fits.
      const longest = question.levels.reduce((best, text, n) => (text.length > question.levels[best]!.length ? n : best), 0);
      await page.locator(`${card} input[value="${longest}"]`).check();
      expect(await box(page, `${card} input[value="${longest}"] ~ span .descriptor`).then((b) => b.width)).toBeGreaterThan(100);
      // The card's height against the screen's: where the page scrolls it to is not the question.
      const b = await box(page, card);
      expect(b.height).toBeLessThanOrEqual(b.viewport);
    }

    // Keyboard: the focused level shows its descriptor before it is chosen; arrows still choose.
    await page.goto(`${ctx.url}assess/#${incident!.id}`);
    const first = `[id="q-${incident!.questions[0]!.id}"]`;
    await page.locator(`#${incident!.id}-title`).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('0');
    expect(await box(page, `${first} input[value="0"] ~ span .descriptor`).then((b) => b.width)).toBeGreaterThan(100);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(`${first} input[value="1"]`).isChecked()).toBe(true);
    expect(await box(page, `${first} input[value="1"] ~ span .descriptor`).then((b) => b.width)).toBeGreaterThan(100);
    expect(await box(page, `${first} input[value="0"] ~ span .descriptor`).then((b) => b.width)).toBeLessThanOrEqual(1);
    await context.close();
  });
});
