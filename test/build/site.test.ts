import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { RELATION_LABELS, SYMMETRIC } from '../../src/graph/relations.ts';
import { NODE_TYPE_INFO } from '../../src/graph/node-types.ts';
import type { GraphEdge, GraphNode } from '../../src/graph/build-graph.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { hasOfficialTitles, officialTitle } from '../../src/schema/framework-catalogs.ts';
import { FRAMEWORKS, type FrameworkKey } from '../../src/schema/frameworks.ts';
import { graphJsonSchema } from '../../src/schema/graph-json.ts';
import type { SearchIndexJson } from '../../src/search/search-index.ts';
import type { AssessmentData } from '../../src/site/assessment-data.ts';
import { pageJavaScript } from '../../scripts/bench/page-weight.ts';
import { readBuiltSite, type BuiltSite } from '../support/built-site.ts';

const sites = inject('sites');
const root = readBuiltSite(sites.root.dir, sites.root.base);
const subpath = readBuiltSite(sites.subpath.dir, sites.subpath.base);
const graphOf = (site: BuiltSite) =>
  JSON.parse(readFileSync(join(site.dir, 'graph.json'), 'utf8')) as { format: string; version: number; nodes: GraphNode[]; edges: GraphEdge[] };

/** Every internal link and asset reference on every page, with the page it sits on. */
function internalReferences(site: BuiltSite) {
  return site.pages.flatMap((page) =>
    site.html(page)
      .querySelectorAll('a[href], link[href], script[src], img[src]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
      .filter((ref) => !/^(https?:|mailto:|data:)/.test(ref))
      .map((ref) => ({ page, ref, url: new URL(ref, `http://site${page}`) })),
  );
}

describe.each([
  ['at the root', root],
  ['under /converge/', subpath],
])('the built site %s', (_, site) => {

  it('preloads, once each, every module the graph page scripts import, so none waits on another', () => {
    const page = site.html(`${site.base}graph/`);
    const preloads = page.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute('href')!);
    expect(new Set(preloads).size).toBe(preloads.length);
    for (const href of preloads) expect(site.fileFor(href), href).toBeDefined();
    const imported = page.querySelectorAll('script[type="module"]').flatMap((script) => {
      const code = readFileSync(site.fileFor(script.getAttribute('src')!)!, 'utf8');
      return [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => `${site.base}_astro/${m[1]}`);
    });
    for (const href of imported) expect(preloads).toContain(href);
    // Cytoscape, the bulk of it, is none of them: it loads when the reader moves to the graph, a file of its own.
    expect([...imported, ...preloads].some((href) => /cytoscape/.test(href))).toBe(false);
    const explorer = page.querySelectorAll('script[type="module"]').map((script) => readFileSync(site.fileFor(script.getAttribute('src')!)!, 'utf8')).join('\n');
    const [cytoscape] = explorer.match(/_astro\/cytoscape[^"'`]*\.mjs/) ?? [];
    expect(cytoscape && site.fileFor(`${site.base}${cytoscape}`), cytoscape).toBeDefined();
  });
  it('has a page for every concept', () => {
    const { concepts } = validateContent();
    for (const { id } of concepts) expect(site.pages).toContain(`${site.base}concepts/${id}/`);
    expect(site.pages).toContain(site.base);
    expect(site.pages).toContain(`${site.base}concepts/`);
  });

  it('has no broken internal link, asset or in-page anchor', () => {
    const broken = internalReferences(site).flatMap(({ page, ref, url }) => {
      if (!site.fileFor(url.pathname)) return [`${page} -> ${ref}`];
      const anchor = url.hash.slice(1);
      if (anchor && url.pathname.endsWith('/') && !site.html(url.pathname).getElementById(decodeURIComponent(anchor))) {
        return [`${page} -> ${ref} (no element with id "${anchor}")`];
      }
      return [];
    });
    expect(broken).toEqual([]);
  });

  it('keeps every internal link under the base path', () => {
    const outside = internalReferences(site).filter(({ ref }) => ref.startsWith('/') && !ref.startsWith(site.base));
    expect(outside.map(({ page, ref }) => `${page} -> ${ref}`)).toEqual([]);
  });

  it('publishes graph.json with every node and typed edge, URLs under the base', () => {
    const graph = graphOf(site);
    const { concepts } = validateContent();
    expect(graph).toMatchObject({ format: 'converge-graph', version: 1 });
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(concepts.map((c) => c.id).sort());
    for (const node of graph.nodes) expect(site.fileFor(node.url), node.url).toBeDefined();
    const authored = concepts.flatMap((c) => Object.values(c.data.relations).flat()).length;
    expect(graph.edges.filter((e) => e.type !== 'mapsTo')).toHaveLength(authored);
  });

  it('publishes a JSON Schema next to graph.json that the file satisfies', () => {
    expect(graphJsonSchema.safeParse(graphOf(site)).error?.issues ?? []).toEqual([]);
    const schema = JSON.parse(readFileSync(join(site.dir, 'graph.schema.json'), 'utf8'));
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(Object.keys(schema.properties)).toEqual(['format', 'version', 'nodes', 'edges', 'paths']);
  });

  it('publishes every scorecard format version as /schema/scorecard.v<n>.json', () => {
    expect(JSON.parse(readFileSync(join(site.dir, 'schema/scorecard.v1.json'), 'utf8')).properties.version.const).toBe(1);
    expect(JSON.parse(readFileSync(join(site.dir, 'schema/scorecard.v2.json'), 'utf8')).properties.version.const).toBe(2);
    expect(JSON.parse(readFileSync(join(site.dir, 'schema/scorecard.v3.json'), 'utf8')).properties.version.const).toBe(3);
    const schema = JSON.parse(readFileSync(join(site.dir, 'schema/scorecard.v4.json'), 'utf8'));
    expect(schema.$id).toMatch(/schema\/scorecard\.v4\.json$/);
    expect(schema.properties.version.const).toBe(4);
    expect(schema.properties.roadmap.properties.items.items.properties.kind.enum).toEqual(['raise', 'find-out']);
    expect(schema.properties.perspective.enum).toEqual(['joint', 'security', 'operations']);
    expect(schema.properties.format.const).toBe('converge-scorecard');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'modelVersion', 'answers', 'results']));
  });
});

describe('home page', () => {
  it('keeps the spaces around inline emphasis', () => {
    expect(root.html('/').querySelector('.prose')!.text.replace(/\s+/g, ' ')).toContain('a control is part of a practice, owned by a role');
  });
});

describe('concept pages', () => {
  const graph = graphOf(root);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));

  /**
   * Whether a page shows its relation to `other`: a link under the relation's name, or, since each
   * neighbour is listed once, under the first of its typed relations with this one noted ("also
   * owns"); "related to" gives way to any typed relation, and on a framework page to the table.
   */
  function showsRelation(pageUrl: string, other: string, type: string, direction: string) {
    const page = root.html(pageUrl);
    const links = page.querySelectorAll(`.relation-groups a[href="${other}"]`);
    if (links.some((a) => a.getAttribute('data-relation') === type && a.getAttribute('data-direction') === direction)) return true;
    if (links.some((a) => (a.getAttribute('data-also') ?? '').split(' ').includes(`${type}:${direction}`))) return true;
    const inTable = page.querySelector(`#mapped-heading ~ .table-scroll tr.identifier a[href="${other}"]`) !== null;
    if (type === 'relatedTo') return links.length > 0 || inTable;
    return type === 'mapsTo' && direction === 'incoming' && inTable;
  }

  it('render every relation as a link on both ends, under its name and its inverse name', () => {
    const missing: string[] = [];
    for (const edge of graph.edges) {
      const source = byId.get(edge.source)!;
      const target = byId.get(edge.target)!;
      const backDirection = SYMMETRIC.has(edge.type) ? 'outgoing' : 'incoming';
      if (!showsRelation(source.url, target.url, edge.type, 'outgoing')) missing.push(`${edge.source} does not link to ${edge.target} under "${RELATION_LABELS[edge.type].outgoing}"`);
      if (!showsRelation(target.url, source.url, edge.type, backDirection)) missing.push(`${edge.target} does not link back to ${edge.source} under "${RELATION_LABELS[edge.type][backDirection]}"`);
    }
    expect(missing).toEqual([]);
  });

  it('list each neighbour once in the relations, and a framework page\'s mapped concepts only in its table', () => {
    for (const node of graph.nodes) {
      const page = root.html(node.url);
      const hrefs = page.querySelectorAll('.relation-groups a').map((a) => a.getAttribute('href'));
      expect(new Set(hrefs).size, node.id).toBe(hrefs.length);
      expect(page.querySelectorAll('.relation-groups a[data-relation="mapsTo"][data-direction="incoming"]'), node.id).toHaveLength(0);
      const inTable = new Set(page.querySelectorAll('#mapped-heading ~ .table-scroll tr.identifier a').map((a) => a.getAttribute('href')));
      const related = page.querySelectorAll('.relation-groups a[data-relation="relatedTo"]').map((a) => a.getAttribute('href'));
      expect(related.filter((href) => inTable.has(href)), node.id).toEqual([]);
    }
  });

  it('link every h2 of the text from "On this page", in page order', () => {
    for (const node of graph.nodes) {
      const page = root.html(node.url);
      const headings = page.querySelectorAll('.concept-body h2').map((h) => h.getAttribute('id'));
      expect(headings.every(Boolean), node.id).toBe(true);
      expect(new Set(headings).size, node.id).toBe(headings.length);
      const links = page.querySelectorAll('nav.toc[aria-label="On this page"] a').map((a) => a.getAttribute('href'));
      expect(links, node.id).toEqual(headings.map((id) => `#${id}`));
    }
  });

  it('frame boundaries as what integration is not, and never head their description "What it is"', () => {
    const { concepts } = validateContent();
    for (const { id, data } of concepts) {
      const page = root.html(`/concepts/${id}/`);
      const banner = page.querySelector('.boundary-banner');
      if (data.type !== 'boundary') {
        expect(banner, id).toBeNull();
        continue;
      }
      expect(banner?.text, id).toContain('This is what integration is not');
      expect(page.querySelector('#is-heading')?.text, id).toBe('What it looks like');
      expect(page.querySelector('#instead-heading + p')?.text, id).toBe(data.boundary!.instead);
    }
  });

  it('show title, type badge, summary, boundary and mappings from the frontmatter', () => {
    const { concepts } = validateContent();
    for (const { id, data } of concepts) {
      const page = root.html(`/concepts/${id}/`);
      expect(page.querySelector('h1')?.text).toBe(data.title);
      expect(page.querySelector('.badge')?.getAttribute('data-type')).toBe(data.type);
      expect(page.querySelector('.lead')?.text).toBe(data.summary);
      expect(page.querySelectorAll('.is li')).toHaveLength(data.is.length);
      expect(page.querySelectorAll('.is-not li')).toHaveLength(data.isNot.length);
      const identifiers = page.querySelectorAll('#mappings-heading ~ .table-scroll tbody tr code').map((c) => c.text);
      expect(identifiers).toEqual(data.mappings.map((m) => m.identifier));
      const relationships = page.querySelectorAll('#mappings-heading ~ .table-scroll tbody td[data-relationship]').map((td) => td.getAttribute('data-relationship'));
      expect(relationships).toEqual(data.mappings.map((m) => m.relationship));
    }
  });

  it('say what each framework in the mapping table was checked against', () => {
    const note = root.html('/concepts/change-enablement/').querySelector('#mappings-heading ~ p.small')!.text;
    expect(note).toContain('NIST SP 800-53 Rev. 5: checked against SP 800-53 Rev. 5, release 5.0.1');
    expect(note).toContain('PCI DSS v4.0.1: checked for form only');
  });

  it('say in words how each mapping relates to its control', () => {
    const rows = root.html('/concepts/joint-change-advisory-board/').querySelectorAll('#mappings-heading ~ .table-scroll tbody tr');
    const says = (identifier: string) => rows.find((row) => row.querySelector('code')?.text === identifier)?.querySelector('td[data-relationship]')?.text;
    expect(says('CM-3(4)')).toBe('covers all of');
    expect(says('CM-3')).toBe('overlaps with');
  });

  it('show the official title beside every mapping whose framework publishes one, and SP 800-53 baselines as text', () => {
    const { concepts } = validateContent();
    const missing: string[] = [];
    for (const { id, data } of concepts) {
      const rows = root.html(`/concepts/${id}/`).querySelectorAll('#mappings-heading ~ .table-scroll tbody tr');
      data.mappings.forEach((m, i) => {
        const official = officialTitle(m.framework, m.identifier);
        if (hasOfficialTitles(m.framework) && rows[i]?.querySelector('[data-official-title]')?.text !== official?.title) missing.push(`${id}: ${m.identifier}`);
      });
    }
    expect(missing).toEqual([]);
    const cm3 = root.html('/concepts/change-enablement/').querySelectorAll('#mappings-heading ~ .table-scroll tbody tr').find((tr) => tr.querySelector('code')?.text === 'CM-3');
    expect(cm3?.text).toContain('Configuration Change Control');
    expect(cm3?.querySelectorAll('.baseline').map((b) => b.text)).toEqual(['Moderate', 'High']);
  });

  it('list on a framework page each mapped identifier once, with its title, its concepts and the release checked against', () => {
    const { concepts } = validateContent();
    for (const framework of Object.keys(FRAMEWORKS) as FrameworkKey[]) {
      const mapped = concepts.flatMap((c) => c.data.mappings.filter((m) => m.framework === framework).map((m) => ({ concept: c.id, identifier: m.identifier })));
      if (mapped.length === 0) continue;
      const page = root.html(`/concepts/${framework}/`);
      const rows = page.querySelectorAll('#mapped-heading ~ .table-scroll tbody tr.identifier');
      const listed = rows.map((tr) => tr.querySelector('code')!.text);
      expect(listed, framework).toEqual([...new Set(listed)]);
      expect(new Set(listed), framework).toEqual(new Set(mapped.map((m) => m.identifier)));
      for (const { concept, identifier } of mapped) {
        const row = rows.find((tr) => tr.querySelector('code')!.text === identifier)!;
        expect(row.querySelector(`a[href="/concepts/${concept}/"]`), `${framework} ${identifier} ${concept}`).not.toBeNull();
        if (hasOfficialTitles(framework)) expect(row.querySelector('[data-official-title]')?.text).toBe(officialTitle(framework, identifier)?.title);
      }
      const intro = page.querySelector('#mapped-heading + p')!.text;
      expect(intro).toContain(framework === 'pci-dss-4' ? 'checked for form only' : 'checked against');
      expect(page.querySelector('#mapped-heading + p a[href="/mappings.csv"]')).not.toBeNull();
    }
    expect(root.html('/concepts/nist-sp-800-53/').querySelector('#mapped-heading + p')!.text).toContain('checked against SP 800-53 Rev. 5, release 5.0.1');
  });

  it('export every mapping as CSV and JSON with official titles', () => {
    const { concepts } = validateContent();
    const count = concepts.reduce((n, c) => n + c.data.mappings.length, 0);
    const csv = readFileSync(join(root.dir, 'mappings.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFconcept,concept_title,framework,')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(count + 1);
    const json = JSON.parse(readFileSync(join(root.dir, 'mappings.json'), 'utf8'));
    expect(json.mappings).toHaveLength(count);
    expect(json.checkedAgainst['nist-sp-800-53']).toBe('SP 800-53 Rev. 5, release 5.0.1');
    expect(json.mappings).toContainEqual(expect.objectContaining({ concept: 'change-enablement', identifier: 'CM-3', officialTitle: 'Configuration Change Control' }));
  });

  it('draw their neighbourhood, at most 16 concepts of it, with a link to the explorer focused on them', () => {
    const graph = graphOf(root);
    const urls = new Map(graph.nodes.map((n) => [n.id, n.url]));
    let crowded = 0;
    for (const node of graph.nodes) {
      const neighbours = new Set(graph.edges.flatMap((e) => (e.source === node.id ? [e.target] : e.target === node.id ? [e.source] : [])));
      const figure = root.html(node.url).querySelector('figure.local-graph');
      if (neighbours.size === 0) {
        expect(figure, node.id).toBeNull();
        continue;
      }
      const drawn = figure!.querySelectorAll('svg a').map((a) => a.getAttribute('href'));
      expect(drawn, node.id).toHaveLength(Math.min(16, neighbours.size));
      expect(new Set(drawn).size).toBe(drawn.length);
      for (const href of drawn) expect([...neighbours].map((id) => urls.get(id))).toContain(href);
      expect(figure!.querySelector('figcaption a')!.getAttribute('href')).toBe(`${root.base}graph/?focus=${node.id}`);
      // The concept's own name is never cut short, only wrapped; the legend names every type drawn.
      const centre = figure!.querySelectorAll('text.centre tspan').map((t) => t.text).join(' ');
      expect(centre, node.id).toBe(node.title);
      const legend = figure!.querySelector('.graph-legend')!.text;
      const drawnTypes = new Set([node.type, ...drawn.map((href) => graph.nodes.find((n) => n.url === href)!.type)]);
      for (const type of drawnTypes) expect(legend, node.id).toContain(NODE_TYPE_INFO[type].label);
      if (neighbours.size > 16) {
        crowded++;
        expect(figure!.querySelector('figcaption')!.text).toContain(`16 of its ${neighbours.size} neighbours`);
      }
    }
    expect(crowded).toBeGreaterThan(0);
  });

  it('load no JavaScript but the search launcher and reading aids (under 2 KB gzip) and the offline registration (under 1 KB)', () => {
    const scripts = new Set(root.pages.filter((p) => p.startsWith('/concepts/') && p !== '/concepts/').flatMap((p) => root.html(p).querySelectorAll('script').map((s) => s.getAttribute('src') ?? 'inline')));
    expect(scripts.size).toBe(2);
    const entry = [...scripts].find((src) => /^\/_astro\/Base.*\.js$/.test(src));
    // The registration of the offline worker, which the service-worker integration adds to built pages.
    const offline = [...scripts].find((src) => src !== entry)!;
    expect(readFileSync(join(root.dir, offline), 'utf8')).toContain('serviceWorker.register');
    // The preview card and the "on this page" highlight are loaded on first use, not with the page.
    expect(readFileSync(join(root.dir, entry!), 'utf8')).toMatch(/import\(`\.\/preview-card\.[\w-]+\.js`\)/);
    const page = root.fileFor('/concepts/change-enablement/')!;
    const reading = pageJavaScript(root.dir, root.base, page, { exclude: join(root.dir, offline) });
    expect(reading.files).toHaveLength(1);
    expect(reading.gzip).toBeLessThanOrEqual(2048);
    const all = pageJavaScript(root.dir, root.base, page);
    expect(all.files).toHaveLength(2);
    expect(all.gzip - reading.gzip).toBeLessThanOrEqual(1024);
  });
});

describe.each([
  ['at the root', root],
  ['under /converge/', subpath],
])('search %s', (_, site) => {
  const index = JSON.parse(readFileSync(join(site.dir, 'search-index.json'), 'utf8')) as SearchIndexJson;

  it('publishes search-index.json with every concept, its URL under the base', () => {
    const { concepts } = validateContent();
    expect(index).toMatchObject({ format: 'converge-search-index', version: 2 });
    expect(index.entries.map((e) => e.id).sort()).toEqual(concepts.map((c) => c.id).sort());
    for (const entry of index.entries) expect(site.fileFor(entry.url), entry.url).toBeDefined();
    expect(index.terms.length).toBe(index.postings.length);
  });

  it('puts a launcher in the header of every page, pointing at the search page and the index under the base', () => {
    // A path's presentation and presenter view are full-screen for a room and have no header.
    const missing = site.pages.filter((p) => !/\/paths\/[^/]+\/present(er)?\/$/.test(p)).filter((p) => {
      const launcher = site.html(p).querySelector('header [data-search-launcher]');
      return launcher?.getAttribute('href') !== `${site.base}search/` || launcher.getAttribute('data-search-index') !== `${site.base}search-index.json`;
    });
    expect(missing).toEqual([]);
  });

  it('has no inline script on any page, so a strict Content-Security-Policy can forbid them', () => {
    // JSON data blocks are not scripts: browsers never run them, and CSP does not apply.
    const inline = site.pages.filter((p) => site.html(p).querySelectorAll('script:not([src]):not([type="application/json"])').some((s) => s.text.trim() !== ''));
    expect(inline).toEqual([]);
  });

  it('tells readers without JavaScript where else to look', () => {
    const noscript = site.html(`${site.base}search/`).querySelector('noscript')!;
    expect(noscript.text).toMatch(/needs JavaScript/);
    // noscript content is raw text to the parser: check the links by their markup.
    expect(noscript.innerHTML).toContain(`href="${site.base}concepts/"`);
    expect(noscript.innerHTML).toContain(`href="${site.base}glossary/"`);
  });
});

describe.each([
  ['at the root', root],
  ['under /converge/', subpath],
])('the scorecard pages %s', (_, site) => {
  const model = validateContent().assessment!;
  const pages = ['assess/', 'scorecard/', 'compare/', 'aggregate/', 'gap/'].map((p) => `${site.base}${p}`);
  const descriptors = model.dimensions.flatMap((d) => d.questions.flatMap((q) => q.levels));

  it('link one assessment.json under the base, the model with every concept it links to, and preload it', () => {
    for (const page of pages) {
      const links = site.html(page).querySelectorAll('head link[data-assessment-data]');
      expect(links.map((l) => [l.getAttribute('rel'), l.getAttribute('as'), l.getAttribute('href')]), page).toEqual([['preload', 'fetch', `${site.base}assessment.json`]]);
    }
    const data = JSON.parse(readFileSync(join(site.dir, 'assessment.json'), 'utf8')) as AssessmentData;
    expect(data.model).toEqual(JSON.parse(JSON.stringify(model)));
    expect(Object.keys(data.versions).map(Number)).toContain(model.modelVersion);
    for (const concept of Object.values(data.concepts)) expect(site.fileFor(concept.url), concept.url).toBeDefined();
  });

  it('carry the model at most once: /assess/ renders the questionnaire, and no page embeds the model as data', () => {
    for (const page of pages) expect(site.html(page).querySelectorAll('script[type="application/json"]'), page).toEqual([]);
    const questionnaire = site.html(`${site.base}assess/`).text;
    expect(descriptors.filter((d) => !questionnaire.includes(d))).toEqual([]);
    for (const page of pages.slice(1)) {
      const text = site.html(page).text;
      expect(descriptors.filter((d) => text.includes(d)), page).toEqual([]);
    }
  });
});
