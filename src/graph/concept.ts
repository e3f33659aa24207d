import type { ConceptData } from '../schema/concept.ts';
import type { ConceptSource } from './read-concepts.ts';

/** A concept whose frontmatter passed the schema: the unit the graph is built from. */
export interface Concept {
  id: string;
  file: string;
  data: ConceptData;
  lineOf?: ConceptSource['lineOf'];
}
