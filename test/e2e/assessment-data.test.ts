import { describe, expect, it } from 'vitest';
import { savedKey } from '../../src/schema/saved-assessment.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

const model = validateContent().assessment!;
const first = model.dimensions[0]!;

describe.skipIf(!hasChromium)('the assessment data in Chromium', () => {
  const ctx = useBrowser();
  const downloads = () => ctx.served.filter((r) => r.path.endsWith('/assessment.json') && r.status === 200).length;

  it('is downloaded once for every scorecard page a visitor opens', async () => {
    const page = await ctx.browser.newPage();
    const before = downloads();
    for (const path of ['assess/', 'compare/', 'aggregate/', 'gap/', 'scorecard/', 'assess/']) {
      await page.goto(ctx.url + path);
      await page.waitForLoadState('networkidle');
    }
    // Each page's script has the data: the assessment, compare and aggregate views are live.
    await page.goto(`${ctx.url}compare/`);
    await page.locator('[data-scorecard-compare].js').waitFor();
    await page.goto(`${ctx.url}aggregate/`);
    await page.locator('[data-scorecard-aggregate].js').waitFor();
    await page.goto(`${ctx.url}assess/#${first.id}`);
    await page.locator(`input[name="${first.questions[0]!.id}"][value="2"]`).check();
    await expect.poll(() => page.locator('#assess-progress-text').innerText()).toBe(`1 of ${model.dimensions.flatMap((d) => d.questions).length}`);
    expect(downloads() - before).toBe(1);
    await page.close();
  });

  it('says so when the model cannot be loaded, and keeps the answers saved in this browser', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}assess/#${first.id}`);
    await page.locator(`input[name="${first.questions[0]!.id}"][value="3"]`).check();
    const saved = await page.evaluate((key) => localStorage.getItem(key), savedKey('joint'));
    expect(saved).toContain(first.questions[0]!.id);

    await page.route('**/assessment.json', (route) => route.abort('internetdisconnected'));
    await page.reload();
    const alert = page.locator('[data-assessment] > [role=alert]');
    await expect.poll(() => alert.innerText()).toMatch(/could not be loaded.*reload the page; answers saved in this browser are kept/i);
    expect(await page.evaluate((key) => localStorage.getItem(key), savedKey('joint'))).toBe(saved);
    // The whole questionnaire the server rendered is there to read or print, every dimension of it.
    for (const dimension of model.dimensions) expect(await page.locator(`[id="q-${dimension.questions[0]!.id}"]`).isVisible(), dimension.id).toBe(true);
    await page.close();
  });
});
