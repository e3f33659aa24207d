// The graph's vocabulary as plain constants, so browser code can use it without bundling zod.

/** The kinds of node in the knowledge graph (DESIGN.md, "Graph vocabulary"). */
export const NODE_TYPES = [
  'practice', 'control', 'capability', 'governance', 'role', 'metric', 'framework', 'boundary',
  'program',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** The relation types an author writes; each has an inverse shown on the target's page. */
export const RELATION_TYPES = [
  'partOf', 'requires', 'enables', 'relatedTo', 'constrains', 'measuredBy', 'ownedBy', 'informs',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Concept ids are file names: lower-case words joined by hyphens. */
export const CONCEPT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Authored relation types plus `mapsTo`, derived from a concept's framework mappings. */
export const EDGE_TYPES = [...RELATION_TYPES, 'mapsTo'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];
