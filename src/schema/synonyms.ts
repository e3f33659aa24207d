import { z } from './zod.ts';
import { CONCEPT_ID } from './vocabulary.ts';

const conceptId = z.string().regex(CONCEPT_ID, 'must be a concept id in kebab case (e.g. change-enablement)');
const term = z.string().trim().min(1, 'must not be empty').max(60, 'must be a term of at most 60 characters, not a sentence');

/**
 * One term practitioners type that names no single concept (an acronym such as SoD, a field
 * word such as "war room"), and the concepts that truly cover it.
 */
export const synonymSchema = z
  .object({
    term,
    /** What an acronym stands for, shown beside the result ("SoD: segregation of duties") and searched too. */
    means: term.optional(),
    /** Other spellings, searched too (separation of duties, annualised loss expectancy). */
    also: z.array(term).default([]),
    concepts: z.array(conceptId).min(1, 'must name at least one concept'),
  })
  .strict();

/** `content/synonyms.yaml`: a list of synonyms. */
export const synonymsFileSchema = z.array(synonymSchema);

export type Synonym = z.infer<typeof synonymSchema>;
