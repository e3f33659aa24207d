import type { NodeType } from '../schema/vocabulary.ts';
import { NODE_TYPE_INFO } from '../graph/node-types.ts';

/** How many IS and IS-NOT lines a preview card shows: one of each draws the boundary at a glance. */
export const PREVIEW_LINES = 1;

/** What a link preview shows of a concept: `/concepts/<id>/preview.json`, fetched on first hover or focus. */
export interface ConceptPreview {
  format: 'converge-concept-preview';
  version: 1;
  id: string;
  title: string;
  type: NodeType;
  typeLabel: string;
  summary: string;
  /** Boundaries describe a look-alike, so their IS lines are the practice to avoid. */
  isLabel: string;
  isNotLabel: string;
  is: string[];
  isNot: string[];
  /** Lines left out of each list, so the card can say there is more on the page. */
  more: number;
}

interface PreviewSource {
  title: string;
  type: NodeType;
  summary: string;
  is: readonly string[];
  isNot: readonly { text: string }[];
}

export function conceptPreview(id: string, concept: PreviewSource): ConceptPreview {
  const boundary = concept.type === 'boundary';
  const is = concept.is.slice(0, PREVIEW_LINES);
  const isNot = concept.isNot.slice(0, PREVIEW_LINES).map((item) => item.text);
  return {
    format: 'converge-concept-preview',
    version: 1,
    id,
    title: concept.title,
    type: concept.type,
    typeLabel: NODE_TYPE_INFO[concept.type].label,
    summary: concept.summary,
    isLabel: boundary ? 'What it looks like' : 'What it is',
    isNotLabel: boundary ? 'Not to be confused with' : 'What it is not',
    is,
    isNot,
    more: concept.is.length + concept.isNot.length - is.length - isNot.length,
  };
}
