// The assessment data (src/site/assessment-data.ts) as the scorecard pages get it: one file,
// linked from the page's head with a preload (AssessmentData.astro), so the browser fetches it
// alongside the page's script and keeps it for the next scorecard page.
import type { AssessmentData } from '../../site/assessment-data.ts';

export type { ConceptLink } from '../../site/assessment-data.ts';
export type ModelData = AssessmentData;

let loading: Promise<ModelData> | undefined;

/** The assessment data the page links to, fetched once per page; rejects with a message a person can act on. */
export function loadModelData(): Promise<ModelData> {
  loading ??= (async () => {
    const link = document.querySelector<HTMLLinkElement>('link[data-assessment-data]');
    if (!link) throw new Error('This page does not say where the assessment model is.');
    const response = await fetch(link.href).catch(() => undefined);
    if (!response?.ok) {
      throw new Error(`The assessment model could not be loaded (${response ? `the server answered ${response.status}` : 'no connection'}). Check the connection and reload the page; answers saved in this browser are kept.`);
    }
    return (await response.json()) as ModelData;
  })();
  return loading;
}

/**
 * Starts a page's script once the data is in, or says on the page why it cannot and marks the
 * page `data-model-unavailable`, for its styles to show what it can without the script (the
 * assessment shows its whole questionnaire, to read or print). A page that rendered the model itself names
 * its version (`data-model-version`), and a different version in the data (a page kept from
 * before the site was updated) is refused rather than mixed with it.
 */
export function startWithModelData(root: HTMLElement, start: (root: HTMLElement, data: ModelData) => void): void {
  const refuse = (message: string) => {
    const notice = document.createElement('p');
    notice.className = 'notice error';
    notice.setAttribute('role', 'alert');
    notice.textContent = message;
    root.prepend(notice);
    root.dataset.modelUnavailable = 'true';
  };
  loadModelData().then(
    (data) => {
      const rendered = root.dataset.modelVersion;
      if (rendered !== undefined && rendered !== String(data.model.modelVersion)) {
        return refuse(`This page shows version ${rendered} of the assessment model, but the site now has version ${data.model.modelVersion}: reload the page. Answers saved in this browser are kept.`);
      }
      start(root, data);
    },
    (error: Error) => refuse(error.message),
  );
}

export const versionMap = (data: ModelData) => new Map(Object.entries(data.versions).map(([v, ids]) => [Number(v), ids]));

/** Concept id → SP 800-53 identifiers, as the OSCAL export takes them. */
export const controlsByConcept = (data: ModelData) => Object.fromEntries(Object.entries(data.concepts).flatMap(([id, c]) => (c.sp80053 ? [[id, c.sp80053]] : [])));
