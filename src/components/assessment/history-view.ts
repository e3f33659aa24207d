// The History list on the start screen: every replaced assessment, newest first, with what a
// restore would bring back, and restore / download / delete on each.
import { answerChanges, SNAPSHOT_REASONS, summarize, type Snapshot } from '../../assessment/history.ts';
import type { AnswerValue, AssessmentModel } from '../../schema/assessment.ts';
import type { SavedAssessment } from '../../schema/saved-assessment.ts';
import { el } from '../scorecard-view/dom.ts';
import { deleteSnapshot, listSnapshots } from '../scorecard-view/history-store.ts';

export interface HistoryActions {
  model: AssessmentModel;
  /** The saved assessment of a perspective now, to compare a snapshot with. */
  currentOf: (perspective: SavedAssessment['perspective']) => SavedAssessment | null;
  restore: (snapshot: Snapshot) => void;
  download: (snapshot: Snapshot) => void;
}

const SIDE: Record<SavedAssessment['perspective'], string> = { joint: 'joint', security: 'security side', operations: 'operations side' };
const when = (ms: number) => new Date(ms).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const answerWords = (value: AnswerValue | undefined) => (value === undefined ? 'no answer' : value === 'na' ? 'not applicable' : value === 'unknown' ? "don't know" : `level ${value}`);

/** A sentence saying who a snapshot is and what restoring it brings back. */
export function snapshotLine(snapshot: Snapshot): string {
  const s = summarize(snapshot.record);
  return `${s.who} · ${SIDE[s.perspective]} · ${s.answered} answer${s.answered === 1 ? '' : 's'}${s.notes ? ` and ${s.notes} note${s.notes === 1 ? '' : 's'}` : ''} · model version ${s.modelVersion}`;
}

/** How a snapshot differs from the current answers of its perspective, as a short list. */
export function differenceList(model: AssessmentModel, snapshot: Snapshot, current: SavedAssessment | null): HTMLElement {
  const changes = answerChanges(model, current?.answers ?? {}, snapshot.record.answers);
  if (changes.length === 0) return el('p', {}, 'Its answers and notes are the same as the ones saved now.');
  return el(
    'div',
    {},
    el('p', {}, `${changes.length} question${changes.length === 1 ? '' : 's'} would change from what is saved now:`),
    el(
      'ul',
      { className: 'changes' },
      ...changes.map((c) =>
        el('li', {}, `${c.number}: ${c.now === c.then ? 'same answer' : `now ${answerWords(c.now)}, restored ${answerWords(c.then)}`}${c.noteChanged ? `${c.now === c.then ? ', ' : '; '}note differs` : ''}`),
      ),
    ),
  );
}

/** Lists the history into the section; says in plain words when the browser keeps none. */
export async function renderHistory(section: HTMLElement, actions: HistoryActions): Promise<Snapshot[]> {
  const list = section.querySelector<HTMLElement>('[data-history="list"]')!;
  const status = section.querySelector<HTMLElement>('[data-history="status"]')!;
  const tell = (message: string) => {
    status.hidden = !message;
    status.textContent = message;
  };
  const read = await listSnapshots();
  if (!read.ok) {
    list.replaceChildren();
    tell(read.message);
    return [];
  }
  const { snapshots, damaged } = read.value;
  tell(
    [
      snapshots.length === 0 ? 'Nothing has been replaced yet, so the history is empty.' : '',
      damaged ? `${damaged} stored cop${damaged === 1 ? 'y' : 'ies'} could not be read and ${damaged === 1 ? 'is' : 'are'} left out.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  list.replaceChildren(
    ...snapshots.map((snapshot) => {
      const button = (label: string, action: () => void, name: string) => {
        const b = el('button', { type: 'button' }, label);
        b.setAttribute('aria-label', `${label}: ${name}`);
        b.addEventListener('click', action);
        return b;
      };
      const name = `${summarize(snapshot.record).who}, ${when(snapshot.takenAt)}`;
      return el(
        'li',
        { className: 'snapshot' },
        el('p', {}, el('strong', {}, snapshotLine(snapshot))),
        el('p', { className: 'muted' }, `${when(snapshot.takenAt)}: ${SNAPSHOT_REASONS[snapshot.reason]}`),
        el('details', {}, el('summary', {}, 'What restoring brings back'), differenceList(actions.model, snapshot, actions.currentOf(snapshot.record.perspective))),
        el(
          'div',
          { className: 'button-row' },
          button('Restore…', () => actions.restore(snapshot), name),
          button('Download', () => actions.download(snapshot), name),
          button(
            'Delete',
            async () => {
              const done = await deleteSnapshot(snapshot.id);
              if (!done.ok) tell(done.message);
              await renderHistory(section, actions);
            },
            name,
          ),
        ),
      );
    }),
  );
  return snapshots;
}
