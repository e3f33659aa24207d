import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { seriousViolations } from '../support/axe.ts';
import { validateContent } from '../../src/site/validate-content.ts';

const PAGE = 'concepts/change-enablement/';
const TARGET = 'joint-change-advisory-board';
const WAIT = { timeout: 10_000 };
const { concepts } = validateContent();
const target = concepts.find((c) => c.id === TARGET)!;

const card = (page: Page) => page.locator('.concept-preview');
const linkTo = (page: Page, id: string) => page.locator(`main a[href$="/concepts/${id}/"]`).first();

describe.skipIf(!hasChromium)('concept link previews in Chromium', () => {
  const ctx = useBrowser();

  it('load nothing until the first hover, then show the linked concept: type, title, summary, first IS and IS-NOT lines', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(ctx.url + PAGE);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => /preview/.test(r))).toEqual([]);

    const link = linkTo(page, TARGET);
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await expect.poll(() => card(page).isVisible(), WAIT).toBe(true);
    expect(requests.filter((r) => r.endsWith('preview.json'))).toEqual([expect.stringMatching(new RegExp(`/concepts/${TARGET}/preview.json$`))]);
    await expect.poll(() => card(page).innerText()).toContain(target.data.title);
    const text = await card(page).innerText();
    expect(text).toContain('Governance');
    expect(text).toContain(target.data.is[0]);
    expect(text).toContain(target.data.isNot[0]!.text);
    // Below the link and inside the viewport.
    const [linkBox, cardBox] = [await link.boundingBox(), await card(page).boundingBox()];
    expect(cardBox!.y).toBeGreaterThan(linkBox!.y);
    expect(cardBox!.x + cardBox!.width).toBeLessThanOrEqual(1440);
    // The card covers links below it while open, as any popover does; axe checks the card itself.
    expect(await seriousViolations(page, '.concept-preview')).toEqual([]);
    await page.close();
  });

  it('stay while the pointer moves onto the card, close when it leaves, and close with Escape', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(ctx.url + PAGE);
    const link = linkTo(page, TARGET);
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await expect.poll(() => card(page).isVisible(), WAIT).toBe(true);
    // Content on hover is hoverable (WCAG 1.4.13): the reader can move onto it to read.
    await card(page).hover();
    await page.waitForTimeout(600);
    expect(await card(page).isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await expect.poll(() => card(page).isVisible(), WAIT).toBe(false);

    await link.hover();
    await expect.poll(() => card(page).isVisible(), WAIT).toBe(true);
    await page.keyboard.press('Escape');
    expect(await card(page).isVisible()).toBe(false);
    // Dismissed means dismissed: it does not come back while the pointer rests on the link.
    await page.mouse.move((await link.boundingBox())!.x + 3, (await link.boundingBox())!.y + 3);
    await page.waitForTimeout(600);
    expect(await card(page).isVisible()).toBe(false);
    await page.close();
  });

  it('open on keyboard focus, describe the link to a screen reader, and close with Escape', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(ctx.url + PAGE);
    const link = linkTo(page, TARGET);
    // Tab into the link from the element before it, as a keyboard user arrives.
    await link.evaluate((a) => {
      const before = document.createElement('button');
      before.textContent = 'before';
      a.before(before);
      before.focus();
    });
    await page.keyboard.press('Tab');
    await expect.poll(() => card(page).isVisible(), WAIT).toBe(true);
    expect(await link.getAttribute('aria-describedby')).toBe('concept-preview-summary');
    expect(await page.locator('#concept-preview-summary').innerText()).toBe(target.data.summary);
    const box = (await card(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.keyboard.press('Escape');
    expect(await card(page).isVisible()).toBe(false);
    expect(await link.getAttribute('aria-describedby')).toBeNull();
    // Focus stays on the link: Escape closed the card, nothing else.
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.close();
  });

  it('on touch, a tap follows the link and a long press shows the card instead', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(ctx.url + PAGE);
    const link = linkTo(page, TARGET);
    await link.scrollIntoViewIfNeeded();
    const box = (await link.boundingBox())!;
    const point = { x: box.x + 8, y: box.y + box.height / 2 };
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });

    await touch('touchStart', [point]);
    await page.waitForTimeout(900);
    await touch('touchEnd', []);
    await expect.poll(() => card(page).isVisible(), WAIT).toBe(true);
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`${PAGE}$`));

    await link.tap();
    await page.waitForURL(new RegExp(`/concepts/${TARGET}/$`), WAIT);
    await context.close();
  });

  it('do not open on touch hover or a plain tap elsewhere', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(ctx.url + PAGE);
    await page.locator('h1').tap();
    await page.waitForTimeout(600);
    expect(await card(page).count()).toBe(0);
    await context.close();
  });
});

describe.skipIf(!hasChromium)('concept link previews under /converge/', () => {
  const ctx = useBrowser('subpath');

  it('find concept links and their preview files under the base path', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(ctx.url + PAGE);
    const link = linkTo(page, TARGET);
    expect(await link.getAttribute('href')).toBe(`/converge/concepts/${TARGET}/`);
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await expect.poll(() => card(page).isVisible(), WAIT).toBe(true);
    await expect.poll(() => card(page).innerText()).toContain(target.data.title);
    await page.close();
  });
});
