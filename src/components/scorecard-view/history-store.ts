// The browser's history of replaced assessments, in IndexedDB (localStorage is too small for 50
// copies with notes). Every failure comes back as a sentence for the user, never as a throw:
// the current answers live in localStorage and keep working whatever happens here.
import { openDB, type IDBPDatabase } from 'idb';
import { readSnapshot, takeSnapshot, toPrune, worthKeeping, type Snapshot, type SnapshotReason } from '../../assessment/history.ts';
import type { SavedAssessment } from '../../schema/saved-assessment.ts';

const DB_NAME = 'converge-history';
const STORE = 'snapshots';

export type HistoryResult<T> = { ok: true; value: T } | { ok: false; message: string };

let database: Promise<IDBPDatabase> | undefined;
const open = () =>
  (database ??= openDB(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore(STORE, { keyPath: 'id' });
    },
  }).catch((error: unknown) => {
    database = undefined; // try again next time: the block may be lifted
    throw error;
  }));

/** The sentence a user reads when the history cannot be used. */
function explain(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'This browser’s storage for this site is full, so no copy could be kept in the history. Download your scorecard to keep a copy.';
  return 'This browser does not let this site keep a history (private browsing can block it), so no copy could be kept. Download your scorecard to keep a copy.';
}

/** Keeps a copy of a record that is about to be replaced, then drops the oldest beyond the budget. An empty record is not kept. */
export async function keepSnapshot(record: SavedAssessment, reason: SnapshotReason): Promise<HistoryResult<Snapshot | null>> {
  if (!worthKeeping(record)) return { ok: true, value: null };
  try {
    const db = await open();
    const snapshot = takeSnapshot(record, reason);
    await db.put(STORE, snapshot);
    const all = (await db.getAll(STORE)) as Snapshot[];
    const tx = db.transaction(STORE, 'readwrite');
    await Promise.all([...toPrune(all).map((id) => tx.store.delete(id)), tx.done]);
    return { ok: true, value: snapshot };
  } catch (error) {
    return { ok: false, message: explain(error) };
  }
}

/** Every snapshot, newest first, and how many stored entries could not be read. */
export async function listSnapshots(): Promise<HistoryResult<{ snapshots: Snapshot[]; damaged: number }>> {
  try {
    const stored: unknown[] = await (await open()).getAll(STORE);
    const snapshots = stored.map(readSnapshot).filter((s): s is Snapshot => s !== null);
    snapshots.sort((a, b) => b.takenAt - a.takenAt || b.id.localeCompare(a.id));
    return { ok: true, value: { snapshots, damaged: stored.length - snapshots.length } };
  } catch (error) {
    return { ok: false, message: explain(error) };
  }
}

/** Deletes one snapshot. */
export async function deleteSnapshot(id: string): Promise<HistoryResult<null>> {
  try {
    await (await open()).delete(STORE, id);
    return { ok: true, value: null };
  } catch (error) {
    return { ok: false, message: explain(error) };
  }
}
