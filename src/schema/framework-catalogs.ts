/**
 * Checks mapping identifiers by looking them up in the committed catalogs (content/frameworks/),
 * and gives the official title of each. Frameworks without a catalog (ITIL 4, CISM, PCI DSS) keep
 * the shape check of frameworks.ts.
 */
import cis from '../../content/frameworks/cis-controls-v8.json' with { type: 'json' };
import hipaa from '../../content/frameworks/hipaa-security-rule.json' with { type: 'json' };
import iso from '../../content/frameworks/iso-iec-27001-2022.json' with { type: 'json' };
import csf from '../../content/frameworks/nist-csf-2.json' with { type: 'json' };
import sp80053 from '../../content/frameworks/nist-sp-800-53.json' with { type: 'json' };
import soc2 from '../../content/frameworks/soc-2.json' with { type: 'json' };
import { catalogSchema, indexCatalog, listInWords, type CatalogItem, type IndexedCatalog } from './catalog.ts';
import { didYouMean } from './did-you-mean.ts';
import { FRAMEWORKS, type FrameworkKey } from './frameworks.ts';
import { LAYER_CATALOGS } from './layer-catalogs.ts';

/** The catalog of each framework that has one, parsed once so a malformed file fails loudly. */
export const CATALOGS: Partial<Record<FrameworkKey, IndexedCatalog>> = Object.fromEntries(
  [sp80053, csf, iso, cis, soc2, hipaa].map((json) => {
    const catalog = indexCatalog(catalogSchema.parse(json));
    return [catalog.framework, catalog];
  }),
);
// The internal catalogs of an organization's layer (frameworks.ts refuses one that reuses our ids).
for (const catalog of LAYER_CATALOGS.catalogs) {
  if (!Object.hasOwn(CATALOGS, catalog.framework)) (CATALOGS as Record<string, IndexedCatalog>)[catalog.framework] = catalog;
}

/** What an author is told about a bad identifier. */
export interface IdentifierProblem {
  message: string;
  suggestion?: string;
}

/**
 * The identifier as the catalog spells it. ISO/IEC 27001:2013 wrote Annex A controls as `A.8.32`;
 * many people still do, and nothing else could be meant, so it is accepted as 2022's `8.32`.
 */
export function canonicalIdentifier(framework: FrameworkKey, identifier: string): string {
  const trimmed = identifier.trim();
  return framework === 'iso-iec-27001-2022' ? trimmed.replace(/^A\.(?=\d)/, '') : trimmed;
}

/** The catalog entry an identifier names (withdrawn ones included), if the framework has a catalog. */
export function catalogItem(framework: FrameworkKey, identifier: string): CatalogItem | undefined {
  return CATALOGS[framework]?.byId.get(canonicalIdentifier(framework, identifier));
}

/** Whether an identifier is current: in the catalog and not withdrawn, or well-formed where there is no catalog. */
function isCurrent(framework: FrameworkKey, identifier: string): boolean {
  const catalog = CATALOGS[framework];
  if (!catalog) return FRAMEWORKS[framework].isValid(identifier);
  const item = catalog.byId.get(identifier);
  return !!item && item.status !== 'withdrawn';
}

/** A correct spelling of a near-miss identifier ("cm3" -> "CM-3"), if one is obvious. */
export function suggestIdentifier(framework: FrameworkKey, identifier: string): string | undefined {
  const upper = identifier.trim().toUpperCase();
  const spellings = [
    upper,
    upper.replace(/^([A-Z]{2})[\s_.]*(\d)/, '$1-$2'),
    upper.replace(/^([A-Z]{2})[\s_-]*([A-Z]{2})/, '$1.$2').replace(/([A-Z]{2})[\s_.]*(\d{2})$/, '$1-$2'),
    upper.replace(/^([A-Z]{2})[\s_-]*([A-Z]{2})[\s_.-]*(\d)$/, '$1.$2-0$3'),
    identifier.trim().toLowerCase().replace(/[\s_]+/g, '-'),
    identifier.trim().replace(/\s+/g, ''),
  ];
  const respelt = spellings.find((candidate) => candidate !== identifier && isCurrent(framework, candidate));
  if (respelt) return respelt;
  const catalog = CATALOGS[framework];
  if (!catalog) return undefined;
  // A neighbour under the same parent (18.6 -> 18.5, not 8.6) before any close string.
  const id = canonicalIdentifier(framework, identifier);
  const parent = id.replace(/[-.(][^-.(]*$/, '');
  const siblings = catalog.current.filter((c) => c !== parent && c.replace(/[-.(][^-.(]*$/, '') === parent);
  return didYouMean(id, siblings) ?? didYouMean(id, catalog.current);
}

/** What is wrong with a mapping's identifier, or undefined when it names a current item of its framework. */
export function checkIdentifier(framework: FrameworkKey, identifier: string): IdentifierProblem | undefined {
  const rule = FRAMEWORKS[framework];
  const catalog = CATALOGS[framework];
  const id = canonicalIdentifier(framework, identifier);
  if (!catalog) {
    return rule.isValid(id) ? undefined : { message: `is not a valid ${rule.name} identifier: expected ${rule.shape}`, suggestion: suggestIdentifier(framework, identifier) };
  }
  const item = catalog.byId.get(id);
  if (item?.status === 'withdrawn') {
    const went = [
      ...(item.incorporatedInto?.length ? [`incorporated into ${listInWords(item.incorporatedInto)}`] : []),
      ...(item.movedTo?.length ? [`moved to ${listInWords(item.movedTo)}`] : []),
    ];
    const targets = [...(item.incorporatedInto ?? []), ...(item.movedTo ?? [])].filter((t) => catalog.byId.has(t));
    return {
      message: `was withdrawn${went.length ? `: ${went.join('; ')}` : ''} (${catalog.checkedAgainst})`,
      // Only one place to go is a safe suggestion; several mean the author must choose.
      suggestion: targets.length === 1 ? targets[0] : undefined,
    };
  }
  if (item) return undefined;
  const previous = previousIdentifier(catalog, id);
  if (previous) {
    const category = previous.split('-')[0]!;
    const fn = previous.split('.')[0]!;
    // Point at what the same area holds now: the category's current subcategories, else the function's categories.
    const inCategory = previous.includes('-') ? catalog.current.filter((c) => c.startsWith(`${category}-`)) : [];
    const now = inCategory.length
      ? `, whose ${category} has ${listInWords(inCategory)}`
      : `, whose ${fn} categories are ${listInWords(catalog.current.filter((c) => /^[A-Z]{2}\.[A-Z]{2}$/.test(c) && c.startsWith(`${fn}.`)))}`;
    return { message: `is a ${catalog.previous!.name} identifier, retired in ${rule.name}${now}` };
  }
  const shapeHint = rule.isValid(id) ? '' : `: expected ${rule.shape}`;
  return { message: `is not in ${catalog.checkedAgainst}${shapeHint}`, suggestion: suggestIdentifier(framework, identifier) };
}

/** The earlier-version identifier `id` stands for, tolerating CSF 1.1's unpadded numbers (PR.IP-1). */
function previousIdentifier(catalog: IndexedCatalog, id: string): string | undefined {
  const padded = id.replace(/-(\d)$/, '-0$1');
  return [id, padded].find((candidate) => catalog.previousIds.has(candidate));
}

/** The official title of an identifier and, for CSF, its statement; undefined where the publisher's terms keep titles out. */
export function officialTitle(framework: FrameworkKey, identifier: string): { title: string; text?: string } | undefined {
  const item = catalogItem(framework, identifier);
  return item?.title ? { title: item.title, text: item.text } : undefined;
}

/** Whether the framework's catalog carries official titles, so a page must show one beside each identifier. */
export function hasOfficialTitles(framework: FrameworkKey): boolean {
  return CATALOGS[framework]?.titles ?? false;
}
