// Takes screenshots of built pages: node scripts/screenshot.ts <dist> <out.png> [path] [width] [dark]
import { launchChromium } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const [dist = 'dist', out = 'screenshot.png', path = '', width = '1280', scheme = 'light'] = process.argv.slice(2);
const server = await serveStatic(dist, process.env.CONVERGE_BASE ?? '/');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
await page.goto(server.url + path);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
await server.close();
console.log(`wrote ${out}`);
