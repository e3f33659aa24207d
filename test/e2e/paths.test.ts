import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { printedText, squash } from '../support/report-files.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { printedSheets } from '../support/printed-pages.ts';
import { validateContent } from '../../src/site/validate-content.ts';

const PATH = 'change-enablement-with-security-built-in';

describe.skipIf(!hasChromium)('learning paths in Chromium', () => {
  const ctx = useBrowser();

  it('walks a path step by step with previous and next', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}paths/${PATH}/1/`);
    const total = await page.locator('.step-counter').innerText();
    const m = Number(/of (\d+)/.exec(total)![1]);
    expect(total).toBe(`Step 1 of ${m}`);
    expect(await page.locator('a[rel=prev]').count()).toBe(0);
    await page.locator('a[rel=next]').click();
    await page.waitForURL(/\/2\/$/);
    expect(await page.locator('.step-counter').innerText()).toBe(`Step 2 of ${m}`);
    await page.locator('a[rel=prev]').click();
    await page.waitForURL(/\/1\/$/);
    await page.goto(`${ctx.url}paths/${PATH}/${m}/`);
    expect(await page.locator('a[rel=next]').count()).toBe(0);
    expect(await page.locator('#note-heading').isVisible()).toBe(true);
    expect(await page.locator('#question-heading').isVisible()).toBe(true);
    // The last step leads back to the path rather than to nothing.
    expect(await page.locator('.step-pager a').last().getAttribute('href')).toBe(`/paths/${PATH}/`);
    await page.close();
  });

  it('shows progress as one segment per step, each a link, and a one-line trail on a phone', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ctx.url}paths/${PATH}/3/`);
    const segments = page.locator('.step-progress li a');
    const m = Number(/of (\d+)/.exec(await page.locator('.step-counter').innerText())![1]);
    expect(await segments.count()).toBe(m);
    expect(await page.locator('.step-progress [aria-current="step"]').getAttribute('href')).toBe(`/paths/${PATH}/3/`);
    expect(await page.locator('.step-progress li[data-state="done"]').count()).toBe(2);
    // Each segment is a 24 px target named for its step.
    const box = (await segments.nth(4).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(await segments.nth(4).innerText()).toMatch(/^Step 5: /);
    // The breadcrumb trail is one line: a back link to the path.
    const crumbs = page.locator('.breadcrumbs li:visible');
    expect(await crumbs.count()).toBe(1);
    expect(await crumbs.locator('a').getAttribute('href')).toBe(`/paths/${PATH}/`);
    await segments.nth(4).click();
    await page.waitForURL(/\/5\/$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('prints every path as a one-page handout', async () => {
    const { dir } = inject('sites').root;
    const ids = readPathIds(dir);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const page = await ctx.browser.newPage();
    for (const id of ids) {
      await page.goto(`${ctx.url}paths/${id}/`);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, id).toBe(1);
    }
    await page.close();
  });

  it('gives the handout a Print button and a printed footer with the site, the address and the date', async () => {
    const page = await ctx.browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${ctx.url}paths/${PATH}/`);
    // window.print() would open a dialog: count the calls instead.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => { (window as unknown as { printed: number }).printed++; };
    });
    const button = page.getByRole('button', { name: 'Print handout' });
    expect(await button.isVisible()).toBe(true);
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    const footer = page.locator('.print-footer');
    expect(await footer.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await footer.isVisible()).toBe(true);
    expect(await button.isVisible()).toBe(false);
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    expect(await footer.innerText()).toBe(`Converge · ${ctx.url}paths/${PATH}/ · printed ${today}`);
    const { text, pages } = await printedText(page, 'A4');
    expect(pages).toBe(1);
    expect(text).toContain(squash(`paths/${PATH}/`));
    await page.close();
  });

  // A trainer prints the handout for the room and the answer key for themselves: one sheet each,
  // for every path, on either paper size.
  for (const { id } of validateContent().paths) {
    it(`prints the handout and the answer key of ${id} on one sheet each, in A4 and Letter`, async () => {
      const page = await ctx.browser.newPage();
      const overflow: string[] = [];
      for (const kind of ['', 'quiz/key/']) {
        await page.goto(`${ctx.url}paths/${id}/${kind}`);
        for (const format of ['A4', 'Letter'] as const) {
          const sheets = await printedSheets(page, format);
          if (sheets.length !== 1) overflow.push(`${kind || 'handout'} in ${format}: ${sheets.length} sheets`);
        }
      }
      expect(overflow).toEqual([]);
      await page.close();
    });
  }

  for (const path of ['paths/', `paths/${PATH}/`, `paths/${PATH}/1/`, 'glossary/']) {
    it(`has no serious or critical axe violation on /${path}`, async () => {
      const page = await ctx.browser.newPage();
      await page.goto(ctx.url + path);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

function readPathIds(dir: string): string[] {
  const html = readFileSync(join(dir, 'paths/index.html'), 'utf8');
  return [...html.matchAll(/href="\/paths\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!);
}
