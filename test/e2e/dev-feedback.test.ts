import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { hasChromium } from '../support/browser-suite.ts';

const BANNER = '#converge-dev-problems';
const PAGE = 'concepts/change-enablement/';
const RELATIONS = '  requires: [service-configuration-management]';

/** A port no one listens on, found by letting the system pick one. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Waits until `test` passes, polling; fails with `what` and the dev server's output so far. */
async function until(what: string, test: () => boolean | Promise<boolean>, output: () => string, ms = 10_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not happen within ${ms} ms; dev server output:\n${output().slice(-3000)}`);
}

describe.skipIf(!hasChromium)('npm run dev on a copy of the content', () => {
  const content = mkdtempSync(join(tmpdir(), 'converge-dev-'));
  const file = join(content, 'concepts/change-enablement.mdx');
  // The real content grows: count its concepts rather than fixing a number here.
  const conceptCount = readdirSync(resolve('content/concepts')).filter((f) => f.endsWith('.mdx')).length;
  let original = '';
  let server: ChildProcess | undefined;
  let log = '';
  let url = '';
  let browser: Browser;
  let page: Page;
  const output = () => log;
  /** What the dev server printed since `mark`. */
  const since = (mark: number) => log.slice(mark);
  const edit = (relations: string) => writeFileSync(file, original.replace(RELATIONS, relations));

  beforeAll(async () => {
    cpSync(resolve('content'), content, { recursive: true });
    original = readFileSync(file, 'utf8');
    expect(original).toContain(RELATIONS);
    const port = await freePort();
    const bin = resolve('node_modules/.bin');
    server = spawn(join(bin, 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
      // Its own process group, so afterAll ends the server and every process it started.
      detached: true,
      env: {
        // Vitest's NODE_ENV=test turns Astro's hot reload (and with it the banner's channel) off.
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST'))),
        // the project's Node (24), not the system's, runs astro's `#!/usr/bin/env node`
        PATH: `${bin}${delimiter}${process.env.PATH}`,
        CONVERGE_CONTENT_DIR: content,
        // Our content alone, whatever layer the shell running the tests names.
        CONVERGE_LAYER: '',
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    server.stdout!.on('data', (chunk) => (log += chunk));
    server.stderr!.on('data', (chunk) => (log += chunk));
    url = `http://127.0.0.1:${port}/`;
    await until('the dev server starting', () => /ready in/.test(log), output, 45_000);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url + PAGE);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(content, { recursive: true, force: true });
  });

  it('prints a broken relation with file, line, field and value, and shows it in a banner on its page', async () => {
    expect(log).toContain(`${conceptCount} concepts valid`);
    // A valid page has no banner.
    await page.waitForTimeout(500);
    expect(await page.locator(BANNER).count()).toBe(0);

    const mark = log.length;
    edit('  requires: [service-configuration-management, no-such-thing-zz]');
    await until(
      'the problem printed in the terminal',
      () => /concepts\/change-enablement\.mdx:\d+\s+relations\.requires\[1\] "no-such-thing-zz" names no concept/.test(since(mark)),
      output,
    );
    // The open page gets the problems live, whether or not Astro reloads it.
    await page.locator(BANNER).waitFor({ timeout: 10_000 });
    const text = await page.locator(BANNER).innerText();
    expect(text).toContain('This page has 1 content problem');
    expect(text).toMatch(/relations\.requires\[1\]\s+"no-such-thing-zz"\s+names no concept/);
    expect(text).toMatch(/change-enablement\.mdx:\d+/);
    expect(await seriousViolations(page, BANNER)).toEqual([]);
    // Another page, whose content is fine, has no banner.
    const other = await browser.newPage();
    await other.goto(`${url}concepts/joint-change-advisory-board/`);
    await other.waitForTimeout(1000);
    expect(await other.locator(BANNER).count()).toBe(0);
    await other.close();
  });

  it('is dismissed from the keyboard, stays dismissed on reload, and comes back for a new problem', async () => {
    await page.reload();
    await page.locator(BANNER).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Dismiss the content problems' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator(BANNER).count()).toBe(0);
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await page.locator(BANNER).count()).toBe(0);

    const mark = log.length;
    edit('  requires: [service-configuration-managment, no-such-thing-zz]');
    await until('the misspelling printed with its suggestion', () => /requires\[0\] "service-configuration-managment" names no concept \(did you mean "service-configuration-management"\?\)/.test(since(mark)), output);
    await page.locator(BANNER).waitFor({ timeout: 10_000 });
    expect(await page.locator(BANNER).innerText()).toContain('did you mean "service-configuration-management"?');
  });

  it('says the problems are fixed and drops the banner when the content is right again', async () => {
    const mark = log.length;
    writeFileSync(file, original);
    await until('the terminal saying the problems are fixed', () => since(mark).includes(`Content problems fixed: ${conceptCount} concepts valid.`), output);
    await page.locator(BANNER).waitFor({ state: 'detached', timeout: 10_000 });
    await page.reload();
    await page.waitForTimeout(1000);
    expect(await page.locator(BANNER).count()).toBe(0);
  });
});

describe('the built site', () => {
  it('holds no trace of the dev-only banner', () => {
    const { dir } = inject('sites').root;
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|m?js)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    const leaking = files.filter((f) => /converge-dev-problems|converge:problems/.test(readFileSync(join(dir, f), 'utf8')));
    expect(leaking).toEqual([]);
  });
});
