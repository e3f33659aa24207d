import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

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
