import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oscalErrors } from '../support/oscal-schema.ts';
import { validateContent } from '../../src/site/validate-content.ts';

const FIXTURE = 'test/fixtures/scorecards/acme-platform-2026-10.json';
const score = (...args: string[]) => spawnSync(process.execPath, ['scripts/score.ts', ...args], { encoding: 'utf8' });

// Each run starts Node and validates the content: seconds on a loaded machine.
describe('npm run score', { timeout: 60_000 }, () => {
  it('prints a table with the organization, the overall score and every dimension', () => {
    const run = score(FIXTURE);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Acme Bank · Platform operations · 2026-10-01');
    expect(run.stdout).toMatch(/Overall \d\.\d \/ 4, level \d \w+; weakest: /);
    expect(run.stdout).toMatch(/Change enablement\s+\d\.\d\s+\d \w+\s+3 Integrated/);
  });

  it('writes JSON that is a scorecard again, CSV with a row per question, and Markdown', () => {
    const json = JSON.parse(score(FIXTURE, '--format', 'json').stdout);
    expect(json).toMatchObject({ format: 'converge-scorecard', organization: 'Acme Bank' });
    const csv = score(FIXTURE, '--format', 'csv').stdout.trim().split('\r\n');
    expect(csv[0]).toBe('organization,team,date,dimension,question_id,question,weight,level,answer,note');
    // A row per question of today's model, answered or not (the file was written for an older one).
    const questions = validateContent().assessment!.dimensions.reduce((n, d) => n + d.questions.length, 0);
    expect(csv.length).toBe(1 + questions);
    expect(score(FIXTURE, '--format', 'markdown').stdout).toMatch(/^## Acme Bank/);
  });

  it('writes OSCAL assessment results that NIST’s schema accepts', () => {
    const run = score(FIXTURE, '--format', 'oscal');
    expect(run.status).toBe(0);
    const oscal = JSON.parse(run.stdout);
    expect(oscalErrors(oscal)).toEqual([]);
    expect(oscal['assessment-results'].metadata.title).toContain('Acme Bank · Platform operations');
    expect(oscal['assessment-results'].results[0].observations.length).toBeGreaterThan(0);
  });

  it('exits 1 with a clear message on a bad file, and 2 on wrong usage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'converge-cli-'));
    writeFileSync(join(dir, 'bad.json'), '{"format":"converge-scorecard","version":5}');
    const bad = score(join(dir, 'bad.json'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('refused. This scorecard was written by a newer Converge (scorecard format 5)');
    expect(score(join(dir, 'missing.json'))).toMatchObject({ status: 1, stderr: expect.stringContaining('no such file') });
    expect(score(FIXTURE, '--format', 'pdf')).toMatchObject({ status: 2, stderr: expect.stringContaining('Unknown format "pdf"') });
    expect(score()).toMatchObject({ status: 2, stderr: expect.stringContaining('Usage: npm run score') });
  });
});
