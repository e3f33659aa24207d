// A room assessment: the trainer's /room/ shows the assessment's address as a QR code; the
// participants' share links, pasted into /aggregate/ all at once, give the same heatmap and
// statistics as the engine; a participant shows a share link as a QR code on /assess/.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { aggregateScorecards, displayLabels } from '../../src/assessment/aggregate.ts';
import { anonymiseScorecard } from '../../src/assessment/anonymise.ts';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { encodeShareFragment } from '../../src/assessment/share-link.ts';
import { qrSvgModules } from '../../src/components/room/qr-svg.ts';
import { fixed } from '../../src/components/scorecard-view/format.ts';
import type { Scorecard } from '../../src/schema/scorecard.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { TEAMS, teamScorecards } from '../support/team-scorecards.ts';

const model = validateContent().assessment!;
const versions = questionsByVersion(model, readVersionLock('content/assessment'));
/** Ten teams of one organization, as ten participants of a room would send them. */
const texts = teamScorecards('Acme Corp', [...TEAMS, 'Security Operations', 'Field Services']).map(([, text]) => text);
const read = (text: string) => {
  const r = readScorecard(text, model, versions);
  if (!r.ok) throw new Error(r.error);
  return r;
};
/** What the engine makes of the ten scorecards, in Node. */
const engine = aggregateScorecards(model, texts.map(read));
const linkOf = async (scorecard: Scorecard, base: string) => `${base}scorecard/#${await encodeShareFragment(scorecard, versions.get(scorecard.modelVersion)!, { notes: true })}`;

/** The matrix of dark modules of an address's QR code, without the quiet zone, as uqr encodes it. */
const modules = (text: string) => encode(text, { ecc: 'L', boostEcc: true, border: 0 }).data;

async function paste(page: Page, lines: string[]) {
  await page.locator('[data-scorecard-aggregate].js').waitFor({ state: 'attached' });
  await page.getByLabel('Or paste share links, one per line').fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Add links' }).click();
}

describe.skipIf(!hasChromium)('a room assessment', () => {
  const ctx = useBrowser();

  it('aggregates ten pasted share links into the heatmap and statistics the engine computes, refusing a damaged one by its line', async () => {
    const links = await Promise.all(texts.map((t) => linkOf(JSON.parse(t) as Scorecard, ctx.url)));
    // A chat log: one link cut short at line 4, a blank line, and two links on one line with a comma.
    const damaged = links[0]!.slice(0, -40);
    const lines = [links[0]!, links[1]!, links[2]!, damaged, '', `${links[3]!}, ${links[4]!}`, ...links.slice(5)];
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${ctx.url}aggregate/`);
    await paste(page, lines);
    await expect.poll(() => page.locator('#aggregate-status').innerText(), { timeout: 10_000 }).toBe('10 scorecards loaded and aggregated.');
    const refused = await page.locator('#aggregate-refused').innerText();
    expect(refused).toMatch(/^1 of 11 links were not loaded:\n+Line 4: This link is damaged/);
    // The box keeps what was pasted, so "line 4" still points at the damaged link.
    expect(await page.locator('#aggregate-links').inputValue()).toBe(lines.join('\n'));

    // Every cell of the heatmap: the engine's score and level, and its below-target mark.
    expect(await page.locator('#heatmap tbody th').allInnerTexts()).toEqual(displayLabels(engine));
    const cells = await page.locator('#heatmap tbody tr').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((td) => ({ score: td.querySelector('.cell-score')?.firstChild?.textContent ?? td.textContent, level: td.dataset.level ?? null, below: td.querySelector('.below') !== null }))),
    );
    expect(cells).toEqual(
      engine.teams.map((t) => [
        ...t.cells.map((c) => ({ score: c.level === null ? 'not scored' : fixed(c.score), level: c.level === null ? null : String(c.level), below: c.below })),
        { score: t.overall.level === null ? 'not scored' : fixed(t.overall.score), level: t.overall.level === null ? null : String(t.overall.level), below: false },
      ]),
    );
    // The spread per dimension (and the median, minimum, maximum) are the engine's.
    const stat = (name: string) => page.locator('#heatmap tfoot tr', { hasText: name }).locator('td').allInnerTexts();
    const all = [...engine.dimensions, engine.overall];
    expect(await stat('Median')).toEqual(all.map((s) => fixed(s.median)));
    expect(await stat('Minimum')).toEqual(all.map((s) => fixed(s.min)));
    expect(await stat('Maximum')).toEqual(all.map((s) => fixed(s.max)));
    expect(await stat('Spread (max − min)')).toEqual(all.map((s) => fixed(s.spread)));
    expect(new Set(all.map((s) => s.spread)).size).toBeGreaterThan(1);
    expect(await stat('Teams scored')).toEqual(all.map((s) => `${s.scored} of 10`));
    expect(await seriousViolations(page)).toEqual([]);

    // The same link again is one participant counted once; a line of nothing but words is refused.
    await paste(page, [links[5]!, 'thanks everyone']);
    await expect.poll(() => page.locator('#aggregate-refused').innerText()).toMatch(/^2 of 2 links were not loaded:\n+Line 1: The same scorecard is already loaded, so it is counted once\.\nLine 2: This link holds no scorecard/);
    expect(await page.locator('#aggregate-status').innerText()).toBe('10 scorecards loaded and aggregated.');
    await page.close();
  });

  it('counts anonymous participants with the same answers once per link, and empties the box when every link counted', async () => {
    const [a, b] = texts.map((t) => anonymiseScorecard(read(t).scorecard));
    const links = [await linkOf(a!, ctx.url), await linkOf(b!, ctx.url)];
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ctx.url}aggregate/`);
    // Bare fragments and a link in angle brackets, as mail clients quote them, are links too.
    await paste(page, [`<${links[0]}>`, links[1]!.slice(links[1]!.indexOf('#'))]);
    await expect.poll(() => page.locator('#aggregate-status').innerText()).toBe('2 scorecards loaded and aggregated.');
    expect(await page.locator('#aggregate-links').inputValue()).toBe('');
    expect(await page.locator('.team-card h3').allInnerTexts()).toEqual(['Anonymous 1 (2026-11)', 'Anonymous 2 (2026-11)', 'Median of 2 teams (lowest–highest)']);
    await paste(page, [links[0]!]);
    await expect.poll(() => page.locator('#aggregate-refused').innerText()).toContain('Line 1: This link is already loaded, so it is counted once.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('hides "Scan QR codes" where the browser has no barcode detector, and where it has one adds each code read once', async () => {
    const plain = await ctx.browser.newPage();
    await plain.goto(`${ctx.url}aggregate/`);
    await plain.locator('[data-scorecard-aggregate].js').waitFor({ state: 'attached' });
    expect(await plain.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
    expect(await plain.locator('#aggregate-scan').isHidden()).toBe(true);
    await plain.close();

    // Chromium on Linux has no detector: a stand-in reads the codes the test queues, from a canvas "camera".
    const links = await Promise.all(texts.slice(0, 2).map((t) => linkOf(JSON.parse(t) as Scorecard, ctx.url)));
    const page = await ctx.browser.newPage();
    await page.addInitScript(() => {
      const queue: string[][] = [];
      Object.assign(window, { scanQueue: queue });
      Object.assign(window, {
        BarcodeDetector: class {
          static async getSupportedFormats(): Promise<string[]> {
            return ['qr_code'];
          }
          detect = async () => (queue.shift() ?? []).map((rawValue) => ({ rawValue }));
        },
      });
      navigator.mediaDevices.getUserMedia = async () => {
        const canvas = document.createElement('canvas');
        canvas.getContext('2d')!.fillRect(0, 0, 10, 10);
        return canvas.captureStream();
      };
    });
    await page.goto(`${ctx.url}aggregate/`);
    await page.getByRole('button', { name: 'Scan QR codes with the camera' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scan share links' });
    const status = dialog.locator('[data-scan-status]');
    await expect.poll(() => status.innerText()).toBe('Hold a share link’s QR code up to the camera.');
    // The same code held in view for several frames counts once; a code that is no share link is refused.
    await page.evaluate((l) => (window as unknown as { scanQueue: string[][] }).scanQueue.push([l[0]!], [l[0]!], [l[1]!]), links);
    await expect.poll(() => status.innerText()).toBe('Code 2 added: 2 scorecards loaded in all. Hold up the next one.');
    await page.evaluate(() => (window as unknown as { scanQueue: string[][] }).scanQueue.push(['https://example.org/menu']));
    await expect.poll(() => status.innerText()).toMatch(/^Code 3 not added: This link holds no scorecard/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.locator('#aggregate-status').innerText()).toBe('2 scorecards loaded and aggregated.');
    expect(await page.locator('#aggregate-teams').innerText()).toContain('from “scanned QR code 2”');
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the assessment's address and its QR code on /room/, large on a projector (${colorScheme})`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width: 1920, height: 1080 }, colorScheme });
      await page.goto(`${ctx.url}room/`);
      const address = `${ctx.url}assess/`;
      const svg = page.locator('[data-room-qr] svg');
      await svg.waitFor();
      // The code is uqr's encoding of exactly this address, module for module.
      expect(qrSvgModules(await svg.evaluate((s) => s.outerHTML))).toEqual(modules(address));
      expect(await svg.getAttribute('aria-label')).toBe(`QR code of the assessment address, ${address}`);
      expect(await page.locator('[data-room-address]').innerText()).toBe(address.replace(/^https?:\/\//, ''));
      expect(await page.locator('[data-room-address]').getAttribute('href')).toBe(address);
      // Big enough to scan from the back of a room, and the whole code on screen without scrolling.
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(560);
      expect(box.y + box.height).toBeLessThanOrEqual(1080);
      expect(await page.getByRole('link', { name: 'aggregate' }).getAttribute('href')).toBe('/aggregate/#aggregate-paste');
      expect(await seriousViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      expect((await svg.boundingBox())!.width).toBeGreaterThanOrEqual(300);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('shows a created share link as a QR code in a dialog that Escape closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'converge-room-'));
    writeFileSync(join(dir, 'team.json'), texts[0]!);
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ctx.url}assess/#results`);
    await page.setInputFiles('#import-file', join(dir, 'team.json'));
    await expect.poll(() => page.locator('[data-results=title]').innerText()).toContain('Platform Operations');
    await page.click('#share-create');
    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#v1\./);
    const link = await page.locator('#share-link').inputValue();
    await page.getByRole('button', { name: 'Show as QR code' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your share link as a QR code' });
    await dialog.waitFor();
    const svg = dialog.locator('svg');
    expect(qrSvgModules(await svg.evaluate((s) => s.outerHTML))).toEqual(modules(link));
    expect(await dialog.innerText()).toContain(`your ${link.length}-character share link`);
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(280);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('a room assessment under a base path', () => {
  const ctx = useBrowser('subpath');

  it('puts the base path in the QR code and the address', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.url}room/`);
    const svg = page.locator('[data-room-qr] svg');
    await svg.waitFor();
    expect(ctx.url).toMatch(/\/converge\/$/);
    expect(qrSvgModules(await svg.evaluate((s) => s.outerHTML))).toEqual(modules(`${ctx.url}assess/`));
    expect(await page.locator('[data-room-address]').innerText()).toMatch(/\/converge\/assess\/$/);
    await page.close();
  });
});
