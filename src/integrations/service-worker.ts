import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** The service worker's file name, at the root of the site (its scope is the whole site). */
export const SERVICE_WORKER = 'sw.js';

/**
 * Writes a Workbox service worker that precaches every file of the built site in `root`, so a
 * workshop can run with no network once a page has been opened.
 *
 * Each file's cache entry is keyed by its content hash: a new build installs beside the old one
 * without replacing any entry the open pages use, waits until the user accepts the update, and on
 * activation deletes the entries it no longer lists. Returns how many files and bytes it precaches.
 */
export async function writeServiceWorker(root: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: root,
    globPatterns: ['**/*'],
    globIgnores: [SERVICE_WORKER],
    swDest: join(root, SERVICE_WORKER),
    // URLs resolve against the worker's own address, so the same file works under CONVERGE_BASE.
    cacheId: 'converge',
    // Astro names bundles by their content hash: the URL is its own revision.
    dontCacheBustURLsMatching: /^_astro\//,
    // The graph and search index are the largest files; all of them must work offline.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    // A share link (/assess/?s=…) or a filtered index (?type=control) opens the precached page.
    ignoreURLParametersMatching: [/./],
    // Until the user accepts the update the old worker keeps serving the old build, whole.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    navigateFallback: '404.html',
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
  return { count, size };
}

/**
 * Adds the offline service worker to the build, after every other integration has written its
 * files, and its registration to every built page. `astro dev` gets neither: a worker there
 * would serve stale modules and hide the edits an author is making.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'converge:service-worker',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        if (command !== 'build') return;
        const client = fileURLToPath(new URL('../components/offline/offline.ts', import.meta.url));
        injectScript('page', `import ${JSON.stringify(client)};`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`${SERVICE_WORKER}: ${count} files precached for offline use (${(size / 1024 / 1024).toFixed(1)} MB)`);
      },
    },
  };
}
