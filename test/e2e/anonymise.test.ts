import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { aggregateScorecards } from '../../src/assessment/aggregate.ts';
import { anonymiseScorecard } from '../../src/assessment/anonymise.ts';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard, toScorecard } from '../../src/assessment/scorecard.ts';
import { decodeShareFragment } from '../../src/assessment/share-link.ts';
import type { Answers, AnswerValue } from '../../src/schema/assessment.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { seriousViolations } from '../support/axe.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';
import { TEAMS, teamScorecards } from '../support/team-scorecards.ts';

const model = validateContent().assessment!;
const versions = questionsByVersion(model, readVersionLock('content/assessment'));
const questions = model.dimensions.flatMap((d) => d.questions.map((q) => q.id));
const VALUES: AnswerValue[] = [0, 1, 2, 3, 4, 'na', 'unknown'];

const ORGANIZATION = 'Zyxwv Shipping Holdings';
const TEAM = 'Qwertz Platform Crew';
const ASSESSOR = 'Jolanda Vermeulen-Okafor';
const NOTE = 'CAB in Rotterdam on Tuesdays, ask Piet';
const SECRETS = [ORGANIZATION, TEAM, ASSESSOR, NOTE, 'Zyxwv', 'Qwertz', 'Vermeulen', 'Rotterdam'];

/** A named scorecard with a note on every third question. */
const answers = (seed: number): Answers => Object.fromEntries(questions.map((id, i) => [id, { value: VALUES[(i * 3 + seed) % VALUES.length]!, ...(i % 3 === 0 && { note: `${NOTE} (${i})` }) }]));
const named = toScorecard(model, answers(0), {}, { organization: ORGANIZATION, team: TEAM, assessor: ASSESSOR, date: '2026-11-23' });

const dir = mkdtempSync(join(tmpdir(), 'converge-anonymous-'));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const NAMED_FILE = write('named.json', JSON.stringify(named));

const expectNoSecrets = (text: string, what: string) => {
  for (const secret of SECRETS) expect(text, `${what} holds “${secret}”`).not.toContain(secret);
};

describe.skipIf(!hasChromium)('the anonymised export', () => {
  const ctx = useBrowser();

  async function results(): Promise<Page> {
    const context = await ctx.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${ctx.url}assess/#results`);
    await page.setInputFiles('#import-file', NAMED_FILE);
    await expect.poll(() => page.locator('[data-results=title]').innerText()).toContain(ORGANIZATION);
    return page;
  }

  it('is off by default; when on, the file, CSV, OSCAL, image, print and share link name nobody and keep the answers', async () => {
    const page = await results();
    const box = page.getByRole('checkbox', { name: /Anonymise/ });
    expect(await box.isChecked()).toBe(false);
    expect(await page.locator('#anonymise-what').innerText()).toMatch(/^Removes organization, team, assessor, notes, evidence links and the roadmap \(it names owners\), and rounds the date to the month/);
    await box.check();
    await expect.poll(() => page.locator('[data-results=title]').innerText()).toContain('Anonymised');

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=json]')]);
    expect(json.suggestedFilename()).toMatch(/^anonymous-\d{4}-\d\d\.json$/);
    const text = readFileSync(await json.path(), 'utf8');
    expectNoSecrets(text, 'the JSON file');
    const read = readScorecard(text, model, versions);
    if (!read.ok) throw new Error(read.error);
    expect([read.scorecard.organization, read.scorecard.team, read.scorecard.assessor]).toEqual(['', '', '']);
    expect(read.scorecard.date).toMatch(/^\d{4}-\d\d-01$/);
    expect(read.scorecard.answers).toEqual(anonymiseScorecard(named).answers);
    expect(read.scorecard.results).toEqual(named.results);

    for (const kind of ['csv', 'oscal', 'svg']) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export=${kind}]`)]);
      expect(file.suggestedFilename()).toMatch(/^anonymous-/);
      expectNoSecrets(readFileSync(await file.path(), 'utf8'), kind);
    }

    // The print is the results view: it names nobody, and its appendix of notes is empty.
    await page.check('[data-print-appendix]');
    await page.emulateMedia({ media: 'print' });
    expectNoSecrets(await page.locator('.results-view').textContent() ?? '', 'the print');
    expect(await page.locator('[data-results=appendix]').innerText()).toContain('No question has a note.');
    await page.emulateMedia({ media: 'screen' });

    // Notes never travel in an anonymised link.
    expect(await page.locator('#share-notes').isDisabled()).toBe(true);
    await page.click('#share-create');
    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#v1\./);
    const link = await page.locator('#share-link').inputValue();
    const decoded = await decodeShareFragment(new URL(link).hash, versions);
    if (!decoded.ok) throw new Error(decoded.error);
    expectNoSecrets(decoded.text, 'the share link');
    const shared = readScorecard(decoded.text, model, versions);
    if (!shared.ok) throw new Error(shared.error);
    expect(shared.scorecard.date).toMatch(/^\d{4}-\d\d-01$/);
    expect(Object.fromEntries(Object.entries(shared.scorecard.answers).map(([id, a]) => [id, a.value]))).toEqual(Object.fromEntries(Object.entries(named.answers).map(([id, a]) => [id, a.value])));
    const viewer = await page.context().newPage();
    await viewer.goto(link);
    await expect.poll(() => viewer.locator('[data-results=summary]').innerText()).toContain(`${named.results.score!.toFixed(1)} / 4`);
    expectNoSecrets(await viewer.locator('main').innerText(), 'the shared view');

    expect(await seriousViolations(page)).toEqual([]);
    // Off again, the exports name the team as before.
    await box.uncheck();
    const [again] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=json]')]);
    expect(readFileSync(await again.path(), 'utf8')).toContain(ORGANIZATION);
    await page.context().close();
  });

  it('anonymises the exports of a shared scorecard opened from a named link', async () => {
    const page = await results();
    await page.check('#share-notes');
    await page.click('#share-create');
    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#v1\./);
    const viewer = await page.context().newPage();
    await viewer.goto(await page.locator('#share-link').inputValue());
    await expect.poll(() => viewer.locator('[data-results=title]').innerText()).toContain(ORGANIZATION);
    const box = viewer.getByRole('checkbox', { name: /Anonymise/ });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await expect.poll(() => viewer.locator('[data-results=title]').innerText()).toContain('Anonymised');
    for (const kind of ['json', 'oscal', 'svg']) {
      const [file] = await Promise.all([viewer.waitForEvent('download'), viewer.click(`button[data-export=${kind}]`)]);
      expect(file.suggestedFilename()).toMatch(/^anonymous-2026-11\./);
      expectNoSecrets(readFileSync(await file.path(), 'utf8'), `the shared view's ${kind}`);
    }
    await viewer.check('[data-print-appendix]');
    expectNoSecrets(await viewer.locator('.results-view').textContent() ?? '', 'the shared print');
    expect(await seriousViolations(viewer)).toEqual([]);
    await page.context().close();
  });

  it('aggregates a class of anonymised files, identical ones included, as separate rows with the engine’s figures', async () => {
    const cohort = [0, 1, 1, 2, 5].map((seed, i) => anonymiseScorecard(toScorecard(model, answers(seed), {}, { organization: ORGANIZATION, team: TEAM, assessor: ASSESSOR, date: `2026-${i < 3 ? 11 : 10}-1${i}` })));
    // Students 2 and 3 answered alike in the same month: their files are identical but both count.
    expect(JSON.stringify(cohort[1])).toBe(JSON.stringify(cohort[2]));
    const files = cohort.map((card, i) => write(`student-${i + 1}.json`, JSON.stringify(card)));
    const reads = cohort.map((card) => {
      const read = readScorecard(JSON.stringify(card), model, versions);
      if (!read.ok) throw new Error(read.error);
      return read;
    });
    const expected = aggregateScorecards(model, reads);

    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${ctx.url}aggregate/`);
    await page.setInputFiles('#aggregate-files', files);
    await expect.poll(() => page.locator('#aggregate-status').innerText()).toBe('5 scorecards loaded and aggregated.');
    expect(await page.locator('#aggregate-refused').innerText()).toBe('');
    expect(await page.locator('#heatmap tbody th').allInnerTexts()).toEqual(['Anonymous 1 (2026-11)', 'Anonymous 2 (2026-11)', 'Anonymous 3 (2026-11)', 'Anonymous 4 (2026-10)', 'Anonymous 5 (2026-10)']);
    expect(await page.locator('.report-title').innerText()).toContain('Anonymous cohort');
    // Each row's overall figure and the medians are the engine's.
    expect((await page.locator('#heatmap tbody td.overall-col').allInnerTexts()).map((t) => t.split('\n')[0])).toEqual(expected.teams.map((t) => t.overall.score!.toFixed(1)));
    const medianRow = await page.locator('#heatmap tfoot tr').first().locator('td').allInnerTexts();
    expect(medianRow).toEqual([...expected.dimensions, expected.overall].map((s) => (s.median === null ? 'not scored' : s.median.toFixed(1))));
    expect(await page.locator('#heatmap tfoot tr').last().locator('td').first().innerText()).toBe(`${expected.dimensions[0]!.scored} of 5`);
    expectNoSecrets(await page.locator('main').innerText(), 'the aggregate');
    expect(await seriousViolations(page)).toEqual([]);

    // The same file chosen again is a repeat, and says so.
    await page.setInputFiles('#aggregate-files', [files[0]!]);
    await expect.poll(() => page.locator('#aggregate-refused').innerText()).toContain('already loaded');
    expect(await page.locator('#aggregate-status').innerText()).toBe('5 scorecards loaded and aggregated.');
    await page.close();
  });

  it('anonymises the aggregate of named teams, on the page and in the CSV and image, with one switch', async () => {
    const files = teamScorecards().map(([name, text]) => write(name, text));
    const page = await ctx.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${ctx.url}aggregate/`);
    await page.setInputFiles('#aggregate-files', files);
    await expect.poll(() => page.locator('#aggregate-status').innerText()).toBe('8 scorecards loaded and aggregated.');
    const figures = await page.locator('#heatmap tbody td').allInnerTexts();
    await page.getByRole('checkbox', { name: /Anonymise/ }).check();
    await expect.poll(() => page.locator('#heatmap tbody th').first().innerText()).toBe('Anonymous 1 (2026-11)');
    expect(await page.locator('#heatmap tbody td').allInnerTexts()).toEqual(figures);
    const names = ['Acme', ...TEAMS];
    for (const kind of ['csv', 'svg']) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-export=${kind}]`)]);
      const text = readFileSync(await file.path(), 'utf8');
      for (const name of names) expect(text, `${kind} holds ${name}`).not.toContain(name);
    }
    const report = await page.locator('#aggregate-results').evaluate((e) => [...e.querySelectorAll(':scope > :not(.report-screen-only)')].map((n) => n.textContent).join(' '));
    for (const name of names) expect(report).not.toContain(name);
    await page.close();
  });

  it('anonymises the comparison print and image', async () => {
    const [october, december] = teamScorecards('Acme Corp', ['Platform Operations', 'Platform Operations']).map(([, text]) => text);
    const context = await ctx.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${ctx.url}compare/`);
    await page.setInputFiles('#file-a', { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(october!) });
    await page.setInputFiles('#file-b', { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(december!) });
    await expect.poll(() => page.locator('#compare-title').innerText()).toContain('Acme Corp');
    await page.getByRole('checkbox', { name: /Anonymise/ }).check();
    await expect.poll(() => page.locator('#compare-title').innerText()).not.toContain('Acme');
    expect(await page.locator('#compare-results').textContent()).not.toContain('Platform Operations');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=svg]')]);
    expect(svg.suggestedFilename()).not.toMatch(/acme/);
    expect(readFileSync(await svg.path(), 'utf8')).not.toContain('Acme');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
