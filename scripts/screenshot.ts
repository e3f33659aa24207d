// Takes screenshots of built pages:
//   node scripts/screenshot.ts <dist> <out.png> [path] [width] [light|dark] [--scorecard <file.json>] [--print | --slide]
// --scorecard imports a scorecard file on /assess/ first and shows its results; --print shows the
// page as it prints (A4 width, print styles); --slide saves the scorecard's slide image (the PNG
// export) instead of a screenshot.
import { copyFileSync } from 'node:fs';
import { launchChromium } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const scorecard = option('scorecard');
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--scorecard');
const [dist = 'dist', out = 'screenshot.png', path = scorecard ? 'assess/' : '', width = '1280', scheme = 'light'] = positional;

const server = await serveStatic(dist, process.env.CONVERGE_BASE ?? '/');
const browser = await launchChromium();
// A4 is 210 mm wide: 794 CSS pixels at 96 per inch.
const viewport = flag('print') ? { width: 794, height: 1123 } : { width: Number(width), height: 900 };
const context = await browser.newContext({ viewport, colorScheme: scheme === 'dark' ? 'dark' : 'light', acceptDownloads: true, deviceScaleFactor: flag('print') ? 2 : 1 });
const page = await context.newPage();
await page.goto(server.url + path + (scorecard ? '#results' : ''));
if (scorecard) {
  await page.setInputFiles('#import-file', scorecard);
  await page.locator('.report-title').waitFor();
}
if (flag('slide')) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export=png]')]);
  copyFileSync(await download.path(), out);
} else {
  if (flag('print')) {
    await page.emulateMedia({ media: 'print' });
    // A screenshot has no @page margins: give the sheet its 12 mm.
    await page.evaluate(() => { document.body.style.padding = '12mm'; });
  }
  await page.screenshot({ path: out, fullPage: flag('print') || process.env.FULL === '1' });
}
await browser.close();
await server.close();
console.log(`wrote ${out}`);
