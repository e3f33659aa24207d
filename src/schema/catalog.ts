import { z } from './zod.ts';

/**
 * A framework catalog in `content/frameworks/<framework>.json`, derived by `npm run catalogs`
 * from official files and committed, so the build never needs the originals.
 */

/** One input file a catalog was derived from, so a changed input is noticed. */
export const catalogSourceSchema = z
  .object({
    file: z.string(),
    repository: z.string().optional(),
    commit: z.string().optional(),
    path: z.string().optional(),
    version: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

/** One identifier of a framework, with its official title where the publisher allows it. */
export const catalogItemSchema = z
  .object({
    /** As printed and as written in content: `AC-2(4)`, `PR.PS-01`, `8.32`. */
    id: z.string(),
    /** The OSCAL id (`ac-2.4`), for tools that speak OSCAL. */
    oscal: z.string().optional(),
    title: z.string().optional(),
    /** A category's or function's statement (CSF). */
    text: z.string().optional(),
    baselines: z.array(z.enum(['LOW', 'MODERATE', 'HIGH', 'PRIVACY'])).optional(),
    status: z.literal('withdrawn').optional(),
    incorporatedInto: z.array(z.string()).optional(),
    movedTo: z.array(z.string()).optional(),
  })
  .strict();

export const catalogSchema = z
  .object({
    framework: z.string(),
    /** The release named in every check's message: "SP 800-53 Rev. 5, release 5.0.1". */
    checkedAgainst: z.string(),
    /** How complete the list is, in words. */
    completeness: z.string(),
    licence: z.string(),
    /** Whether items carry official titles (only public-domain NIST catalogs do). */
    titles: z.boolean(),
    sources: z.array(catalogSourceSchema).min(1),
    /** Identifiers of an earlier version still met in the wild (CSF 1.1), refused with their own message. */
    previous: z.object({ name: z.string(), identifiers: z.array(z.string()) }).strict().optional(),
    items: z.array(catalogItemSchema).min(1),
  })
  .strict();

export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogItem = z.infer<typeof catalogItemSchema>;
export type CatalogSource = z.infer<typeof catalogSourceSchema>;

/** A catalog with its items indexed by identifier, for lookups during validation and rendering. */
export interface IndexedCatalog extends Catalog {
  byId: Map<string, CatalogItem>;
  /** Each identifier's position in the framework's own order (GV before ID in CSF), for sorting. */
  order: Map<string, number>;
  /** Identifiers that are current (not withdrawn): the only ones worth suggesting. */
  current: string[];
  previousIds: Set<string>;
}

/** Indexes a parsed catalog once, so each lookup is a map access. */
export function indexCatalog(catalog: Catalog): IndexedCatalog {
  return {
    ...catalog,
    byId: new Map(catalog.items.map((item) => [item.id, item])),
    order: new Map(catalog.items.map((item, i) => [item.id, i])),
    current: catalog.items.filter((item) => item.status !== 'withdrawn').map((item) => item.id),
    previousIds: new Set(catalog.previous?.identifiers ?? []),
  };
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
