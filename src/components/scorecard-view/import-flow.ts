// Importing a scorecard into the assessment saved in this browser: only after the user
// confirms, and only after the answers it replaces are kept in the history.
import type { SnapshotReason } from '../../assessment/history.ts';
import type { ReadResult } from '../../assessment/scorecard.ts';
import { loadAssessment, savedFromScorecard, saveAssessment, type KeyValueStore } from '../../assessment/storage.ts';
import { PERSPECTIVE_KEY, savedKey, type SavedAssessment } from '../../schema/saved-assessment.ts';
import { el } from './dom.ts';
import { keepSnapshot } from './history-store.ts';

type Accepted = Extract<ReadResult, { ok: true }>;

export interface ImportOptions {
  /** How the scorecard arrived: a file or a share link. */
  reason: Extract<SnapshotReason, 'import' | 'share-link'>;
  /** Says something to the user: an error, or that no copy could be kept. */
  onError: (message: string) => void;
}

/**
 * Shows the confirmation dialog (when there is something to replace) and imports on "yes",
 * into the saved assessment of the scorecard's perspective, which becomes the one the page opens.
 * The answers it replaces go to the history first. Resolves to the saved record, or null when
 * the user kept the current assessment or saving failed.
 */
export async function confirmImport(store: KeyValueStore, read: Accepted, { reason, onError }: ImportOptions): Promise<SavedAssessment | null> {
  const key = savedKey(read.scorecard.perspective);
  const current = loadAssessment(store, key);
  const replaced = current.status === 'loaded' && Object.keys(current.record.answers).length > 0 ? current.record : null;
  const doImport = async () => {
    if (replaced) {
      const kept = await keepSnapshot(replaced, reason);
      if (!kept.ok) onError(kept.message);
    }
    const result = saveAssessment(store, savedFromScorecard(read.scorecard), store.getItem(key), key);
    if (result.status === 'failed') {
      onError(result.message);
      return null;
    }
    store.setItem(PERSPECTIVE_KEY, read.scorecard.perspective);
    return result.record;
  };
  if (!replaced) return doImport();
  const dialog = document.querySelector<HTMLDialogElement>('#import-dialog')!;
  const { scorecard } = read;
  const answered = Object.values(scorecard.answers).filter((a) => a.value !== undefined).length;
  const mine = Object.values(replaced.answers).filter((a) => a.value !== undefined).length;
  const side = scorecard.perspective === 'joint' ? 'joint' : `${scorecard.perspective}-perspective`;
  dialog.querySelector('[data-import="what"]')!.replaceChildren(
    'Import the scorecard of ',
    el('strong', {}, [scorecard.organization, scorecard.team].filter(Boolean).join(' · ') || 'an unnamed organization'),
    ` dated ${scorecard.date} (${answered} answers) in place of the ${side} assessment saved in this browser (`,
    el('strong', {}, [replaced.organization, replaced.team].filter(Boolean).join(' · ') || 'unnamed'),
    `, ${mine} answers)?`,
  );
  dialog.querySelector('[data-import="notices"]')!.replaceChildren(...read.notices.map((n) => el('li', {}, n)));
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'import' ? doImport() : null), { once: true }));
}
