import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/** Where the test builds go: one at the root path and one under a sub-path. */
export const SITES = {
  root: { dir: resolve('.cache/test-site/root'), base: '/' },
  subpath: { dir: resolve('.cache/test-site/converge'), base: '/converge/' },
} as const;

declare module 'vitest' {
  export interface ProvidedContext {
    sites: typeof SITES;
  }
}

/** Runs `astro build` and returns its exit code and output; used for the real site and for broken fixtures. */
export function astroBuild(options: { outDir: string; base?: string; contentDir?: string; layer?: string }) {
  const result = spawnSync('astro', ['build', '--outDir', options.outDir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CONVERGE_BASE: options.base ?? '/',
      ...(options.contentDir ? { CONVERGE_CONTENT_DIR: options.contentDir } : {}),
      // An organization's layer on top of the content (README: Adapting Converge to your organization).
      CONVERGE_LAYER: options.layer ?? '',
      // keep colour codes out of the output the tests read
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export default function setup(project: TestProject) {
  for (const site of Object.values(SITES)) {
    rmSync(site.dir, { recursive: true, force: true });
    const { status, output } = astroBuild({ outDir: site.dir, base: site.base });
    if (status !== 0) throw new Error(`astro build failed for base ${site.base}:\n${output.slice(-4000)}`);
  }
  project.provide('sites', SITES);
}
