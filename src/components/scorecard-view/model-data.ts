// Reading what ModelData.astro embedded in the page: the model, the concepts it links to, and
// the question ids of every released model version.
import type { AssessmentModel } from '../../schema/assessment.ts';

export interface ConceptLink {
  title: string;
  type: string;
  url: string;
  /** SP 800-53 identifiers as authored (`AC-2(4)`), on concepts that questions link to. */
  sp80053?: string[];
}

export interface ModelData {
  model: AssessmentModel;
  concepts: Record<string, ConceptLink>;
  /** Question ids of every released model version, for migrations and share links. */
  versions: Record<string, string[]>;
}

/** The data every scorecard island reads from the page: model, linked concepts, versions. */
export function readModelData(): ModelData {
  return JSON.parse(document.getElementById('assessment-data')!.textContent!) as ModelData;
}

export const versionMap = (data: ModelData) => new Map(Object.entries(data.versions).map(([v, ids]) => [Number(v), ids]));


/** Concept id → SP 800-53 identifiers, as the OSCAL export takes them. */
export const controlsByConcept = (data: ModelData) => Object.fromEntries(Object.entries(data.concepts).flatMap(([id, c]) => (c.sp80053 ? [[id, c.sp80053]] : [])));
