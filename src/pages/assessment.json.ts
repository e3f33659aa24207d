import type { APIRoute } from 'astro';
import { assessmentData } from '../site/assessment-data.ts';
import { loadAssessmentModel } from '../site/assessment-model.ts';

// The model and what goes with it, fetched by /assess/, /scorecard/, /compare/, /aggregate/ and
// /gap/: one file for all of them, which the browser downloads once and keeps.
export const GET: APIRoute = async () => {
  const model = await loadAssessmentModel();
  // A content folder without a model builds no assessment pages, and so no data for them.
  const body = model ? JSON.stringify(await assessmentData(model)) : 'null';
  return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
