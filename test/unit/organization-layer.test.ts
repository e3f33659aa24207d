import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

// The layer's internal catalogs are read when the schema modules load (mappings are checked as
// they parse), so each case points CONVERGE_LAYER at its layer and imports the modules afresh.
async function validateWithLayer(layer: string, contentRoot = 'content') {
  vi.stubEnv('CONVERGE_LAYER', layer);
  vi.resetModules();
  const { validateContent } = await import('../../src/site/validate-content.ts');
  const { formatProblem } = await import('../../src/schema/problem.ts');
  const report = validateContent(contentRoot);
  return { ...report, lines: report.problems.map(formatProblem) };
}

const temp = mkdtempSync(join(tmpdir(), 'converge-layer-'));
const rel = (path: string) => relative(process.cwd(), path);

/** A copy of the acme layer with one file changed, written in a temp folder. */
function acmeWith(name: string, file: string, text: string): string {
  const dir = join(temp, name);
  cpSync('test/fixtures/layers/acme', dir, { recursive: true });
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), text);
  return dir;
}
const gate = readFileSync('test/fixtures/layers/acme/concepts/acme-change-gate.mdx', 'utf8');

afterEach(() => vi.unstubAllEnvs());
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("an organization's layer", () => {
  it('adds its concepts, relations to ours, a learning path and mappings to its internal catalog, without problems', async () => {
    const { concepts, paths, problems } = await validateWithLayer('test/fixtures/layers/acme');
    expect(problems).toEqual([]);
    const ids = concepts.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['acme-change-gate', 'acme-release-captain', 'acme-controls', 'incident-management']));
    const gateConcept = concepts.find((c) => c.id === 'acme-change-gate')!;
    expect(gateConcept.data.relations.partOf).toEqual(['change-enablement']);
    expect(gateConcept.data.mappings).toContainEqual(expect.objectContaining({ framework: 'acme-controls', identifier: 'ACME-CTL-12' }));
    expect(paths.map((p) => p.id)).toContain('acme-change-onboarding');
  });

  it('replaces our concept with the one marked `overrides: true`, keeping one concept per id', async () => {
    const { concepts } = await validateWithLayer('test/fixtures/layers/acme');
    const changes = concepts.filter((c) => c.id === 'change-enablement');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.file).toBe('test/fixtures/layers/acme/concepts/change-enablement.mdx');
    expect(changes[0]!.data.overrides).toBe(true);
  });

  it('refuses an unmarked duplicate id, naming both files and the layer', async () => {
    const { problems, lines } = await validateWithLayer('test/fixtures/layers/unmarked-duplicate');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'test/fixtures/layers/unmarked-duplicate/concepts/change-enablement.mdx', value: 'change-enablement', layer: 'test/fixtures/layers/unmarked-duplicate' });
    expect(lines[0]).toContain('has the same id as content/concepts/change-enablement.mdx');
    expect(lines[0]).toContain('overrides: true');
    expect(lines[0]).toMatch(/\[layer test\/fixtures\/layers\/unmarked-duplicate\]$/);
  });

  it('checks mappings against the internal catalog, with a did-you-mean, and names the layer', async () => {
    const layer = acmeWith('bad-identifier', 'concepts/acme-change-gate.mdx', gate.replace('ACME-CTL-12', 'ACME-CTL-21'));
    const { problems } = await validateWithLayer(layer);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: rel(join(layer, 'concepts/acme-change-gate.mdx')), field: 'mappings[0].identifier', value: 'ACME-CTL-21', layer: layer });
    expect(problems[0]!.line).toBe(18);
    expect(problems[0]!.message).toBe('is not in the Acme internal control catalog, 2026 edition: expected one of its 4 identifiers, such as ACME-CTL-11');
    expect(problems[0]!.suggestion).toBe('ACME-CTL-11');
  });

  it('applies the same integrity rules to the layer: a relation to a missing concept is named with the layer', async () => {
    const layer = acmeWith('missing-relation', 'concepts/acme-change-gate.mdx', gate.replace('partOf: [change-enablement]', 'partOf: [change-enablment]'));
    const { problems, lines } = await validateWithLayer(layer);
    expect(problems).toEqual([expect.objectContaining({ field: 'relations.partOf[0]', value: 'change-enablment', suggestion: 'change-enablement', layer })]);
    // A layer outside the project is named by its absolute path.
    expect(lines[0]).toContain(`[layer ${layer}]`);
  });

  it('refuses `overrides: true` on a concept that replaces nothing, and an internal catalog that reuses one of our framework ids', async () => {
    let layer = acmeWith('nothing-to-override', 'concepts/change-enablment.mdx', readFileSync('test/fixtures/layers/acme/concepts/change-enablement.mdx', 'utf8').replace('title: Change enablement', 'title: Change enablement at Acme').replace('aliases: [Change management, Change control]', 'aliases: []'));
    rmSync(join(layer, 'concepts/change-enablement.mdx'));
    const { problems } = await validateWithLayer(layer);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'overrides', message: expect.stringContaining('replaces no concept of ours'), suggestion: 'change-enablement' }));

    layer = acmeWith('catalog-clash', 'frameworks/clash.json', JSON.stringify({ framework: 'nist-sp-800-53', name: 'Ours', items: [{ id: 'X-1' }] }));
    const clash = await validateWithLayer(layer);
    expect(clash.problems).toContainEqual(expect.objectContaining({ file: rel(join(layer, 'frameworks/clash.json')), field: 'framework', value: 'nist-sp-800-53', layer }));
  });

  it('refuses `overrides: true` in our own content: only a layer replaces', async () => {
    const ours = join(temp, 'our-content');
    cpSync('test/fixtures/small-graph', ours, { recursive: true });
    const file = join(ours, 'concepts/change-enablement.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^updated: (.*)$/m, 'updated: $1\noverrides: true'));
    const { problems } = await validateWithLayer('', ours);
    expect(problems).toEqual([expect.objectContaining({ file: rel(file), field: 'overrides', message: expect.stringContaining("only on a concept in an organization's layer") })]);
    expect(problems[0]!.layer).toBeUndefined();
  });

  it("refuses a learning path with the id of one of ours: paths are not overridden", async () => {
    const layer = acmeWith('path-clash', 'paths/speaking-risk-in-business-terms.mdx', readFileSync('test/fixtures/layers/acme/paths/acme-change-onboarding.mdx', 'utf8'));
    const { problems, paths } = await validateWithLayer(layer);
    expect(problems).toEqual([expect.objectContaining({ file: rel(join(layer, 'paths/speaking-risk-in-business-terms.mdx')), message: expect.stringContaining('has the same id as content/paths/speaking-risk-in-business-terms.mdx'), layer })]);
    expect(paths.filter((p) => p.id === 'speaking-risk-in-business-terms')[0]!.file).toBe('content/paths/speaking-risk-in-business-terms.mdx');
  });

  it('names a layer folder that does not exist', async () => {
    const { problems } = await validateWithLayer('test/fixtures/layers/no-such-layer');
    expect(problems).toContainEqual(expect.objectContaining({ field: '(CONVERGE_LAYER)', message: expect.stringContaining('names no folder') }));
  });
});
