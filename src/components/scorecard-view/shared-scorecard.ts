// /scorecard/#v1.…: decodes the scorecard in the fragment, shows it read-only, and imports it
// into this browser's assessment only when asked (and confirmed).
import { anonymiseScorecard, isAnonymous } from '../../assessment/anonymise.ts';
import { scorecardOscal } from '../../assessment/oscal.ts';
import { readScorecard } from '../../assessment/scorecard.ts';
import { decodeShareFragment } from '../../assessment/share-link.ts';
import { wirePrintAppendix } from '../report/title-block.ts';
import { download, el, fileSlug } from './dom.ts';
import { confirmImport } from './import-flow.ts';
import { controlsByConcept, startWithModelData, type ModelData } from './model-data.ts';
import { renderResults, resultsSlide, versionMap } from './results-view.ts';
import { downloadPicture } from './svg-to-png.ts';

const root = document.querySelector<HTMLElement>('[data-shared-scorecard]');
if (root) startWithModelData(root, (root, data) => void show(root, data));

async function show(root: HTMLElement, data: ModelData) {
  const versions = versionMap(data);
  const error = root.querySelector<HTMLElement>('#shared-error')!;
  const fail = (message: string) => {
    error.hidden = false;
    error.textContent = message;
  };
  if (!location.hash) return fail('This link holds no scorecard. A shared scorecard link ends with #v1. followed by its data.');
  const decoded = await decodeShareFragment(location.hash, versions);
  if (!decoded.ok) return fail(decoded.error);
  const read = readScorecard(decoded.text, data.model, versions);
  if (!read.ok) return fail(read.error);
  const { scorecard } = read;
  if (read.notices.length) {
    const notices = root.querySelector<HTMLElement>('#shared-notices')!;
    notices.hidden = false;
    notices.replaceChildren(...read.notices.map((n) => el('li', {}, n)));
  }
  const view = root.querySelector<HTMLElement>('#shared-view')!;
  view.hidden = false;
  // The export bar's Anonymise switch: when on, the view, print, image and files name nobody.
  const anonymiseSwitch = view.querySelector<HTMLInputElement>('[data-anonymise]')!;
  const card = () => (anonymiseSwitch.checked ? anonymiseScorecard(scorecard) : scorecard);
  const input = () => {
    const c = card();
    // An anonymised scorecard is dated to its month: the title says the month, not a first day it never had.
    const dateIsMonth = anonymiseSwitch.checked || (isAnonymous(c) && c.date.endsWith('-01'));
    return { answers: c.answers, targets: c.targets, organization: anonymiseSwitch.checked ? 'Anonymised' : c.organization, team: c.team, assessor: c.assessor, perspective: c.perspective, date: c.date, dateIsMonth };
  };
  renderResults(view, data, input());
  anonymiseSwitch.addEventListener('change', () => renderResults(view, data, input()));
  wirePrintAppendix(view);
  // Exports of someone else's scorecard: read-only, nothing is written to this browser's assessment.
  const fileName = (ext: string) => {
    const c = card();
    return `${anonymiseSwitch.checked ? fileSlug('anonymous', c.perspective === 'joint' ? '' : c.perspective, c.date.slice(0, 7)) : fileSlug(c.organization, c.team, c.perspective === 'joint' ? '' : c.perspective, c.date)}.${ext}`;
  };
  view.addEventListener('click', async (event) => {
    const kind = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-export]')?.dataset.export;
    if (kind === 'print') print();
    if (kind === 'json') download(fileName('json'), new Blob([`${JSON.stringify(card(), null, 2)}\n`], { type: 'application/json' }));
    if (kind === 'oscal') download(fileName('oscal.json'), new Blob([`${JSON.stringify(scorecardOscal(data.model, card(), controlsByConcept(data)), null, 2)}\n`], { type: 'application/json' }));
    if (kind === 'svg' || kind === 'png') await downloadPicture(kind, fileName(kind), resultsSlide(data, input()));
  });
  document.title = `${[scorecard.organization, scorecard.team].filter(Boolean).join(' · ')} · Shared scorecard · Converge`;

  root.querySelector('#shared-import')!.addEventListener('click', async () => {
    const saved = await confirmImport(localStorage, read, { reason: 'share-link', onError: fail });
    if (saved) location.href = `${root.dataset.assessUrl}#results`;
  });
}
