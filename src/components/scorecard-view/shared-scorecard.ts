// /scorecard/#v1.…: decodes the scorecard in the fragment, shows it read-only, and imports it
// into this browser's assessment only when asked (and confirmed).
import { readScorecard } from '../../assessment/scorecard.ts';
import { decodeShareFragment } from '../../assessment/share-link.ts';
import { el } from './dom.ts';
import { confirmImport } from './import-flow.ts';
import { readModelData, renderResults, versionMap } from './results-view.ts';

const root = document.querySelector<HTMLElement>('[data-shared-scorecard]');
if (root) void show(root);

async function show(root: HTMLElement) {
  const data = readModelData();
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
  renderResults(view, data, { answers: scorecard.answers, targets: scorecard.targets, organization: scorecard.organization, team: scorecard.team, assessor: scorecard.assessor, perspective: scorecard.perspective, date: scorecard.date });
  document.title = `${[scorecard.organization, scorecard.team].filter(Boolean).join(' · ')} · Shared scorecard · Converge`;

  root.querySelector('#shared-import')!.addEventListener('click', async () => {
    const saved = await confirmImport(localStorage, read, fail);
    if (saved) location.href = `${root.dataset.assessUrl}#results`;
  });
}
