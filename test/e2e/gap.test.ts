import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { perceptionGap } from '../../src/assessment/perception-gap.ts';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

const model = validateContent().assessment!;
const versions = questionsByVersion(model, readVersionLock('content/assessment'));
const SECURITY = 'test/fixtures/scorecards/acme-platform-security.json';
const OPERATIONS = 'test/fixtures/scorecards/acme-platform-operations.json';
const read = (path: string) => {
  const result = readScorecard(readFileSync(path, 'utf8'), model, versions);
  if (!result.ok) throw new Error(result.error);
  return result.scorecard;
};
const expected = perceptionGap(model, read(SECURITY).answers, read(OPERATIONS).answers);

describe.skipIf(!hasChromium)('integration gap in Chromium', () => {
  const ctx = useBrowser();

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`loads both perspectives and highlights the strong disagreements (${colorScheme} mode)`, async () => {
      const page = await ctx.browser.newPage({ colorScheme });
      await page.goto(`${ctx.url}gap/`);
      await page.setInputFiles('[data-side=security] input[type=file]', SECURITY);
      await page.setInputFiles('[data-side=operations] input[type=file]', OPERATIONS);
      await expect.poll(() => page.locator('#gap-results').isVisible()).toBe(true);
      expect(expected.disagreements).toBeGreaterThan(0);
      const talkFirst = await page.locator('.talk-first li').allInnerTexts();
      expect(talkFirst).toHaveLength(expected.talkFirst.length);
      expect(talkFirst[0]).toContain(expected.talkFirst[0]!.prompt);
      expect(talkFirst[0]).toMatch(/^\d levels apart: /);
      const summary = await page.locator('#gap-summary').innerText();
      expect(summary).toContain(`${expected.gap!.toFixed(1)} levels`);
      expect(summary).toContain(`${expected.disagreements} strong disagreements over ${expected.comparable} comparable questions`);
      expect(await page.locator('#gap-questions tr.disagree').count()).toBe(expected.disagreements);
      expect(await page.locator('#gap-steps li').count()).toBe(expected.disagreements);
      expect(await page.locator('#gap-steps a').first().getAttribute('href')).toMatch(/\/concepts\/(joint|unified|shared|security)-/);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('compares the security and operations assessments saved in this browser', async () => {
    const context = await ctx.browser.newContext();
    const page = await context.newPage();
    const [first] = model.dimensions[0]!.questions;
    await page.goto(`${ctx.url}assess/#start`);
    await page.getByRole('radio', { name: /The security side/ }).check();
    await page.goto(`${ctx.url}assess/#${model.dimensions[0]!.id}`);
    await page.locator(`input[name="${first!.id}"][value="4"]`).check();
    await page.goto(`${ctx.url}assess/#start`);
    await page.getByRole('radio', { name: /The operations side/ }).check();
    await expect.poll(() => page.locator('#assess-notice').innerText()).toContain('operations perspective');
    await page.goto(`${ctx.url}assess/#${model.dimensions[0]!.id}`);
    expect(await page.locator(`input[name="${first!.id}"]:checked`).count()).toBe(0); // a separate record
    await page.locator(`input[name="${first!.id}"][value="1"]`).check();
    await page.goto(`${ctx.url}gap/`);
    await page.getByRole('button', { name: 'Use the security assessment saved in this browser' }).click();
    await page.getByRole('button', { name: 'Use the operations assessment saved in this browser' }).click();
    await expect.poll(() => page.locator('.talk-first li').allInnerTexts()).toEqual([expect.stringContaining(`3 levels apart: 1.1 ${first!.prompt}`)]);
    await context.close();
  });

  it('refuses a file that is not a scorecard on one side, and says so', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}gap/`);
    await page.setInputFiles('[data-side=operations] input[type=file]', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
    await expect.poll(() => page.locator('[data-side=operations] [data-error]').innerText()).toContain('not a JSON object');
    await page.close();
  });

  it('shows each team’s integration gap next to its maturity in the aggregate view', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}aggregate/`);
    await page.setInputFiles('#aggregate-files', [SECURITY, OPERATIONS, 'test/fixtures/scorecards/acme-platform-2026-12.json']);
    await expect.poll(() => page.locator('#heatmap thead th').last().innerText()).toBe('Integration gap');
    const gaps = await page.locator('#heatmap tbody td.gap-cell').allInnerTexts();
    const figure = `${expected.gap!.toFixed(1)} levels, ${expected.disagreements} strong disagreements`;
    expect(gaps).toEqual([figure, figure, 'joint assessment']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
