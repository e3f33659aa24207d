import type { Scorecard } from '../schema/scorecard.ts';
import { savedAssessmentSchema, SAVED_FORMAT, SAVED_KEY, SAVED_VERSION, type SavedAssessment } from '../schema/saved-assessment.ts';

/** The part of the Web Storage API the assessment uses; a Map-backed fake serves the tests. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where an unreadable record is moved, so the user can still download it. */
export const damagedKey = (key = SAVED_KEY) => `${key}:damaged`;
/** Where earlier versions of the site kept one copy of the record before a reset or an import; now adopted into the history. */
export const backupKey = (key = SAVED_KEY) => `${key}:backup`;

/** A fresh record for a model version. */
export function emptyAssessment(modelVersion: number, now = Date.now()): SavedAssessment {
  return { format: SAVED_FORMAT, version: SAVED_VERSION, modelVersion, organization: '', team: '', assessor: '', perspective: 'joint', targets: {}, answers: {}, step: 'start', updatedAt: now };
}

export type LoadResult =
  | { status: 'empty' }
  | { status: 'loaded'; record: SavedAssessment }
  /** The stored text could not be read: it was moved to {@link damagedKey}, never deleted. */
  | { status: 'damaged'; message: string };

/** Reads the saved assessment; damaged data is set aside for download rather than lost or thrown. */
export function loadAssessment(store: KeyValueStore, key = SAVED_KEY): LoadResult {
  const raw = store.getItem(key);
  if (raw === null) return { status: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return setAside(store, key, raw, 'it is not valid JSON');
  }
  const result = savedAssessmentSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return setAside(store, key, raw, `${issue.path.join('.') || 'the record'}: ${issue.message}`);
  }
  return { status: 'loaded', record: result.data };
}

function setAside(store: KeyValueStore, key: string, raw: string, why: string): LoadResult {
  try {
    store.setItem(damagedKey(key), raw);
    store.removeItem(key);
  } catch {
    // Storage is full or blocked: leave the damaged record where it is rather than lose it.
  }
  return { status: 'damaged', message: `Your saved assessment could not be read (${why}). It was kept aside: download it from this page before starting again.` };
}

/**
 * Merges two versions of the record: per question the newer answer wins, and the rest comes
 * from the record changed last. Nothing answered in either is lost.
 */
export function mergeAssessments(mine: SavedAssessment, theirs: SavedAssessment): SavedAssessment {
  const newer = theirs.updatedAt > mine.updatedAt ? theirs : mine;
  const answers = { ...mine.answers };
  for (const [id, answer] of Object.entries(theirs.answers)) {
    const current = answers[id];
    if (!current || (answer.at ?? 0) > (current.at ?? 0)) answers[id] = answer;
  }
  return { ...newer, answers, updatedAt: Math.max(mine.updatedAt, theirs.updatedAt) };
}

export type SaveResult =
  | { status: 'saved'; record: SavedAssessment; /** Another tab had saved changes since this one last read: they were merged in. */ merged: boolean }
  | { status: 'failed'; record: SavedAssessment; message: string };

/**
 * Saves the record, first merging anything another tab saved since `lastSeen` (the updatedAt
 * and answers this tab last read or wrote), so no tab overwrites another's answers.
 */
export function saveAssessment(store: KeyValueStore, record: SavedAssessment, lastSeen: string | null, key = SAVED_KEY): SaveResult {
  let toSave = record;
  let merged = false;
  const current = store.getItem(key);
  if (current !== null && current !== lastSeen) {
    const stored = loadAssessment(store, key);
    if (stored.status === 'loaded') {
      toSave = mergeAssessments(record, stored.record);
      merged = JSON.stringify(toSave) !== JSON.stringify(record);
    }
  }
  try {
    store.setItem(key, JSON.stringify(toSave));
    return { status: 'saved', record: toSave, merged };
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError';
    return {
      status: 'failed',
      record: toSave,
      message: full
        ? 'Your browser’s storage for this site is full, so this change is not saved. Export your scorecard to keep it, then free some space.'
        : 'Your browser refused to save this change (storage may be disabled). Export your scorecard to keep it.',
    };
  }
}

/** The saved record an imported scorecard becomes: its answers, targets and names, opened on the results. */
export function savedFromScorecard(scorecard: Scorecard, now = Date.now()): SavedAssessment {
  const answers: SavedAssessment['answers'] = {};
  for (const [id, answer] of Object.entries(scorecard.answers)) answers[id] = { ...answer, at: now };
  return {
    ...emptyAssessment(scorecard.modelVersion, now),
    organization: scorecard.organization,
    team: scorecard.team,
    assessor: scorecard.assessor,
    perspective: scorecard.perspective,
    targets: scorecard.targets,
    answers,
    ...(scorecard.roadmap && { roadmap: structuredClone(scorecard.roadmap) }),
    step: 'results',
  };
}
