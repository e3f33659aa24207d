import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { readConceptSource } from '../../src/graph/read-concepts.ts';
import { seriousViolations } from '../support/axe.ts';
import { printedText, squash } from '../support/report-files.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

const PATH = 'change-enablement-with-security-built-in';
const PROJECTOR = { width: 1920, height: 1080 };

/** The path's steps from its content file: concept title, trainer note and question, in order. */
function stepsOf(id: string) {
  const front = (file: string) => readConceptSource(join('content', file)).source!.frontmatter as Record<string, unknown>;
  const steps = front(`paths/${id}.mdx`).steps as { concept: string; note: string; question: string }[];
  return steps.map((s) => ({ ...s, title: front(`concepts/${s.concept}.mdx`).title as string }));
}

const shownTitle = (page: Page) => page.locator('.slide:visible h2').innerText();
const counter = (page: Page) => page.locator('.deck-controls [data-counter]').innerText();
const presenterTitle = async (page: Page) => (await page.locator('.note-card:visible h2').innerText()).replace(/\s+/g, ' ');

describe.skipIf(!hasChromium)('presenting a learning path', () => {
  const ctx = useBrowser();
  const steps = stepsOf(PATH);
  const n = steps.length;

  async function open(context?: BrowserContext, hash = '') {
    const c = context ?? (await ctx.browser.newContext({ viewport: PROJECTOR }));
    const page = await c.newPage();
    await page.goto(`${ctx.url}paths/${PATH}/present/${hash}`);
    await page.locator('.deck.is-live').waitFor();
    return { context: c, page };
  }

  it('presents a path by keyboard to the last step and back, with the presenter window following', async () => {
    const { context, page } = await open();
    expect(n).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.slide:visible').count()).toBe(1);
    expect(await shownTitle(page)).toBe(steps[0]!.title);
    expect(await counter(page)).toBe(`1 / ${n}`);

    // The presenter view opens as a second window of the same browser and starts where the deck is.
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Presenter view' }).click()]);
    await presenter.locator('.presenter.is-live').waitFor();
    await expect.poll(() => presenterTitle(presenter)).toMatch(new RegExp(`${steps[0]!.title}$`));

    for (let i = 1; i < n; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowRight' : 'Space');
      expect(await shownTitle(page)).toBe(steps[i]!.title);
      expect(await counter(page)).toBe(`${i + 1} / ${n}`);
      expect(new URL(page.url()).hash).toBe(`#${i + 1}`);
      await expect.poll(() => presenterTitle(presenter)).toBe(`${i + 1} ${steps[i]!.title}`);
    }
    // The presenter sees the note and question of the step shown, and what comes next (here: nothing).
    const card = presenter.locator('.note-card:visible');
    expect(squash(await card.innerText())).toContain(squash(steps[n - 1]!.note));
    expect(squash(await card.innerText())).toContain(squash(steps[n - 1]!.question));
    expect(await card.locator('.note-next').innerText()).toMatch(/^Last step/);
    expect(await presenter.locator('[data-counter]').innerText()).toBe(`${n} / ${n}`);
    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe(`${n} / ${n}`);

    await page.keyboard.press('Home');
    expect(await shownTitle(page)).toBe(steps[0]!.title);
    await expect.poll(() => presenterTitle(presenter)).toBe(`1 ${steps[0]!.title}`);
    await page.keyboard.press('End');
    expect(await shownTitle(page)).toBe(steps[n - 1]!.title);
    for (let i = n - 2; i >= 0; i--) {
      await page.keyboard.press('ArrowLeft');
      expect(await shownTitle(page)).toBe(steps[i]!.title);
      expect(await counter(page)).toBe(`${i + 1} / ${n}`);
    }
    await page.keyboard.press('ArrowLeft');
    expect(await counter(page)).toBe(`1 / ${n}`);
    await expect.poll(() => presenterTitle(presenter)).toBe(`1 ${steps[0]!.title}`);
    expect(await presenter.locator('.note-card:visible .note-next').innerText()).toBe(`Next: ${steps[1]!.title}`);

    // And the other way: the trainer moves on from the presenter window, the room's screen follows.
    await presenter.getByRole('button', { name: 'Next ›' }).click();
    await presenter.getByRole('button', { name: 'Next ›' }).click();
    await expect.poll(() => shownTitle(page)).toBe(steps[2]!.title);
    await presenter.keyboard.press('ArrowLeft');
    await expect.poll(() => shownTitle(page)).toBe(steps[1]!.title);
    expect(await counter(page)).toBe(`2 / ${n}`);

    // The timer runs, pauses and resets.
    const timer = presenter.locator('[data-timer]');
    expect(await timer.innerText()).toBe('0:00');
    await presenter.getByRole('button', { name: 'Start timer' }).click();
    await expect.poll(() => timer.innerText(), { timeout: 4000 }).toBe('0:01');
    await presenter.getByRole('button', { name: 'Pause timer' }).click();
    await presenter.getByRole('button', { name: 'Reset' }).click();
    expect(await timer.innerText()).toBe('0:00');
    await context.close();
  });

  it('keeps its place in the hash across a reload, and a presenter opened later asks where the deck is', async () => {
    const { context, page } = await open(undefined, '#5');
    expect(await shownTitle(page)).toBe(steps[4]!.title);
    await page.reload();
    await page.locator('.deck.is-live').waitFor();
    expect(await shownTitle(page)).toBe(steps[4]!.title);
    const presenter = await context.newPage();
    await presenter.goto(`${ctx.url}paths/${PATH}/presenter/`);
    await expect.poll(() => presenterTitle(presenter)).toBe(`5 ${steps[4]!.title}`);
    await context.close();
  });

  it('F asks for full screen, N shows the trainer note, Escape leaves for the path', async () => {
    const { context, page } = await open();
    // Headless Chromium may refuse full screen; what the deck owes is the request, made on the page.
    await page.evaluate(() => {
      const w = window as unknown as { asked: number };
      w.asked = 0;
      document.documentElement.requestFullscreen = () => { w.asked++; return Promise.resolve(); };
    });
    await page.keyboard.press('f');
    expect(await page.evaluate(() => (window as unknown as { asked: number }).asked)).toBe(1);

    const note = page.locator('.slide:visible .slide-note');
    expect(await note.isVisible()).toBe(false);
    await page.keyboard.press('n');
    expect(await note.innerText()).toContain(steps[0]!.note);
    expect(await page.getByRole('button', { name: 'Notes' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.slide:visible .slide-note').innerText()).toContain(steps[1]!.note);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('N');
    expect(await page.locator('.slide:visible .slide-note').isVisible()).toBe(false);

    await page.keyboard.press('Escape');
    await page.waitForURL(`${ctx.url}paths/${PATH}/`);
    // The path page links to its presentation.
    expect(await page.getByRole('link', { name: 'Present' }).getAttribute('href')).toBe(`/paths/${PATH}/present/`);
    await context.close();
  });

  it('without JavaScript is a scrollable deck of every step', async () => {
    const context = await ctx.browser.newContext({ viewport: PROJECTOR, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${ctx.url}paths/${PATH}/present/`);
    expect(await page.locator('.slide h2').allInnerTexts()).toEqual(steps.map((s) => s.title));
    expect(await page.locator('.deck-controls').isVisible()).toBe(false);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation on the presentation and the presenter view (${scheme})`, async () => {
      const context = await ctx.browser.newContext({ viewport: PROJECTOR, colorScheme: scheme });
      const { page } = await open(context, '#3');
      expect(await seriousViolations(page)).toEqual([]);
      const presenter = await context.newPage();
      await presenter.goto(`${ctx.url}paths/${PATH}/presenter/#3`);
      await presenter.locator('.presenter.is-live').waitFor();
      expect(await seriousViolations(presenter)).toEqual([]);
      const phone = await ctx.browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
      await phone.goto(`${ctx.url}paths/${PATH}/present/#2`);
      expect(await seriousViolations(phone)).toEqual([]);
      await phone.close();
      await context.close();
    });
  }

  it('prints the speaker notes: every step with its note and question, a few steps a page', async () => {
    const page = await ctx.browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${ctx.url}paths/${PATH}/presenter/#4`);
    await page.locator('.presenter.is-live').waitFor();
    for (const format of ['A4', 'Letter'] as const) {
      const { pages, text } = await printedText(page, format);
      for (const step of steps) {
        expect(text).toContain(squash(step.title));
        expect(text).toContain(squash(step.note));
        expect(text).toContain(squash(step.question));
      }
      expect(text).not.toContain('Starttimer');
      expect(pages, format).toBeLessThanOrEqual(Math.ceil(n / 3));
    }
    await page.close();
  });
});
