import { toCsv } from '../assessment/csv.ts';
import { CATALOGS, catalogItem, officialTitle } from '../schema/framework-catalogs.ts';
import { FRAMEWORKS, type FrameworkKey, type FrameworkRule } from '../schema/frameworks.ts';

/** What this module needs of a concept: its id, title and mappings (an Astro entry or a validated file). */
export interface MappedConcept {
  id: string;
  data: { title: string; mappings: readonly { framework: string; identifier: string; note?: string; relationship?: string }[] };
}

/** One mapping of one concept, with what the framework's catalog says about the identifier. */
export interface MappingRow {
  concept: string;
  conceptTitle: string;
  framework: FrameworkKey;
  frameworkName: string;
  identifier: string;
  /** The publisher's title (NIST only); for a CSF subcategory, its statement. */
  officialTitle?: string;
  /** SP 800-53 baselines that select the control. */
  baselines?: string[];
  /** How the concept relates to the control, in NIST IR 8477's words (intersects-with unless the content says otherwise). */
  relationship: string;
  note?: string;
}

const numeric = new Intl.Collator('en', { numeric: true });

/** Every mapping of every concept, in concept then framework then identifier order, so exports diff cleanly. */
export function mappingRows(concepts: readonly MappedConcept[]): MappingRow[] {
  return concepts
    .flatMap((concept) =>
      concept.data.mappings.map((mapping): MappingRow => {
        const framework = mapping.framework as FrameworkKey;
        const item = catalogItem(framework, mapping.identifier);
        return {
          concept: concept.id,
          conceptTitle: concept.data.title,
          framework,
          frameworkName: FRAMEWORKS[framework].name,
          identifier: mapping.identifier,
          officialTitle: officialTitle(framework, mapping.identifier)?.title,
          baselines: item?.baselines,
          relationship: mapping.relationship ?? 'intersects-with',
          note: mapping.note,
        };
      }),
    )
    .sort((a, b) => a.concept.localeCompare(b.concept) || a.framework.localeCompare(b.framework) || numeric.compare(a.identifier, b.identifier));
}

/** The mappings as CSV for spreadsheets: BOM, CRLF, and cells that cannot run as formulas. */
export function mappingsCsv(rows: readonly MappingRow[]): string {
  const header = ['concept', 'concept_title', 'framework', 'framework_name', 'identifier', 'official_title', 'baselines', 'relationship', 'note'];
  return toCsv(header, rows.map((r) => [r.concept, r.conceptTitle, r.framework, r.frameworkName, r.identifier, r.officialTitle, r.baselines?.join(' '), r.relationship, r.note]));
}

/** The mappings as JSON for GRC tools, with the catalog release each framework was checked against. */
export function mappingsJson(rows: readonly MappingRow[]) {
  const frameworks = [...new Set(rows.map((r) => r.framework))].sort();
  return {
    format: 'converge-mappings',
    version: 1,
    checkedAgainst: Object.fromEntries(frameworks.map((f) => [f, checkedAgainst(f) ?? `form only: ${FRAMEWORKS[f].shape}`])),
    mappings: rows,
  };
}

/** The list or catalog release a framework's identifiers are checked against; undefined when only their form is checked. */
export function checkedAgainst(framework: FrameworkKey): string | undefined {
  return CATALOGS[framework]?.checkedAgainst ?? (FRAMEWORKS[framework] as FrameworkRule).checkedAgainst;
}

/** A framework page's list: each identifier mapped to it once, with its official title and the concepts that map it. */
export function identifiersOf<C extends MappedConcept>(framework: FrameworkKey, concepts: readonly C[]) {
  const byId = new Map<string, { identifier: string; title?: { title: string; text?: string }; baselines?: string[]; concepts: C[] }>();
  for (const concept of concepts) {
    for (const mapping of concept.data.mappings) {
      if (mapping.framework !== framework) continue;
      const entry = byId.get(mapping.identifier) ?? { identifier: mapping.identifier, title: officialTitle(framework, mapping.identifier), baselines: catalogItem(framework, mapping.identifier)?.baselines, concepts: [] };
      if (!entry.concepts.includes(concept)) entry.concepts.push(concept);
      byId.set(mapping.identifier, entry);
    }
  }
  // In the framework's own order where it has a catalog (CSF: GV, ID, PR…), else in natural number order.
  const order = CATALOGS[framework]?.order;
  const rank = (id: string) => order?.get(id) ?? Infinity;
  return [...byId.values()].sort((a, b) => rank(a.identifier) - rank(b.identifier) || numeric.compare(a.identifier, b.identifier));
}
