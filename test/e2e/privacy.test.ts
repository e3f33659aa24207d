import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { validateContent } from '../../src/site/validate-content.ts';
import { hasChromium, useBrowser } from '../support/browser-suite.ts';

const model = validateContent().assessment!;

/** Every request the page makes, and every CSP violation or script error it reports. */
async function watch(page: Page) {
  // A violation that a script catches (zod probing for eval, say) never reaches the console on
  // its own, yet browsers and Lighthouse still report it: the page's listener brings it there.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`)),
  );
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  return { requests, problems };
}

describe.skipIf(!hasChromium)('privacy and Content-Security-Policy in Chromium', () => {
  const ctx = useBrowser();

  it('visits every page type and completes an assessment without a request to another origin or a CSP violation', async () => {
    const context = await ctx.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const { requests, problems } = await watch(page);
    for (const path of ['', 'concepts/', 'concepts/change-enablement/', 'concepts/nist-sp-800-53/', 'graph/', 'graph/?focus=incident-management&depth=2', 'paths/', 'glossary/', 'gap/', 'scorecard/', 'compare/', 'aggregate/', 'search/?q=change']) {
      await page.goto(ctx.url + path);
      await page.waitForLoadState('networkidle');
    }
    const pathLink = await page.goto(`${ctx.url}paths/`).then(() => page.locator('main a[href*="/paths/"]').first().getAttribute('href'));
    await page.goto(new URL(pathLink!, ctx.url).href);

    await page.goto(`${ctx.url}assess/`);
    await page.fill('input[name=organization]', 'Acme');
    for (const dimension of model.dimensions) {
      await page.goto(`${ctx.url}assess/#${dimension.id}`);
      for (const [i, question] of dimension.questions.entries()) await page.locator(`input[name="${question.id}"][value="${i % 5}"]`).check();
    }
    await page.goto(`${ctx.url}assess/#results`);
    await expect.poll(() => page.locator('[data-results=title]').innerText()).toContain('Acme');
    await Promise.all([page.waitForEvent('download'), page.click('button[data-export=png]')]);
    await page.click('#share-create');
    await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#v1\./); // compressed asynchronously
    await page.goto(await page.locator('#share-link').inputValue());
    await expect.poll(() => page.locator('[data-results=title]').innerText()).toContain('Acme');
    await page.waitForLoadState('networkidle');

    const origin = new URL(ctx.url).origin;
    const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('puts a policy on every page that forbids inline script and other origins', async () => {
    const page = await ctx.browser.newPage();
    for (const path of ['', 'concepts/change-enablement/', 'graph/', 'assess/', 'gap/', 'scorecard/']) {
      await page.goto(ctx.url + path);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, path).toMatch(/default-src 'self'/);
      expect(policy, path).toMatch(/script-src 'self'/);
      expect(policy, path).not.toContain('unsafe-inline');
      expect(policy, path).not.toMatch(/https?:/);
    }
    // And the policy holds: an injected inline script does not run.
    await page.goto(`${ctx.url}assess/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await page.close();
  });
});
