// npm run catalogs [reference-dir]: derives the compact framework catalogs in content/frameworks/
// from the official files in shared/reference (or CONVERGE_REFERENCE_DIR). The build reads only the
// committed output, so a fresh clone never needs the reference folder. Output is deterministic:
// running it twice writes the same bytes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Catalog, CatalogItem, CatalogSource } from '../src/schema/catalog.ts';

const referenceDir = resolve(process.argv[2] ?? process.env.CONVERGE_REFERENCE_DIR ?? '../shared/reference');
// Where to write: the committed catalogs, unless a test asks for another folder to compare with them.
const outDir = resolve(process.env.CONVERGE_CATALOG_OUT ?? 'content/frameworks');
if (!existsSync(join(referenceDir, 'README.md'))) {
  console.error(`No reference folder at ${referenceDir}: pass its path as an argument or set CONVERGE_REFERENCE_DIR.`);
  process.exit(1);
}

/** A reference file with its provenance; the repository, commit and path are those the reference README records. */
function source(file: string, repository: string, commit: string, path: string, version: string): CatalogSource & { text: string } {
  const text = readFileSync(join(referenceDir, file), 'utf8');
  return { file, repository, commit, path, version, sha256: createHash('sha256').update(text).digest('hex'), text };
}

/** The identifier lists typed from the reference README: record its digest so a change to them is noticed. */
const readme = source('README.md', '', '', '', '');
const readmeSource = (what: string): CatalogSource => ({ file: readme.file, version: what, sha256: readme.sha256 });

function withoutText({ text: _text, ...rest }: CatalogSource & { text: string }): CatalogSource {
  return rest;
}

/** Writes one catalog: header fields first, then one item per line so a diff shows which identifiers changed. */
function write(catalog: Catalog) {
  const { items, ...header } = catalog;
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  const body = items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${catalog.framework}.json`), `${head},\n  "items": [\n${body}\n  ]\n}\n`);
  console.log(`content/frameworks/${catalog.framework}.json: ${items.length} identifiers`);
}

/** `1..n` as strings with a prefix: range('CC6.', 1, 8) → CC6.1 … CC6.8. */
const range = (prefix: string, from: number, to: number, pad = 0) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(pad, '0')}`);

// ---- NIST SP 800-53 Rev. 5 ----------------------------------------------------------------

interface OscalControl {
  id: string;
  title: string;
  props?: { name: string; value: string }[];
  links?: { href: string; rel: string }[];
  controls?: OscalControl[];
}

function sp80053(): Catalog {
  const catalogFile = source(
    'nist-sp-800-53-rev5/NIST_SP-800-53_rev5_catalog-min.json',
    'usnistgov/oscal-content', 'a849dbc', 'nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog-min.json', '',
  );
  const oscal = JSON.parse(catalogFile.text).catalog as { metadata: { version: string }; groups: { id: string; title: string; controls: OscalControl[] }[] };
  catalogFile.version = oscal.metadata.version;

  const baselines = ['LOW', 'MODERATE', 'HIGH', 'PRIVACY'] as const;
  const profiles = baselines.map((baseline) => {
    const name = `NIST_SP-800-53_rev5_${baseline}-baseline_profile.json`;
    const file = source(`nist-sp-800-53-rev5/profiles/${name}`, 'usnistgov/oscal-content', '88bb8de', `nist.gov/SP800-53/rev5/json/${name}`, '');
    const profile = JSON.parse(file.text).profile as { metadata: { version: string }; imports: { 'include-controls': { 'with-ids': string[] }[] }[] };
    file.version = profile.metadata.version;
    const ids = new Set(profile.imports.flatMap((i) => i['include-controls'].flatMap((c) => c['with-ids'])));
    return { baseline, file, ids };
  });

  const label = (c: OscalControl) => c.props?.find((p) => p.name === 'label')?.value ?? c.id.toUpperCase();
  // Where a withdrawn control went: another control, or a whole family (SA-12 went to SR).
  const where = new Map<string, string>();
  const walk = (controls: OscalControl[], visit: (c: OscalControl, parent?: OscalControl) => void, parent?: OscalControl) => {
    for (const c of controls) {
      visit(c, parent);
      walk(c.controls ?? [], visit, c);
    }
  };
  for (const group of oscal.groups) {
    where.set(group.id, `the ${group.id.toUpperCase()} family (${group.title})`);
    walk(group.controls, (c) => where.set(c.id, label(c)));
  }

  const items: CatalogItem[] = [];
  const known = new Set<string>();
  for (const group of oscal.groups) {
    walk(group.controls, (c, parent) => {
      known.add(c.id);
      const withdrawn = c.props?.some((p) => p.name === 'status' && p.value === 'withdrawn');
      const targets = (rel: string) => (c.links ?? []).filter((l) => l.rel === rel).map((l) => where.get(l.href.slice(1)) ?? l.href);
      const item: CatalogItem = {
        id: label(c),
        oscal: c.id,
        // SP 800-53 prints an enhancement's title after its control's: "Account Management | Automated Audit Actions".
        title: parent ? `${parent.title} | ${c.title}` : c.title,
      };
      const inBaselines = profiles.filter((p) => p.ids.has(c.id)).map((p) => p.baseline);
      if (inBaselines.length > 0) item.baselines = inBaselines;
      if (withdrawn) {
        item.status = 'withdrawn';
        if (targets('incorporated-into').length) item.incorporatedInto = targets('incorporated-into');
        if (targets('moved-to').length) item.movedTo = targets('moved-to');
      }
      items.push(item);
    });
  }
  for (const { baseline, ids } of profiles) {
    const missing = [...ids].filter((id) => !known.has(id));
    if (missing.length) throw new Error(`The ${baseline} baseline selects ids the catalog lacks: ${missing.join(', ')}`);
  }
  return {
    framework: 'nist-sp-800-53',
    checkedAgainst: `SP 800-53 Rev. 5, release ${oscal.metadata.version}`,
    completeness: `Every control and enhancement of release ${oscal.metadata.version} (withdrawn ones marked with where they went), with membership of the LOW, MODERATE, HIGH and PRIVACY baselines of release ${profiles[0]!.file.version}. Controls added after ${oscal.metadata.version} (such as IA-13) are not in it.`,
    licence: 'public domain (US), CC0 worldwide',
    titles: true,
    sources: [withoutText(catalogFile), ...profiles.map((p) => withoutText(p.file))],
    items,
  };
}

// ---- NIST CSF 2.0 -------------------------------------------------------------------------

/** The current CSF 2.0 subcategories, from the reference README (the file also holds CSF 1.1 ones, unmarked). */
const CSF2_SUBCATEGORIES = [
  ...range('GV.OC-', 1, 5, 2), ...range('GV.RM-', 1, 7, 2), ...range('GV.RR-', 1, 4, 2), ...range('GV.PO-', 1, 2, 2),
  ...range('GV.OV-', 1, 3, 2), ...range('GV.SC-', 1, 10, 2),
  ...range('ID.AM-', 1, 5, 2), 'ID.AM-07', 'ID.AM-08', ...range('ID.RA-', 1, 10, 2), ...range('ID.IM-', 1, 4, 2),
  ...range('PR.AA-', 1, 6, 2), ...range('PR.AT-', 1, 2, 2), 'PR.DS-01', 'PR.DS-02', 'PR.DS-10', 'PR.DS-11',
  ...range('PR.PS-', 1, 6, 2), ...range('PR.IR-', 1, 4, 2),
  'DE.CM-01', 'DE.CM-02', 'DE.CM-03', 'DE.CM-06', 'DE.CM-09', 'DE.AE-02', 'DE.AE-03', 'DE.AE-04', 'DE.AE-06', 'DE.AE-07', 'DE.AE-08',
  ...range('RS.MA-', 1, 5, 2), 'RS.AN-03', 'RS.AN-06', 'RS.AN-07', 'RS.AN-08', 'RS.CO-02', 'RS.CO-03', 'RS.MI-01', 'RS.MI-02',
  ...range('RC.RP-', 1, 6, 2), 'RC.CO-03', 'RC.CO-04',
];
const CSF2_CATEGORIES = [
  'GV.OC', 'GV.RM', 'GV.RR', 'GV.PO', 'GV.OV', 'GV.SC', 'ID.AM', 'ID.RA', 'ID.IM', 'PR.AA', 'PR.AT',
  'PR.DS', 'PR.PS', 'PR.IR', 'DE.CM', 'DE.AE', 'RS.MA', 'RS.AN', 'RS.CO', 'RS.MI', 'RC.RP', 'RC.CO',
];

/** Plain text of an XML fragment: tags dropped, entities decoded, white space collapsed. */
const xmlText = (xml: string) =>
  xml.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();

function csf(): Catalog {
  const file = source('nist-csf-2.0/NIST_CSF_v2.0_catalog.xml', 'usnistgov/oscal-content', '3b3cdee', 'src/nist.gov/CSF/v2.0/xml/NIST_CSF_v2.0_catalog.xml', '');
  const xml = file.text;
  const framework = /name="framework-version-identifier"[^>]*value="([^"]+)"/.exec(xml)?.[1];
  file.version = `${framework} (document ${/<version>([^<]+)<\/version>/.exec(xml)?.[1]})`;
  if (framework !== 'CSF_2_0_0') throw new Error(`Expected the CSF 2.0 catalog, found ${framework}`);

  // The file is regular OSCAL XML: a group or control opens with its id, then its title, then its statement or overview part.
  const found = new Map<string, { title: string; text?: string }>();
  const opening = /<(group|control) id="([^"]+)" class="(function|category|subcategory)">\s*<title>([^<]*)<\/title>/g;
  for (const m of xml.matchAll(opening)) {
    const id = m[2]!;
    const part = new RegExp(`<part id="${id.replace(/\./g, '\\.')}_(?:statement|overview)" name="(?:statement|overview)">([\\s\\S]*?)</part>`).exec(xml.slice(m.index));
    const text = part ? xmlText(part[1]!) : '';
    found.set(id, { title: xmlText(m[4]!), text: text || undefined });
  }
  const functions = ['GV', 'ID', 'PR', 'DE', 'RS', 'RC'];
  const current = new Set([...functions, ...CSF2_CATEGORIES, ...CSF2_SUBCATEGORIES]);
  const missing = [...current].filter((id) => !found.has(id));
  if (missing.length) throw new Error(`CSF 2.0 ids missing from the file: ${missing.join(', ')}`);

  // In the framework's own order (GV, ID, PR, DE, RS, RC; PR.AA … PR.IR), which the file does not keep.
  const item = (id: string): CatalogItem => {
    const { title, text } = found.get(id)!;
    // A subcategory's title in the file is its id; its words are the statement.
    return id.includes('-') ? { id, title: text! } : { id, title, ...(text ? { text } : {}) };
  };
  const items: CatalogItem[] = functions.flatMap((fn) => [
    item(fn),
    ...CSF2_CATEGORIES.filter((c) => c.startsWith(`${fn}.`)).flatMap((c) => [item(c), ...CSF2_SUBCATEGORIES.filter((s) => s.startsWith(`${c}-`)).map(item)]),
  ]);
  const previous = [...found.keys()].filter((id) => !current.has(id)).sort();
  return {
    framework: 'nist-csf-2',
    checkedAgainst: 'NIST CSF 2.0 (OSCAL catalog CSF_2_0_0)',
    completeness: `The 6 functions, ${CSF2_CATEGORIES.length} categories and ${CSF2_SUBCATEGORIES.length} subcategories of CSF 2.0, with their official text. The file also holds CSF 1.1 categories and subcategories without a withdrawn marker; they are listed under "previous" so a check can say an identifier is CSF 1.1.`,
    licence: 'public domain (US), CC0 worldwide',
    titles: true,
    sources: [withoutText(file), readmeSource('list of current CSF 2.0 categories and subcategories')],
    previous: { name: 'CSF 1.1', identifiers: previous },
    items,
  };
}

// ---- Allow-lists: identifiers only (their titles are copyrighted or under restrictive terms) ----

function iso27001(): Catalog {
  const themes: [string, number][] = [['5', 37], ['6', 8], ['7', 14], ['8', 34]];
  return {
    framework: 'iso-iec-27001-2022',
    checkedAgainst: 'ISO/IEC 27001:2022 Annex A (93 controls)',
    completeness: 'All 93 Annex A controls, identifiers only: the titles are copyrighted by ISO.',
    licence: 'identifiers are facts; no ISO text is copied',
    titles: false,
    sources: [readmeSource('ISO/IEC 27001:2022 Annex A identifier list')],
    items: themes.flatMap(([theme, count]) => range(`${theme}.`, 1, count)).map((id) => ({ id })),
  };
}

function cisControls(): Catalog {
  const safeguards = [5, 7, 14, 12, 6, 8, 7, 12, 7, 7, 5, 8, 11, 9, 7, 14, 9, 5];
  return {
    framework: 'cis-controls-v8',
    checkedAgainst: 'CIS Critical Security Controls v8 (18 controls, 153 safeguards)',
    completeness: 'All 18 controls and 153 safeguards, identifiers only: CIS titles are under restrictive terms.',
    licence: 'identifiers are facts; no CIS text is copied',
    titles: false,
    sources: [readmeSource('CIS Controls v8 safeguards per control')],
    items: safeguards.flatMap((count, i) => [String(i + 1), ...range(`${i + 1}.`, 1, count)]).map((id) => ({ id })),
  };
}

function soc2(): Catalog {
  const series: [string, number][] = [
    ['CC1.', 5], ['CC2.', 3], ['CC3.', 4], ['CC4.', 2], ['CC5.', 3], ['CC6.', 8], ['CC7.', 5], ['CC8.', 1], ['CC9.', 2],
    ['A1.', 3], ['C1.', 2], ['PI1.', 5], ['P1.', 1], ['P2.', 1], ['P3.', 2], ['P4.', 3], ['P5.', 2], ['P6.', 7], ['P7.', 1], ['P8.', 1],
  ];
  return {
    framework: 'soc-2',
    checkedAgainst: 'AICPA Trust Services Criteria (2017, points of focus revised 2022)',
    completeness: 'Every criterion of the 2017 Trust Services Criteria, identifiers only: the criteria text is AICPA copyright.',
    licence: 'identifiers are facts; no AICPA text is copied',
    titles: false,
    sources: [readmeSource('Trust Services Criteria identifier list')],
    items: series.flatMap(([prefix, count]) => range(prefix, 1, count)).map((id) => ({ id })),
  };
}

/**
 * 45 CFR 164.308–164.316 as paragraph trees: each leaf is a standard or implementation
 * specification; every paragraph above a leaf is a valid citation too. Typed from the regulation's
 * current text (before the 2025 proposed rule), since no machine-readable copy is in the reference folder.
 */
const HIPAA_PARAGRAPHS = [
  '164.308(a)(1)(i)', '164.308(a)(1)(ii)(A)', '164.308(a)(1)(ii)(B)', '164.308(a)(1)(ii)(C)', '164.308(a)(1)(ii)(D)',
  '164.308(a)(2)',
  '164.308(a)(3)(i)', '164.308(a)(3)(ii)(A)', '164.308(a)(3)(ii)(B)', '164.308(a)(3)(ii)(C)',
  '164.308(a)(4)(i)', '164.308(a)(4)(ii)(A)', '164.308(a)(4)(ii)(B)', '164.308(a)(4)(ii)(C)',
  '164.308(a)(5)(i)', '164.308(a)(5)(ii)(A)', '164.308(a)(5)(ii)(B)', '164.308(a)(5)(ii)(C)', '164.308(a)(5)(ii)(D)',
  '164.308(a)(6)(i)', '164.308(a)(6)(ii)',
  '164.308(a)(7)(i)', '164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)', '164.308(a)(7)(ii)(C)', '164.308(a)(7)(ii)(D)', '164.308(a)(7)(ii)(E)',
  '164.308(a)(8)',
  '164.308(b)(1)', '164.308(b)(2)', '164.308(b)(3)',
  '164.310(a)(1)', '164.310(a)(2)(i)', '164.310(a)(2)(ii)', '164.310(a)(2)(iii)', '164.310(a)(2)(iv)',
  '164.310(b)', '164.310(c)',
  '164.310(d)(1)', '164.310(d)(2)(i)', '164.310(d)(2)(ii)', '164.310(d)(2)(iii)', '164.310(d)(2)(iv)',
  '164.312(a)(1)', '164.312(a)(2)(i)', '164.312(a)(2)(ii)', '164.312(a)(2)(iii)', '164.312(a)(2)(iv)',
  '164.312(b)',
  '164.312(c)(1)', '164.312(c)(2)',
  '164.312(d)',
  '164.312(e)(1)', '164.312(e)(2)(i)', '164.312(e)(2)(ii)',
  '164.314(a)(1)', '164.314(a)(2)(i)', '164.314(a)(2)(ii)', '164.314(a)(2)(iii)',
  '164.314(b)(1)', '164.314(b)(2)(i)', '164.314(b)(2)(ii)', '164.314(b)(2)(iii)', '164.314(b)(2)(iv)',
  '164.316(a)',
  '164.316(b)(1)', '164.316(b)(2)(i)', '164.316(b)(2)(ii)', '164.316(b)(2)(iii)',
];

function hipaa(): Catalog {
  const ids = new Set(['164.302', '164.304', '164.306', '164.318']);
  for (const leaf of HIPAA_PARAGRAPHS) {
    // 164.308(a)(1)(ii)(A) also makes 164.308, 164.308(a), 164.308(a)(1) and 164.308(a)(1)(ii) citable.
    const parts = leaf.split('(');
    for (let i = 1; i <= parts.length; i++) ids.add(parts.slice(0, i).join('('));
  }
  const numeric = new Intl.Collator('en', { numeric: true });
  return {
    framework: 'hipaa-security-rule',
    checkedAgainst: 'HIPAA Security Rule, 45 CFR Part 164 Subpart C',
    completeness: `The sections of Subpart C (164.302–164.318) and every standard and implementation specification of 164.308–164.316 with the paragraphs above them (${HIPAA_PARAGRAPHS.length} leaves), typed from the regulation's text as in force before the 2025 proposed rule; paragraphs inside 164.302–164.306 and 164.318 are not listed.`,
    licence: 'US federal regulation; identifiers only',
    titles: false,
    sources: [readmeSource('HIPAA Security Rule sections and examples; paragraphs from 45 CFR 164.308–164.316')],
    items: [...ids].sort(numeric.compare).map((id) => ({ id })),
  };
}

for (const build of [sp80053, csf, iso27001, cisControls, soc2, hipaa]) write(build());
