import { join } from 'node:path';
import { questionsByVersion, readVersionLock } from '../assessment/read-model.ts';
import { contentDir } from '../graph/validate-content.ts';
import type { ScorecardPageData } from '../components/scorecard-view/scorecard-files.ts';
import { loadAssessmentModel } from './assessment-model.ts';

/**
 * What the compare and aggregate islands need to read scorecard files: the model, and the
 * question ids of every released version so older files migrate. Undefined without a model.
 */
export async function loadScorecardPageData(): Promise<ScorecardPageData | undefined> {
  const model = await loadAssessmentModel();
  if (!model) return undefined;
  const versions = questionsByVersion(model, readVersionLock(join(contentDir(), 'assessment')));
  return { model, versions: [...versions.entries()].sort(([x], [y]) => x - y) };
}

/** The data as the text of a `<script type="application/json">`: no `<` that could end it early. */
export const embedJson = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
