import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { findChromium, launchChromium } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** Whether browser tests can run; in CI a missing browser is an error, on a laptop they skip. */
export const hasChromium = (() => {
  const found = findChromium() !== undefined;
  if (!found && process.env.CI) throw new Error('Chromium is required in CI: apt-get install -y chromium, or set CHROME_PATH');
  if (!found) console.warn('Browser tests skipped: Chromium not found (apt-get install -y chromium, or set CHROME_PATH).');
  return found;
})();

/** A browser and the built site served on loopback, shared by the tests of one file. */
export function useBrowser(site: 'root' | 'subpath' = 'root') {
  const context = { browser: undefined as unknown as Browser, url: '', served: [] as StaticServer['served'] };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!hasChromium) return;
    const { dir, base } = inject('sites')[site];
    const server = await serveStatic(dir, base);
    context.url = server.url;
    context.served = server.served;
    context.browser = await launchChromium();
    close = async () => {
      await context.browser.close();
      await server.close();
    };
  });
  afterAll(async () => close?.());
  return context;
}
