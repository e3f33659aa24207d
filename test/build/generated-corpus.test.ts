import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/generate-corpus.ts';
import type { GraphNode } from '../../src/graph/build-graph.ts';
import type { SearchIndexJson } from '../../src/search/search-index.ts';
import { astroBuild } from '../support/build-site.ts';
import { readBuiltSite, type BuiltSite } from '../support/built-site.ts';

// A generated corpus, big enough to catch what only breaks with many concepts (duplicate ids in
// the store, per-page work over the whole graph) yet quick to build; `npm run bench -- scale`
// builds 5,000.
const COUNT = 300;
const corpus = resolve('.cache/test-corpus-300');
const outDir = resolve('.cache/test-site/generated-300');
let ids: string[];
let site: BuiltSite;

describe(`a site built from ${COUNT} generated concepts`, () => {
  beforeAll(() => {
    ids = generateCorpus(corpus, COUNT, 7);
    rmSync(outDir, { recursive: true, force: true });
    const { status, output } = astroBuild({ outDir, contentDir: corpus });
    if (status !== 0) throw new Error(`build of the generated corpus failed:\n${output.slice(-4000)}`);
    site = readBuiltSite(outDir, '/');
  }, 240_000);

  it('has a page per concept, each with its title and relations', () => {
    for (const id of ids) expect(site.pages).toContain(`/concepts/${id}/`);
    const page = site.html('/concepts/concept-00150/');
    expect(page.querySelector('h1')?.text.trim()).toMatch(/ 150$/);
    expect(page.querySelectorAll('a[href^="/concepts/concept-"]').length).toBeGreaterThan(0);
  });

  it('writes graph.json with every concept as a node, at a build-time position', () => {
    const graph = JSON.parse(readFileSync(join(outDir, 'graph.json'), 'utf8')) as { nodes: (GraphNode & { x: number; y: number })[]; edges: unknown[] };
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
    for (const node of graph.nodes) expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
    expect(graph.edges.length).toBeGreaterThan(COUNT * 2);
  });

  it('writes a search index that covers every concept', () => {
    const index = JSON.parse(readFileSync(join(outDir, 'search-index.json'), 'utf8')) as SearchIndexJson;
    expect(index.entries.map((e) => e.id).sort()).toEqual([...ids].sort());
    expect(index.terms.length).toBeGreaterThan(1000);
  });

  it('has the assessment, its questions linking to generated concepts', () => {
    const assess = site.html('/assess/');
    expect(assess.querySelector('h1')).not.toBeNull();
    const linked = readFileSync(join(outDir, 'assess/index.html'), 'utf8').match(/concept-\d{5}/g) ?? [];
    expect(linked.length).toBeGreaterThan(0);
    for (const id of new Set(linked)) expect(ids).toContain(id);
  });
});
