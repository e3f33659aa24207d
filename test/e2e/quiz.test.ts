import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readQuizzes } from '../../src/site/read-quizzes.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { seriousViolations } from '../support/axe.ts';
import { printedSheets, printedText } from '../support/printed-pages.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

const PATH = 'integrated-operating-model-in-30-minutes';
const { concepts, paths } = validateContent();
const quiz = readQuizzes(join('content', 'quizzes'), paths.map((p) => p.id), concepts.map((c) => c.id)).quizzes.find((q) => q.quiz.path === PATH)!.quiz;
const answerOf = (q: number) => quiz.questions[q]!.choices.find((c) => c.correct)!.text;
const squash = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(!hasChromium)('a learning path quiz', () => {
  const ctx = useBrowser();

  it('is taken by keyboard, explains each answer, keeps the answers over a reload and forgets them on Try again', async () => {
    const n = quiz.questions.length;
    expect(n).toBeGreaterThanOrEqual(4);
    const correct = quiz.questions.map((q) => q.choices.findIndex((c) => c.correct));
    // Right, wrong, right, unanswered, then right for any further questions.
    const picks = correct.map((c, q) => (q === 1 ? (c + 1) % quiz.questions[q]!.choices.length : q === 3 ? undefined : c));
    const right = picks.filter((p, q) => p === correct[q]).length;

    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}paths/${PATH}/`);
    await page.getByRole('link', { name: 'Quiz', exact: true }).click();
    await page.waitForURL(/\/quiz\/$/);
    await page.locator('form.quiz.is-live').waitFor();
    expect(await page.locator('[data-feedback]:visible').count()).toBe(0);

    // Radio groups as a keyboard user meets them: Tab into a group, Space picks, arrows move the pick.
    await page.locator('fieldset[data-question="0"] input').first().focus();
    for (let q = 0; q < n; q++) {
      const pick = picks[q];
      if (pick !== undefined) {
        await page.keyboard.press('Space');
        for (let k = 0; k < pick; k++) await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Check answers');
    await page.keyboard.press('Enter');

    const score = page.locator('[data-score]');
    expect(await score.innerText()).toMatch(new RegExp(`^${right} of ${n} right`));
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-score'))).toBe(true);
    for (let q = 0; q < n; q++) {
      const fieldset = page.locator(`fieldset[data-question="${q}"]`);
      const feedback = fieldset.locator('[data-feedback]');
      expect(await feedback.isVisible()).toBe(true);
      expect(squash(await feedback.innerText())).toContain(squash(quiz.questions[q]!.explanation));
      const verdict = await fieldset.locator('[data-verdict]').innerText();
      if (picks[q] === correct[q]) expect(verdict).toBe('Right.');
      else expect(verdict).toBe(`${picks[q] === undefined ? 'Not answered' : 'Not quite'}. The answer is: ${answerOf(q)}`);
      // Each explanation links to the concept it draws on.
      expect(await feedback.locator('a').first().getAttribute('href')).toBe(`/concepts/${quiz.questions[q]!.concepts[0]}/`);
    }
    expect(await seriousViolations(page)).toEqual([]);

    // The answers and the result are still there after a reload.
    await page.reload();
    await page.locator('form.quiz.is-live').waitFor();
    expect(await score.innerText()).toMatch(new RegExp(`^${right} of ${n} right`));
    for (let q = 0; q < n; q++) {
      const checked = await page.locator(`fieldset[data-question="${q}"] input`).evaluateAll((inputs) => inputs.findIndex((i) => (i as HTMLInputElement).checked));
      expect(checked).toBe(picks[q] ?? -1);
    }

    await page.getByRole('button', { name: 'Try again' }).click();
    expect(await page.locator('input:checked').count()).toBe(0);
    expect(await page.locator('[data-feedback]:visible').count()).toBe(0);
    expect(await score.innerText()).toBe('');
    await page.reload();
    await page.locator('form.quiz.is-live').waitFor();
    expect(await page.locator('input:checked').count()).toBe(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), `converge:quiz:${PATH}`)).toBeNull();
    await page.close();
  });

  it('prints an answer key with every question, its answer and explanation, on few well-filled sheets', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}paths/${PATH}/quiz/`);
    await page.getByRole('link', { name: 'answer key' }).click();
    await page.waitForURL(/\/quiz\/key\/$/);
    expect(await seriousViolations(page)).toEqual([]);
    for (const format of ['A4', 'Letter'] as const) {
      const text = (await printedText(page, format)).join('');
      quiz.questions.forEach((question, q) => {
        expect(text).toContain(squash(question.prompt));
        expect(text).toContain(squash(`Answer: ${answerOf(q)}`));
        expect(text).toContain(squash(question.explanation));
      });
      await page.emulateMedia({ media: 'print' });
      const sheets = await printedSheets(page, format);
      await page.emulateMedia({ media: 'screen' });
      expect(sheets.length).toBeLessThanOrEqual(2);
      // No sheet left mostly blank: a second sheet must carry more than a stray line or two.
      if (sheets.length === 2) expect(sheets[1]!.reach).toBeGreaterThan(0.25);
    }
    await page.close();
  });
});
