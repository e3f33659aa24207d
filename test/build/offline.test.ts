import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readBuiltSite } from '../support/built-site.ts';

// The service worker is what a workshop relies on with no network: it must list every file of
// the build, each keyed by its content, and the manifest must name icons that exist.
const sites = inject('sites');

/** The precache list written into sw.js: each file's URL and the revision it is cached under. */
function precacheList(dir: string) {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"([0-9a-f]+)"|null)\}/g)].map((m) => ({ url: m[1]!, revision: m[2] }));
}

/** Width and height from a PNG's header. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe.each([
  ['at the root', sites.root],
  ['under /converge/', sites.subpath],
])('the offline worker of the site built %s', (_, { dir, base }) => {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .filter((file) => file !== 'sw.js');
  const list = precacheList(dir);

  it('precaches every file of the build, by a URL relative to the worker, so a sub-path needs nothing else', () => {
    expect(list.map((entry) => entry.url).sort()).toEqual(files.sort());
    expect(list.some((entry) => entry.url.startsWith('/'))).toBe(false);
  });

  it('keys each file by its content: a hash for pages and data, the hashed name for bundles', () => {
    const wrong = list
      .filter((entry) => !entry.url.startsWith('_astro/'))
      .filter((entry) => entry.revision !== createHash('md5').update(readFileSync(join(dir, entry.url))).digest('hex'));
    expect(wrong).toEqual([]);
    expect(list.filter((entry) => entry.url.startsWith('_astro/') && entry.revision !== undefined)).toEqual([]);
  });

  it('names in its manifest the icons an install needs, and every page links the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string; sizes: string; type: string }[] };
    for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) expect(pngSize(join(dir, icon.src))).toBe(icon.sizes);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const site = readBuiltSite(dir, base);
    const without = site.pages.filter((page) => site.html(page).querySelector('link[rel="manifest"]')?.getAttribute('href') !== `${base}manifest.webmanifest`);
    expect(without).toEqual([]);
  });
});
