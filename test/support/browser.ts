import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep Chromium from reaching out to the network on its own (this machine has none). */
export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
];

/** Debian's Chromium, or CHROME_PATH; undefined when neither is installed. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}

/**
 * Launches headless Chromium with the project's flags; never downloads a browser.
 *
 * The built site registers a service worker that downloads every file for offline use. Pages
 * opened from this browser block it unless `serviceWorkers: 'allow'` is asked for (the offline
 * tests): otherwise every test page would precache the whole site in the background, and tests
 * that count downloads would count the worker's.
 */
export async function launchChromium(options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROME_PATH');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
  const serviceWorkers = options.serviceWorkers ?? 'block';
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (contextOptions = {}) => newContext({ serviceWorkers, ...contextOptions });
  // Like Playwright's own newPage: a context of its own that closes with the page.
  browser.newPage = async (contextOptions = {}) => {
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    // When the whole browser closes, its contexts are gone already: nothing to close then.
    page.on('close', () => context.close().catch(() => undefined));
    return page;
  };
  return browser;
}
