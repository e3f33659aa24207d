import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** A built site on disk, read the way a static host would serve it. */
export interface BuiltSite {
  dir: string;
  base: string;
  /** Site paths of every HTML page, e.g. `/converge/concepts/x/`. */
  pages: string[];
  html: (pagePath: string) => HTMLElement;
  /** The file a URL path is served from, or undefined when the host would answer 404. */
  fileFor: (urlPath: string) => string | undefined;
}

export function readBuiltSite(dir: string, base: string): BuiltSite {
  const cache = new Map<string, HTMLElement>();
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .map((f) => `${base}${f.replace(/index\.html$/, '')}`);
  const fileFor = (urlPath: string) => {
    if (!urlPath.startsWith(base)) return undefined;
    let file = join(dir, decodeURIComponent(urlPath.slice(base.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? file : undefined;
  };
  const html = (pagePath: string) => {
    let doc = cache.get(pagePath);
    if (!doc) {
      const file = fileFor(pagePath);
      if (!file) throw new Error(`no page at ${pagePath}`);
      doc = parse(readFileSync(file, 'utf8'));
      cache.set(pagePath, doc);
    }
    return doc;
  };
  return { dir, base, pages, html, fileFor };
}
