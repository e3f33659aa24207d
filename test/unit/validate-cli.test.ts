import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const validate = (env: Record<string, string>) =>
  spawnSync('node_modules/.bin/node', ['scripts/validate.ts'], { encoding: 'utf8', env: { ...process.env, CONVERGE_LAYER: '', ...env } });

// Each case starts Node and reads all content (181 concepts): seconds on a loaded machine.
describe('npm run validate', { timeout: 60_000 }, () => {
  it("says when an organization's layer was read, and counts its concepts and paths", () => {
    const ours = validate({});
    const layered = validate({ CONVERGE_LAYER: 'test/fixtures/layers/acme' });
    expect(ours.status).toBe(0);
    expect(layered.status).toBe(0);
    expect(ours.stdout).not.toContain('layer');
    expect(layered.stdout).toContain("and Acme Corp's layer in test/fixtures/layers/acme.");
    const count = (out: string) => Number(/(\d+) concepts/.exec(out)![1]);
    expect(count(layered.stdout)).toBeGreaterThan(count(ours.stdout));
  });
});
