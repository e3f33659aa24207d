import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
// Bundled modules open with their static imports, e.g. import{t as e}from"./node-types.X.js";
// only that leading run is read, so a dynamic import() or a string later on never matches.
// Vite puts the file list of a module's dynamic imports first (`const __vite__mapDeps=…;`):
// those load when the import() runs, which may be never (search's UI), so they are skipped.
const LEADING_IMPORTS = /^(?:const __vite__mapDeps=[^\n]*\n)?(?:\s*import\b[^;]*;)*/;
const IMPORTED = /"(\.\/[^"]+\.js)"/g;

/**
 * Moves what a page writes after `</html>` (the module scripts of a page's top-level `<script>`,
 * with their preloads) to the end of the head: markup after `</html>` is invalid HTML, and module
 * scripts are deferred, so the head is where they belong.
 */
function intoHead(html: string): string {
  const end = html.lastIndexOf('</html>');
  const after = end < 0 ? '' : html.slice(end + '</html>'.length).trim();
  if (!after) return html;
  const head = html.lastIndexOf('</head>', end);
  return `${html.slice(0, head)}${after}${html.slice(head, end)}</html>`;
}

/**
 * Adds `<link rel="modulepreload">` for the chunks a page's module script imports statically.
 * Without it the browser learns of a chunk (the graph page's 133 KB gzip Cytoscape) only once
 * the entry module has arrived and been parsed: a request waterfall on every visit.
 */
export function modulePreload(): AstroIntegration {
  let base = '/';
  return {
    name: 'converge:module-preload',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        // Thousands of pages share a handful of entry modules: read each one once.
        const imports = new Map<string, string[]>();
        for (const page of pages) {
          const file = join(root, page);
          const html = readFileSync(file, 'utf8');
          const preloaded = new Set<string>(); // two scripts of a page may share a chunk
          const withPreloads = html.replace(MODULE_SCRIPT, (tag, src: string) => {
            if (!src.startsWith(base)) return tag;
            if (!imports.has(src)) {
              const code = readFileSync(join(root, src.slice(base.length)), 'utf8');
              imports.set(src, [...new Set([...LEADING_IMPORTS.exec(code)![0].matchAll(IMPORTED)].map((m) => posix.join(posix.dirname(src), m[1]!)))]);
            }
            const fresh = imports.get(src)!.filter((href) => !preloaded.has(href));
            for (const href of fresh) preloaded.add(href);
            return fresh.map((href) => `<link rel="modulepreload" href="${href}">`).join('') + tag;
          });
          const placed = intoHead(withPreloads);
          if (placed !== html) writeFileSync(file, placed);
        }
      },
    },
  };
}
