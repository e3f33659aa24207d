import { z } from './zod.ts';
import { canonicalIdentifier, checkIdentifier } from './framework-catalogs.ts';
import { FRAMEWORK_KEYS, type FrameworkKey } from './frameworks.ts';

import { CONCEPT_ID, NODE_TYPES, RELATION_TYPES, type RelationType } from './vocabulary.ts';

export { CONCEPT_ID, NODE_TYPES, RELATION_TYPES, type NodeType, type RelationType } from './vocabulary.ts';

const conceptId = z.string().regex(CONCEPT_ID, 'must be a concept id in kebab case (e.g. change-enablement)');
const text = z.string().trim().min(1, 'must not be empty');

/**
 * How a concept relates to the control it maps to, read as "this concept is <relationship> the
 * control": the set-theory relationships of NIST IR 8477, also used by the OSCAL mapping model.
 */
export const MAPPING_RELATIONSHIPS = ['equivalent-to', 'subset-of', 'superset-of', 'intersects-with'] as const;
export type MappingRelationship = (typeof MAPPING_RELATIONSHIPS)[number];

/** Fields a mapping used to have, with what to write instead; the build names the replacement. */
const RETIRED_MAPPING_FIELDS = {
  verified:
    'was retired: remove it and, where the concept does not merely overlap the control, say how they relate with `relationship: equivalent-to | subset-of | superset-of` (the default is intersects-with)',
};

export const mappingSchema = z
  .object({
    framework: z.enum(FRAMEWORK_KEYS),
    identifier: z.string().trim().min(1),
    note: text.optional(),
    // Most concepts and controls only partly overlap, so that is the honest default.
    relationship: z.enum(MAPPING_RELATIONSHIPS).default('intersects-with'),
  })
  .strict()
  .superRefine((mapping, ctx) => {
    const problem = checkIdentifier(mapping.framework as FrameworkKey, mapping.identifier);
    if (problem) {
      ctx.addIssue({ code: 'custom', path: ['identifier'], input: mapping.identifier, message: problem.message, params: { suggestion: problem.suggestion } });
    }
  })
  .meta({ retiredFields: RETIRED_MAPPING_FIELDS })
  // Pages, the graph and the exports see one spelling per identifier (A.8.32 is stored as 8.32).
  .transform((mapping) => ({ ...mapping, identifier: canonicalIdentifier(mapping.framework as FrameworkKey, mapping.identifier) }));
export type Mapping = z.infer<typeof mappingSchema>;

export { suggestIdentifier } from './framework-catalogs.ts';

const isNotItem = z.union([
  text.transform((value) => ({ text: value, boundary: undefined as string | undefined })),
  z.object({ text, boundary: conceptId.optional() }).strict(),
]);

/** The typed relations a concept declares, each a list of target ids. */
export const relationsSchema = z
  .object(Object.fromEntries(RELATION_TYPES.map((type) => [type, z.array(conceptId).default([])])) as Record<
    RelationType,
    z.ZodDefault<z.ZodArray<typeof conceptId>>
  >)
  .strict();

const sourceSchema = z.union([
  text.transform((title) => ({ title, url: undefined as string | undefined })),
  z.object({ title: text, url: z.url().optional() }).strict(),
]);

/** How a shared metric is measured; required on `metric` concepts. */
export const measureSchema = z
  .object({
    formula: text,
    unit: text,
    direction: z.enum(['higher-is-better', 'lower-is-better', 'within-target']),
    source: text.describe('the system of record the numbers come from'),
  })
  .strict();

/** Why a tempting non-integration is tempting and what to do instead; required on `boundary` concepts. */
export const boundaryNoteSchema = z.object({ tempting: text, instead: text }).strict();

/** Frontmatter of `content/concepts/<id>.mdx`. */
export const conceptSchema = z
  .object({
    title: text,
    type: z.enum(NODE_TYPES),
    summary: text.max(300, 'must be one sentence of at most 300 characters'),
    aliases: z.array(text).default([]),
    tags: z.array(text).default([]),
    is: z.array(text).default([]),
    isNot: z.array(isNotItem).default([]),
    relations: relationsSchema.default(
      Object.fromEntries(RELATION_TYPES.map((type) => [type, []])) as unknown as Record<RelationType, string[]>,
    ),
    mappings: z.array(mappingSchema).default([]),
    measure: measureSchema.optional(),
    boundary: boundaryNoteSchema.optional(),
    sources: z.array(sourceSchema).default([]),
    updated: z.coerce.date({ error: 'must be a date such as 2026-11-23' }),
    /** In an organization's layer only: this file replaces our concept of the same id (see README). */
    overrides: z.boolean().optional(),
  })
  .strict()
  // Runs even when other fields are invalid, so one pass reports every problem of a file.
  .superRefine(
    (concept, ctx) => {
      if (concept.type === 'metric' && !concept.measure) {
        ctx.addIssue({ code: 'custom', path: ['measure'], message: 'is required on a metric (formula, unit, direction, source)' });
      }
      if (concept.type !== 'metric' && concept.measure) {
        ctx.addIssue({ code: 'custom', path: ['measure'], message: `belongs only on metrics, not on a ${concept.type}` });
      }
      if (concept.type === 'boundary' && !concept.boundary) {
        ctx.addIssue({ code: 'custom', path: ['boundary'], message: 'is required on a boundary (tempting, instead)' });
      }
      if (concept.type !== 'boundary' && concept.boundary) {
        ctx.addIssue({ code: 'custom', path: ['boundary'], message: `belongs only on boundaries, not on a ${concept.type}` });
      }
    },
    { when: ({ value }) => typeof value === 'object' && value !== null && NODE_TYPES.includes((value as { type?: never }).type!) },
  );

export type ConceptInput = z.input<typeof conceptSchema>;
export type ConceptData = z.infer<typeof conceptSchema>;
