import type { Page } from 'playwright-core';

/**
 * Opens a page with its scripts held back, as on a slow phone, once `waitFor` is parsed; call
 * the returned function to let them run. Module scripts hold DOMContentLoaded back, so the
 * page is awaited only until the response starts.
 */
export async function openWithScriptsHeld(page: Page, url: string, waitFor: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(waitFor).waitFor({ state: 'attached' });
  return release;
}
