import { join } from 'node:path';
import { readAssessmentModel } from '../assessment/read-model.ts';
import { contentDir } from './validate-content.ts';
import type { AssessmentModel } from '../schema/assessment.ts';
import { loadSiteGraph } from './knowledge-graph.ts';

let loading: Promise<AssessmentModel | undefined> | undefined;

/** The maturity model, read once per build; undefined when the content has none. The content guard has already refused a broken one. */
export function loadAssessmentModel(): Promise<AssessmentModel | undefined> {
  loading ??= (async () => {
    const { entries } = await loadSiteGraph();
    const { model, problems } = readAssessmentModel(join(contentDir(), 'assessment'), entries.map((e) => ({ id: e.id, type: e.data.type })));
    if (problems.length > 0) throw new Error(`The assessment model has ${problems.length} problems: run npm run validate.`);
    return model;
  })();
  return loading;
}
