// Lighthouse on the built site as a phone meets it: Lighthouse's defaults (mobile: a mid-range
// phone on a slow 4G link, simulated), the site served gzipped as any static host serves it, the
// project's Chromium (never a downloaded one). Medians of a few runs per page; machines are noisy.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from '../../test/support/browser.ts';
import { serveStatic } from '../../test/support/static-server.ts';

export interface LighthousePage {
  /** Site path, e.g. `assess/`. */
  path: string;
  runs: number;
  lighthouseVersion: string;
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes transferred for the whole page load (compressed where the server compressed). */
  bytes: number;
  /** Audits that cost points in accessibility, best practices or SEO, in any run: `category: audit title`. */
  lost: string[];
}

/** The pages the bench measures: a concept page beside the pages where users do their work. */
export const LIGHTHOUSE_PAGES = ['concepts/change-enablement/', 'assess/', 'graph/', 'compare/', 'aggregate/'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs Lighthouse `runs` times on each page of the site built in `dist`; per-metric medians. */
export async function benchLighthouse(dist: string, paths: readonly string[] = LIGHTHOUSE_PAGES, runs = 3, log: (line: string) => void = () => {}): Promise<LighthousePage[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROME_PATH');
  const server = await serveStatic(dist, '/', { gzip: true });
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  const pages: LighthousePage[] = [];
  try {
    for (const path of paths) {
      const results: Result[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned nothing for /${path}`);
        if (lhr.runtimeError) throw new Error(`Lighthouse could not measure /${path}: ${lhr.runtimeError.message}`);
        results.push(lhr);
        log(`  lighthouse /${path} ${run + 1}/${runs}: performance ${Math.round(lhr.categories.performance!.score! * 100)}`);
      }
      const score = (category: string) => median(results.map((r) => Math.round((r.categories[category]?.score ?? 0) * 100)));
      const metric = (audit: string) => median(results.map((r) => r.audits[audit]!.numericValue!));
      // Performance is explained by its metrics in the table; the other categories by audits.
      const lost = new Set<string>();
      for (const lhr of results) {
        for (const category of Object.values(lhr.categories)) {
          if (category.id === 'performance' || category.score === 1) continue;
          for (const ref of category.auditRefs) {
            const audit = lhr.audits[ref.id]!;
            if (ref.weight > 0 && audit.score !== null && audit.score < 1) lost.add(`${category.title}: ${audit.title}`);
          }
        }
      }
      pages.push({
        path,
        runs,
        lighthouseVersion: results[0]!.lighthouseVersion,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        bytes: metric('total-byte-weight'),
        lost: [...lost].sort(),
      });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return pages;
}

/** A Markdown table of the figures, with what cost points below it. */
export function lighthouseTable(pages: readonly LighthousePage[]): string {
  const lines = [
    `Lighthouse ${pages[0]?.lighthouseVersion} (mobile defaults, simulated slow 4G and 4× CPU slowdown; site served gzipped); median of ${pages[0]?.runs} runs per page`,
    '',
    '| page | performance | LCP | TBT | CLS | accessibility | best practices | SEO | transferred |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...pages.map((p) => `| /${p.path} | ${p.performance} | ${(p.lcpMs / 1000).toFixed(1)} s | ${Math.round(p.tbtMs)} ms | ${p.cls.toFixed(3)} | ${p.accessibility} | ${p.bestPractices} | ${p.seo} | ${(p.bytes / 1024).toFixed(0)} KiB |`),
  ];
  const lost = pages.filter((p) => p.lost.length > 0);
  if (lost.length > 0) lines.push('', 'What cost points (any run):', ...lost.map((p) => `- /${p.path}: ${p.lost.join('; ')}`));
  return lines.join('\n');
}

