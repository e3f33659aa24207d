// Importing a scorecard into the assessment saved in this browser: only after the user
// confirms, and only after the current answers are copied to the backup slot.
import type { ReadResult } from '../../assessment/scorecard.ts';
import { backupAssessment, loadAssessment, savedFromScorecard, saveAssessment, type KeyValueStore } from '../../assessment/storage.ts';
import { PERSPECTIVE_KEY, savedKey, type SavedAssessment } from '../../schema/saved-assessment.ts';
import { el } from './dom.ts';

type Accepted = Extract<ReadResult, { ok: true }>;

/** Whether the browser holds answers that an import would replace. */
function hasAnswers(store: KeyValueStore, key: string): boolean {
  const current = loadAssessment(store, key);
  return current.status === 'loaded' && Object.keys(current.record.answers).length > 0;
}

/**
 * Shows the confirmation dialog (when there is something to replace) and imports on "yes",
 * into the saved assessment of the scorecard's perspective, which becomes the one the page opens.
 * Resolves to the saved record, or null when the user kept the current assessment or saving failed.
 */
export function confirmImport(store: KeyValueStore, read: Accepted, onError: (message: string) => void): Promise<SavedAssessment | null> {
  const key = savedKey(read.scorecard.perspective);
  const doImport = () => {
    backupAssessment(store, key);
    const result = saveAssessment(store, savedFromScorecard(read.scorecard), store.getItem(key), key);
    if (result.status === 'failed') {
      onError(result.message);
      return null;
    }
    store.setItem(PERSPECTIVE_KEY, read.scorecard.perspective);
    return result.record;
  };
  if (!hasAnswers(store, key)) return Promise.resolve(doImport());
  const dialog = document.querySelector<HTMLDialogElement>('#import-dialog')!;
  const { scorecard } = read;
  const answered = Object.values(scorecard.answers).filter((a) => a.value !== undefined).length;
  dialog.querySelector('[data-import="what"]')!.replaceChildren(
    'Import the scorecard of ',
    el('strong', {}, [scorecard.organization, scorecard.team].filter(Boolean).join(' · ') || 'an unnamed organization'),
    ` dated ${scorecard.date} (${answered} answers) in place of the ${scorecard.perspective === 'joint' ? 'joint' : `${scorecard.perspective}-perspective`} assessment saved in this browser?`,
  );
  dialog.querySelector('[data-import="notices"]')!.replaceChildren(...read.notices.map((n) => el('li', {}, n)));
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'import' ? doImport() : null), { once: true }));
}
