import { FRAMEWORKS, type FrameworkKey } from '../schema/frameworks.ts';
import type { ConceptData } from '../schema/concept.ts';
import type { Synonym } from '../schema/synonyms.ts';
import type { NodeType } from '../schema/vocabulary.ts';
import { markdownToText } from './plain-text.ts';

/** A framework identifier a concept maps to, with the framework's name to show beside it. */
export interface SearchIdentifier {
  framework: string;
  identifier: string;
  /** Other ways readers write it, found as exactly as the identifier itself. */
  also?: string[];
}

/**
 * How readers also write a framework's identifiers. ISO/IEC 27001:2022 Annex A controls are
 * often typed with the 2013 edition's "A." prefix (A.8.32 for 8.32); the 2013 numbering itself
 * (A.12.1.2) is another scheme, and no correspondence is claimed here.
 */
const WRITTEN_ALSO: Partial<Record<FrameworkKey, (identifier: string) => string[]>> = {
  'iso-iec-27001-2022': (identifier) => [`A.${identifier}`],
};

/** A learning-path stop at a concept: the path's title and what the trainer says there. */
export interface SearchPathStop {
  title: string;
  note: string;
}

/**
 * A term from content/synonyms.yaml that leads to a concept: what it stands for, other spellings,
 * and where the author listed this concept among the term's (0 first), which orders them.
 */
export type SearchSynonym = Omit<Synonym, 'concepts' | 'also'> & { also?: string[]; position: number };

/** Everything search knows about one concept: the fields it matches and the text it shows. */
export interface SearchDocument {
  id: string;
  title: string;
  type: NodeType;
  url: string;
  summary: string;
  aliases: string[];
  tags: string[];
  identifiers: SearchIdentifier[];
  /** The IS items, then the IS-NOT items. */
  is: string[];
  isNot: string[];
  paths: SearchPathStop[];
  /** Field terms that name this concept among others (SoD, war room). */
  synonyms: SearchSynonym[];
  /** Plain text of the page body: indexed, never shipped to the browser. */
  body: string;
}

/** The concept fields search reads; a content collection entry or a validated concept both fit. */
export interface SearchableConcept {
  id: string;
  data: Pick<ConceptData, 'title' | 'type' | 'summary' | 'aliases' | 'tags' | 'is' | 'isNot' | 'mappings'>;
  /** The Markdown or MDX body as written. */
  body?: string;
}

/** The search document of one concept, given its page URL, the path steps that visit it and its synonyms. */
export function toSearchDocument(concept: SearchableConcept, url: string, paths: SearchPathStop[] = [], synonyms: SearchSynonym[] = []): SearchDocument {
  const { data } = concept;
  return {
    id: concept.id,
    title: data.title,
    type: data.type,
    url,
    summary: data.summary,
    aliases: data.aliases,
    tags: data.tags,
    identifiers: data.mappings.map((m) => {
      const also = WRITTEN_ALSO[m.framework as FrameworkKey]?.(m.identifier);
      return { framework: FRAMEWORKS[m.framework as FrameworkKey].name, identifier: m.identifier, ...(also ? { also } : {}) };
    }),
    is: data.is,
    isNot: data.isNot.map((item) => item.text),
    paths,
    synonyms,
    body: markdownToText(concept.body ?? ''),
  };
}

/** For each concept id, the learning-path stops that visit it, in path order. */
export function pathStopsByConcept(paths: readonly { data: { title: string; steps: readonly { concept: string; note: string }[] } }[]): Map<string, SearchPathStop[]> {
  const stops = new Map<string, SearchPathStop[]>();
  for (const { data } of paths) {
    for (const step of data.steps) (stops.get(step.concept) ?? stops.set(step.concept, []).get(step.concept)!).push({ title: data.title, note: step.note });
  }
  return stops;
}

/** For each concept id, the synonyms that name it, in file order; empty lists of spellings are left out. */
export function synonymsByConcept(synonyms: readonly Synonym[]): Map<string, SearchSynonym[]> {
  const byConcept = new Map<string, SearchSynonym[]>();
  for (const { concepts, also, ...synonym } of synonyms) {
    concepts.forEach((id, position) => {
      const shipped: SearchSynonym = { ...synonym, ...(also.length > 0 ? { also } : {}), position };
      (byConcept.get(id) ?? byConcept.set(id, []).get(id)!).push(shipped);
    });
  }
  return byConcept;
}
