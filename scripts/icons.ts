// Draws the app icons the web app manifest names from public/favicon.svg, in Chromium:
//   node scripts/icons.ts
// Run it after changing the mark; the PNGs in public/ are committed, since installing the site
// needs raster icons and the build should not need a browser.
import { readFileSync } from 'node:fs';
import { launchChromium } from '../test/support/browser.ts';

const mark = readFileSync('public/favicon.svg', 'utf8');
const icons = [
  // "any": the mark alone, as on a browser tab.
  { file: 'public/icon-192.png', size: 192, background: 'transparent', scale: 1 },
  { file: 'public/icon-512.png', size: 512, background: 'transparent', scale: 1 },
  // "maskable": a launcher may crop to a circle, so the mark sits inside the middle 80 %.
  { file: 'public/icon-maskable-512.png', size: 512, background: '#ffffff', scale: 0.7 },
];

const browser = await launchChromium();
for (const { file, size, background, scale } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = Math.round(size * scale);
  await page.setContent(`<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${background}">
    <img alt="" width="${inner}" height="${inner}" src="data:image/svg+xml;base64,${Buffer.from(mark).toString('base64')}"></body>`);
  await page.screenshot({ path: file, omitBackground: background === 'transparent' });
  console.log(`${file}: ${size}×${size}`);
  await page.close();
}
await browser.close();
