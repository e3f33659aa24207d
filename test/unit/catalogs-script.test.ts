import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The committed catalogs are what `npm run catalogs` makes from the official files, byte for
// byte, every time. Runs where the reference folder is beside the project (CI has it).
const reference = '../shared/reference';

describe.skipIf(!existsSync(reference))('npm run catalogs', () => {
  it('rebuilds the committed catalogs exactly, twice in a row', { timeout: 120_000 }, () => {
    const runs = [1, 2].map(() => {
      const out = mkdtempSync(join(tmpdir(), 'converge-catalogs-'));
      const run = spawnSync(process.execPath, ['scripts/catalogs.ts', reference], { encoding: 'utf8', env: { ...process.env, CONVERGE_CATALOG_OUT: out } });
      expect(run.status, run.stderr).toBe(0);
      return out;
    });
    const committed = readdirSync('content/frameworks').sort();
    for (const out of runs) expect(readdirSync(out).sort()).toEqual(committed);
    for (const file of committed) {
      const expected = readFileSync(join('content/frameworks', file));
      for (const out of runs) expect(readFileSync(join(out, file)).equals(expected), file).toBe(true);
    }
  });
});
