import { EDGE_TYPES, type EdgeType } from '../schema/vocabulary.ts';

export { EDGE_TYPES, type EdgeType };

/** How a relation reads on the page of its source and on the page of its target. */
export const RELATION_LABELS: Record<EdgeType, { outgoing: string; incoming: string }> = {
  partOf: { outgoing: 'Part of', incoming: 'Has part' },
  requires: { outgoing: 'Requires', incoming: 'Required by' },
  enables: { outgoing: 'Enables', incoming: 'Enabled by' },
  relatedTo: { outgoing: 'Related to', incoming: 'Related to' },
  constrains: { outgoing: 'Constrains', incoming: 'Constrained by' },
  measuredBy: { outgoing: 'Measured by', incoming: 'Measures' },
  ownedBy: { outgoing: 'Owned by', incoming: 'Owns' },
  informs: { outgoing: 'Informs', incoming: 'Informed by' },
  mapsTo: { outgoing: 'Maps to', incoming: 'Mapped from' },
};

/** Relations that read the same in both directions, so both ends list them once, together. */
export const SYMMETRIC: ReadonlySet<EdgeType> = new Set(['relatedTo']);

/** How each relation is drawn: line style and colour, so relation types differ by more than colour. */
export const RELATION_STYLE: Record<EdgeType, { line: 'solid' | 'dashed' | 'dotted'; colour: string }> = {
  partOf: { line: 'solid', colour: '#5a6372' },
  requires: { line: 'solid', colour: '#c0392b' },
  enables: { line: 'dashed', colour: '#1e8a4c' },
  relatedTo: { line: 'dotted', colour: '#8a93a3' },
  constrains: { line: 'dashed', colour: '#c26a00' },
  measuredBy: { line: 'dotted', colour: '#0f7f95' },
  ownedBy: { line: 'dashed', colour: '#c2307f' },
  informs: { line: 'solid', colour: '#3949ab' },
  mapsTo: { line: 'dotted', colour: '#59606c' },
};
