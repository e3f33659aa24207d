import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphNode } from '../../src/graph/build-graph.ts';
import { openSearchIndex } from '../../src/search/open-index.ts';
import { search } from '../../src/search/query.ts';
import type { SearchIndexJson } from '../../src/search/search-index.ts';
import { astroBuild } from '../support/build-site.ts';
import { readBuiltSite, type BuiltSite } from '../support/built-site.ts';
import { hasJava, htmlErrors } from '../support/html-check.ts';

// Our content with the example layer of test/fixtures/layers/acme on top: three concepts of its
// own (a control, a role, its catalog's framework page), a learning path, an internal control
// catalog and an override of our change enablement.
const LAYER = 'test/fixtures/layers/acme';
const LAYER_IDS = ['acme-change-gate', 'acme-release-captain', 'acme-controls'];
const outDir = resolve('.cache/test-site/layer-acme');
let site: BuiltSite;
const json = <T>(file: string) => JSON.parse(readFileSync(join(outDir, file), 'utf8')) as T;

describe("a site built with an organization's layer", () => {
  beforeAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    const { status, output } = astroBuild({ outDir, layer: LAYER });
    if (status !== 0) throw new Error(`build with the acme layer failed:\n${output.slice(-4000)}`);
    site = readBuiltSite(outDir, '/');
  }, 240_000);

  it("has a page per layer concept, next to ours, with its relations to our concepts", () => {
    for (const id of LAYER_IDS) expect(site.pages).toContain(`/concepts/${id}/`);
    expect(site.pages).toContain('/concepts/incident-management/');
    const gate = site.html('/concepts/acme-change-gate/');
    expect(gate.querySelector('h1')?.text.trim()).toBe('Acme change gate');
    const links = gate.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/concepts/change-enablement/', '/concepts/acme-release-captain/', '/concepts/change-security-risk-rating/']));
    // The inverse shows on our side: change enablement lists the gate among its parts.
    expect(site.html('/concepts/change-enablement/').querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/concepts/acme-change-gate/');
  });

  it('shows the mapping to the internal catalog on the page, with its title, and in mappings.json', () => {
    const row = site.html('/concepts/acme-change-gate/').querySelectorAll('tr').find((tr) => tr.text.includes('ACME-CTL-12'));
    expect(row?.text).toContain('Acme internal control catalog');
    expect(row?.text).toContain('High-risk changes pass the Acme change gate');
    const mappings = json<{ checkedAgainst: Record<string, string>; mappings: Record<string, string>[] }>('mappings.json');
    expect(mappings.mappings).toContainEqual(expect.objectContaining({ concept: 'acme-change-gate', framework: 'acme-controls', identifier: 'ACME-CTL-12', officialTitle: 'High-risk changes pass the Acme change gate' }));
    expect(mappings.checkedAgainst['acme-controls']).toBe('the Acme internal control catalog, 2026 edition');
    // The catalog's framework page lists every concept mapped to it, as ours do.
    const catalogPage = site.html('/concepts/acme-controls/').text;
    expect(catalogPage).toContain('ACME-CTL-12');
    expect(catalogPage).toContain('Acme change gate');
  });

  it('puts the layer concepts in graph.json, with a mapsTo edge to the internal catalog', () => {
    const graph = json<{ nodes: GraphNode[]; edges: { source: string; target: string; type: string }[] }>('graph.json');
    const ids = graph.nodes.map((n) => n.id);
    for (const id of LAYER_IDS) expect(ids).toContain(id);
    expect(ids.filter((id) => id === 'change-enablement')).toHaveLength(1);
    expect(graph.edges).toContainEqual(expect.objectContaining({ source: 'acme-change-gate', target: 'change-enablement', type: 'partOf' }));
    expect(graph.edges).toContainEqual(expect.objectContaining({ source: 'acme-change-gate', target: 'acme-controls', type: 'mapsTo' }));
  });

  it('finds the layer concepts in search, by title and by internal control identifier', () => {
    const index = openSearchIndex(json<SearchIndexJson>('search-index.json'));
    expect(search(index, 'release captain').hits[0]?.entry.id).toBe('acme-release-captain');
    expect(search(index, 'ACME-CTL-12').hits[0]?.entry.id).toBe('acme-change-gate');
  });

  it('lists the layer concepts and their aliases in the glossary', () => {
    const glossary = site.html('/glossary/');
    const hrefs = glossary.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const id of LAYER_IDS) expect(hrefs).toContain(`/concepts/${id}/`);
    expect(glossary.text).toContain('Release gate at Acme');
  });

  it("has the layer's learning path, walking from our concept to its own", () => {
    const path = site.html('/paths/acme-change-onboarding/');
    expect(path.querySelector('h1')?.text).toContain('Acme change onboarding');
    expect(site.pages).toContain('/paths/acme-change-onboarding/3/');
  });

  it("shows on an overridden page that it is the organization's version, with the organization's text", () => {
    const page = site.html('/concepts/change-enablement/');
    expect(page.querySelector('.layer-note')?.text).toContain("This page is Acme Corp's version of Change enablement.");
    expect(page.querySelector('.lead')?.text).toMatch(/^At Acme, /);
    expect(page.querySelectorAll('h2').map((h) => h.text)).toContain('At Acme');
    // Our own pages carry no such note.
    expect(site.html('/concepts/incident-management/').querySelector('.layer-note')).toBeNull();
  });

  it.skipIf(!hasJava)('builds valid HTML for the layer pages and the override note', { timeout: 120_000 }, () => {
    // One run of the checker over copies of the pages the layer makes or changes.
    const dir = resolve('.cache/test-site/layer-acme-pages');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const page of ['/concepts/change-enablement/', '/concepts/acme-change-gate/', '/concepts/acme-controls/', '/paths/acme-change-onboarding/']) {
      copyFileSync(site.fileFor(page)!, join(dir, `${page.replaceAll('/', '_')}.html`));
    }
    expect(htmlErrors({ dir })).toEqual([]);
  });
});

describe("a layer that reuses one of our ids without saying so", () => {
  it('stops the build, naming both files and the layer', () => {
    const { status, output } = astroBuild({ outDir: '.cache/test-site/layer-duplicate', layer: 'test/fixtures/layers/unmarked-duplicate' });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'test/fixtures/layers/unmarked-duplicate/concepts/change-enablement.mdx  (file name) "change-enablement" has the same id as content/concepts/change-enablement.mdx: mark it `overrides: true` to replace ours, or give it an id of its own [layer test/fixtures/layers/unmarked-duplicate]',
    );
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
