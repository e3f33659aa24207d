// /aggregate/ with 1,000 teams: the page shows the result with every team counted, draws the
// first 50 rows with buttons for more that work from the keyboard, and its statistics are the
// engine's over all 1,000. The bench times the same load (npm run bench -- scorecards).
import { describe, expect, it } from 'vitest';
import { aggregateScorecards, belowTargetSummary, displayLabels } from '../../src/assessment/aggregate.ts';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { fixed } from '../../src/components/scorecard-view/format.ts';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { generateScorecards } from '../support/generated-scorecards.ts';

const model = validateContent().assessment!;
const versions = questionsByVersion(model, readVersionLock('content/assessment'));
const files = generateScorecards(1000, 1000);
// What the engine makes of the same files, in Node.
const engine = aggregateScorecards(
  model,
  files.map(([, text]) => {
    const read = readScorecard(text, model, versions);
    if (!read.ok) throw new Error(read.error);
    return read;
  }),
);
const labels = displayLabels(engine);

describe.skipIf(!hasChromium)('the aggregate report with 1,000 teams', () => {
  const ctx = useBrowser();

  it('counts all 1,000, draws 50 rows at first and more on request from the keyboard', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${ctx.url}aggregate/`);
    await page.locator('[data-scorecard-aggregate].js').waitFor({ state: 'attached' });
    await page.setInputFiles('#aggregate-files', files.map(([name, text]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));
    await expect.poll(() => page.locator('#aggregate-status').innerText(), { timeout: 30_000 }).toBe('1000 scorecards loaded and aggregated.');

    // Every team is counted: the title block, and "Teams scored" under each column.
    expect(await page.locator('.report-title').innerText()).toMatch(/Teams:?\s*1,000\b/);
    const scoredRow = page.locator('#heatmap tfoot tr', { hasText: 'Teams scored' }).locator('td');
    expect(await scoredRow.allInnerTexts()).toEqual([...engine.dimensions, engine.overall].map((s) => `${s.scored} of 1000`));
    // The statistics are the engine's over all 1,000, not over the 50 rows drawn.
    const medians = await page.locator('#heatmap tfoot tr', { hasText: 'Median' }).locator('td').allInnerTexts();
    expect(medians).toEqual([...engine.dimensions, engine.overall].map((s) => fixed(s.median)));
    const spreads = await page.locator('#heatmap tfoot tr', { hasText: 'Spread' }).locator('td').allInnerTexts();
    expect(spreads).toEqual([...engine.dimensions, engine.overall].map((s) => fixed(s.spread)));
    const below = belowTargetSummary(engine);
    expect(await page.locator('.below-table tbody .below-count').allInnerTexts()).toEqual(below.map((d) => `${d.teams.length} of ${d.scored} teams`));

    // The first 50 teams, in the order loaded, and a sentence saying so, also in the caption.
    const rows = page.locator('#heatmap tbody tr');
    expect(await rows.count()).toBe(50);
    expect(await page.locator('#heatmap tbody th').allInnerTexts()).toEqual(labels.slice(0, 50));
    expect(await page.locator('#aggregate-more p').innerText()).toMatch(/^Showing the first 50 of 1,000 teams.*count all 1,000\.$/);
    expect(await page.locator('#heatmap caption').innerText()).toContain('the first 50 of 1,000 teams');
    expect(await seriousViolations(page)).toEqual([]);

    // "Show 50 more" by keyboard: 50 more rows, and the keyboard goes on at the first new team.
    await page.getByRole('button', { name: 'Show 50 more teams' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(100);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(labels[50]);
    expect(await page.locator('#aggregate-more p').innerText()).toMatch(/^Showing the first 100 of 1,000 teams/);
    // The heatmap row's cells are the engine's scores for that team.
    expect((await rows.nth(50).locator('td.overall-col').innerText()).split('\n')[0]).toBe(fixed(engine.teams[50]!.overall.score));

    // On a phone the same buttons draw cards, and "Show all" leaves no button behind.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.locator('.team-card:not(.stats-card)').count()).toBe(100);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show all 1,000 teams' }).focus();
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('.team-card:not(.stats-card)').count(), { timeout: 20_000 }).toBe(1000);
    expect(await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent])).toEqual(['H3', labels[100]]);
    expect(await page.locator('#aggregate-more').innerText()).toBe('');
    expect(await page.locator('.stats-card h3').innerText()).toBe('Median of 1000 teams (lowest–highest)');
    expect(await rows.count()).toBe(1000);
    await page.close();
  });

  it('lists 20 team names per dimension below target, and all on request', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${ctx.url}aggregate/`);
    await page.locator('[data-scorecard-aggregate].js').waitFor({ state: 'attached' });
    await page.setInputFiles('#aggregate-files', files.map(([name, text]) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })));
    await expect.poll(() => page.locator('#aggregate-status').innerText(), { timeout: 30_000 }).toBe('1000 scorecards loaded and aggregated.');
    const most = belowTargetSummary(engine)[0]!;
    expect(most.teams.length).toBeGreaterThan(20);
    const first = page.locator('.below-table tbody tr').first();
    expect(await first.locator('.team-names li').allInnerTexts()).toEqual(most.teams.slice(0, 20));
    expect(await first.locator('.more-names').innerText()).toBe(`and ${(most.teams.length - 20).toLocaleString('en')} more List all ${most.teams.length.toLocaleString('en')}`);
    await first.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => first.locator('.team-names li').count()).toBe(most.teams.length);
    expect(await first.locator('.team-names li').allInnerTexts()).toEqual(most.teams);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(most.teams[20]);
    // The files list names the first 100 and counts the rest.
    expect(await page.locator('#aggregate-teams > li').count()).toBe(101);
    expect(await page.locator('#aggregate-teams > li').last().innerText()).toBe('and 900 more files, all counted above.');
    await page.close();
  });
});
