import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The command end to end, on a copy of the content (`--content`), so the real content/ is never written.
const NODE = resolve('node_modules/.bin/node');
const node = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(NODE, args, { encoding: 'utf8', env: { ...process.env, ...env } });
let dir: string;
beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'converge-new-cli-')), 'content');
  cpSync('content', dir, { recursive: true });
});
const newFile = (...args: string[]) => node(['scripts/new.ts', ...args, '--content', dir]);

// Each run starts Node and reads the content: seconds on a loaded machine.
describe('npm run new', { timeout: 60_000 }, () => {
  it('writes a control and prints the file and a numbered list of what to write', () => {
    const run = newFile('concept', 'change-freeze-exception-review', '--type', 'control');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const file = relative(process.cwd(), join(dir, 'concepts', 'change-freeze-exception-review.mdx'));
    expect(run.stdout).toContain(`Wrote a control concept to ${file}.`);
    expect(run.stdout).toMatch(/\n {2}1\. summary: /);
    expect(run.stdout).toMatch(/\n {2}\d\. mappings: at least one/);
    expect(run.stdout).toMatch(/\n {2}\d\. the body, 150 to 600 words/);
    expect(readFileSync(file, 'utf8')).toMatch(/^---\n# Written by `npm run new`/);
  });

  it('refuses an existing id with exit 1, naming the file, and writes nothing', () => {
    const before = readdirSync(join(dir, 'concepts')).length;
    const run = newFile('concept', 'change-enablement', '--type', 'practice');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Concept "change-enablement" already exists: ${relative(process.cwd(), join(dir, 'concepts', 'change-enablement.mdx'))}.`);
    expect(run.stdout).toBe('');
    expect(readdirSync(join(dir, 'concepts')).length).toBe(before);
  });

  it('refuses a malformed id and an unknown type with exit 1', () => {
    const malformed = newFile('path', 'Patching_101');
    expect(malformed.status).toBe(1);
    expect(malformed.stderr).toMatch(/not a valid path id: .*Try "patching-101"/);
    expect(existsSync(join(dir, 'paths', 'patching-101.mdx'))).toBe(false);
    const type = newFile('concept', 'a-new-thing', '--type', 'team');
    expect(type.status).toBe(1);
    expect(type.stderr).toContain('use one of practice, control, capability, governance, role, metric, framework, boundary, program');
  });

  it('answers wrong usage with the usage and exit 2', () => {
    const run = newFile('page', 'x');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown kind "page": use concept, path, question.');
    expect(run.stderr).toContain('npm run new -- concept <id> --type');
  });

  it('adds a question; validate then warns about the placeholders, and lock-model will not release them', () => {
    const run = newFile('question', 'shared-metrics.exception-ageing');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Added question shared-metrics\.exception-ageing to .*shared-metrics\.yaml, and changed .*model\.yaml\./);
    expect(run.stdout).toMatch(/npm run lock-model/);

    const validate = node(['scripts/validate.ts', dir]);
    expect(validate.stderr).toMatch(/files are not finished \(text starting "TODO:" from `npm run new`\):/);
    expect(validate.stderr).toMatch(/shared-metrics\.yaml:\d+ {2}\d+ placeholders left/);
    expect(validate.stderr).toMatch(/change-freeze-exception-review\.mdx:\d+ {2}\d+ placeholders left/);
    // The one problem is the release the author makes once the placeholders are written.
    expect(validate.stderr).toContain('Content has 1 problem:');

    const lock = node(['scripts/lock-model.ts'], { CONVERGE_CONTENT_DIR: dir });
    expect(lock.status).toBe(1);
    expect(lock.stderr).toContain('Write them before releasing the model');
    const unreleased = /^modelVersion: (\d+)/m.exec(readFileSync(join(dir, 'assessment', 'model.yaml'), 'utf8'))![1];
    expect(readFileSync(join(dir, 'assessment', 'versions.json'), 'utf8')).not.toContain(`"${unreleased}"`);
  });
});
