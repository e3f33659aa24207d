// What the scorecard pages' scripts need beside the questionnaire: the model, the concepts it
// links to (with the SP 800-53 identifiers of those questions link to, for the OSCAL export), and
// the question ids of every released model version (migrations, share links). Built once and
// published as one file, assessment.json, that every such page fetches and the browser caches.
import { join } from 'node:path';
import { sp80053ByConcept } from '../assessment/oscal.ts';
import { questionsByVersion, readVersionLock } from '../assessment/read-model.ts';
import type { AssessmentModel } from '../schema/assessment.ts';
import { url } from './href.ts';
import { loadSiteGraph } from './knowledge-graph.ts';
import { conceptPath } from './url.ts';
import { contentDir } from './validate-content.ts';

export interface ConceptLink {
  title: string;
  type: string;
  url: string;
  /** SP 800-53 identifiers as authored (`AC-2(4)`), on concepts that questions link to. */
  sp80053?: string[];
}

export interface AssessmentData {
  model: AssessmentModel;
  concepts: Record<string, ConceptLink>;
  /** Question ids of every released model version, for migrations and share links. */
  versions: Record<string, string[]>;
}

/** Where the pages find the data: one URL for all of them, so one download serves every page. */
export const ASSESSMENT_DATA_PATH = 'assessment.json';

/** The model with the concepts it links to and the question ids of every released version. */
export async function assessmentData(model: AssessmentModel): Promise<AssessmentData> {
  const { entryById } = await loadSiteGraph();
  const linked = new Set([...model.dimensions.flatMap((d) => [...d.concepts, ...d.questions.flatMap((q) => q.concepts)]), ...model.warnings.map((w) => w.boundary)]);
  const controls = sp80053ByConcept([...new Set(model.dimensions.flatMap((d) => d.questions.flatMap((q) => q.concepts)))].map((id) => ({ id, mappings: entryById.get(id)!.data.mappings })));
  const concepts = Object.fromEntries(
    [...linked].map((id) => [id, { title: entryById.get(id)!.data.title, type: entryById.get(id)!.data.type, url: url(conceptPath(id)), ...(controls[id] && { sp80053: controls[id] }) }]),
  );
  const versions = Object.fromEntries(questionsByVersion(model, readVersionLock(join(contentDir(), 'assessment'))));
  return { model, concepts, versions };
}
