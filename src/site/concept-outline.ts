import type { NodeType } from '../schema/vocabulary.ts';

/** One h2 of a concept page, as its "On this page" list links to it. */
export interface OutlineEntry {
  id: string;
  text: string;
}

/**
 * The headings of the IS / IS-NOT boxes. On a boundary page the IS box describes the tempting
 * substitute for integration, so it must not read as the thing to do: it is "what it looks like",
 * and the IS-NOT box what it is "not to be confused with".
 */
export function boundaryHeadings(type: NodeType): { is: string; isNot: string } {
  return type === 'boundary'
    ? { is: 'What it looks like', isNot: 'Not to be confused with' }
    : { is: 'What it is', isNot: 'What it is not' };
}

/** What a concept page holds, in the order it shows it. */
export interface ConceptSections {
  type: NodeType;
  hasIs: boolean;
  hasIsNot: boolean;
  /** A boundary's "why it is tempting / what to do instead". */
  hasBoundaryNote: boolean;
  hasMeasure: boolean;
  /** The body's own headings (from the MDX). */
  headings: readonly { depth: number; slug: string; text: string }[];
  hasRelations: boolean;
  hasMappings: boolean;
  /** A framework page's table of identifiers: its heading text. */
  mappedHeading?: string;
  hasPaths: boolean;
  hasSources: boolean;
}

/** Every h2 of a concept page, in page order, for the "On this page" list. */
export function conceptOutline(page: ConceptSections): OutlineEntry[] {
  const boxes = boundaryHeadings(page.type);
  return [
    ...(page.hasIs ? [{ id: 'is-heading', text: boxes.is }] : []),
    ...(page.hasIsNot ? [{ id: 'is-not-heading', text: boxes.isNot }] : []),
    ...(page.hasBoundaryNote ? [{ id: 'instead-heading', text: 'What to do instead' }] : []),
    ...(page.hasMeasure ? [{ id: 'measure-heading', text: 'How it is measured' }] : []),
    ...page.headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text })),
    ...(page.hasRelations ? [{ id: 'relations-heading', text: 'Relations' }] : []),
    ...(page.hasMappings ? [{ id: 'mappings-heading', text: 'Framework mappings' }] : []),
    ...(page.mappedHeading ? [{ id: 'mapped-heading', text: page.mappedHeading }] : []),
    ...(page.hasPaths ? [{ id: 'paths-heading', text: 'In learning paths' }] : []),
    ...(page.hasSources ? [{ id: 'sources-heading', text: 'Sources' }] : []),
  ];
}
