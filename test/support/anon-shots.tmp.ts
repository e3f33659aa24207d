import { writeFileSync } from 'node:fs';
import { launchChromium } from './browser.ts';
import { serveStatic } from './static-server.ts';
const card = { format: 'converge-scorecard', version: 2, modelVersion: 1, organization: 'Acme Bank', team: 'Platform operations', assessor: 'R. Okafor', perspective: 'joint', date: '2026-11-23', answers: { 'change.security-risk-rating': { value: 2, note: 'hello' } }, targets: {}, results: { score: null, level: null, weakest: null, completion: 0, uncertainty: 0, dimensions: [] } };
const server = await serveStatic('/work/wt-anonymise/dist', '/');
const browser = await launchChromium();
for (const [w, h] of [[1440, 900], [390, 844]]) for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  await page.goto(`${server.url}assess/#results`);
  await page.setInputFiles('#import-file', '/work/wt-anonymise/test/fixtures/scorecards/acme-platform-2026-10.json');
  await page.waitForFunction(() => document.querySelector('[data-results=title]')!.textContent!.includes('Acme'));
  if (process.argv[2] === 'on') await page.check('[data-anonymise]');
  await page.locator('#export-title').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('#export-title')!.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `/tmp/anon-${w}-${scheme}${process.argv[2] === 'on' ? '-on' : ''}.png` });
  if (process.argv[2] === 'on' && w === 1440 && scheme === 'light') {
    await page.evaluate(() => document.querySelector('#results-title')!.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `/tmp/anon-title.png` });
  }
  await page.close();
}
await browser.close(); await server.close();
