import type { AnswerValue, AssessmentModel } from '../schema/assessment.ts';
import { savedAssessmentSchema, type SavedAssessment } from '../schema/saved-assessment.ts';

/** Why a state was replaced: said in the history list, so a user recognises the moment. */
export const SNAPSHOT_REASONS = {
  import: 'replaced by an imported scorecard',
  'share-link': 'replaced by a scorecard from a share link',
  reset: 'cleared by “Start over”',
  restore: 'replaced by restoring an earlier version',
  'perspective-copy': 'replaced by a copy of the joint answers',
  migration: 'as answered, before a new model version',
  'earlier-backup': 'the copy an earlier version of this site kept',
  'roadmap-removed': 'before its roadmap was removed',
} as const;
export type SnapshotReason = keyof typeof SNAPSHOT_REASONS;

/** A dated copy of an assessment that an action replaced, as the browser's history keeps it. */
export interface Snapshot {
  /** Unique and sortable by time: `<takenAt>-<random>`. */
  id: string;
  takenAt: number;
  reason: SnapshotReason;
  record: SavedAssessment;
  /** Size of the record as stored text, in bytes: the history keeps a budget. */
  bytes: number;
}

/** Keep at least the newest {@link KEEP.count} snapshots, or the newest {@link KEEP.bytes} of them, whichever holds more. */
export const KEEP = { count: 50, bytes: 5 * 1024 * 1024 } as const;

/** How the history list and the restore dialog describe a snapshot. */
export interface SnapshotSummary {
  who: string;
  perspective: SavedAssessment['perspective'];
  modelVersion: number;
  /** Questions with an answer (a level, not applicable or don't know). */
  answered: number;
  notes: number;
}

/** A snapshot of a record, taken now for the given reason. */
export function takeSnapshot(record: SavedAssessment, reason: SnapshotReason, now = Date.now(), random = Math.random): Snapshot {
  const copy = structuredClone(record);
  return { id: `${String(now).padStart(15, '0')}-${random().toString(36).slice(2, 8)}`, takenAt: now, reason, record: copy, bytes: new TextEncoder().encode(JSON.stringify(copy)).length };
}

/** Whether a record holds anything worth keeping: an answer, a note or a name. */
export function worthKeeping(record: SavedAssessment): boolean {
  return Object.values(record.answers).some((a) => a.value !== undefined || a.note?.trim()) || Boolean(record.organization.trim() || record.team.trim());
}

/** Who, which perspective, which model and how many answers: what a snapshot would bring back. */
export function summarize(record: SavedAssessment): SnapshotSummary {
  const answers = Object.values(record.answers);
  return {
    who: [record.organization.trim(), record.team.trim()].filter(Boolean).join(' · ') || 'Unnamed team',
    perspective: record.perspective,
    modelVersion: record.modelVersion,
    answered: answers.filter((a) => a.value !== undefined).length,
    notes: answers.filter((a) => a.note?.trim()).length,
  };
}

/**
 * The ids to drop, oldest first: a snapshot stays while it is among the newest {@link KEEP.count}
 * or within the newest {@link KEEP.bytes}; anything older than both goes.
 */
export function toPrune(snapshots: readonly Pick<Snapshot, 'id' | 'takenAt' | 'bytes'>[], keep: { count: number; bytes: number } = KEEP): string[] {
  const newestFirst = [...snapshots].sort((a, b) => b.takenAt - a.takenAt || b.id.localeCompare(a.id));
  let bytes = 0;
  const drop: string[] = [];
  newestFirst.forEach((s, i) => {
    bytes += s.bytes;
    if (i >= keep.count && bytes > keep.bytes) drop.push(s.id);
  });
  return drop.reverse();
}

/** Reads a stored snapshot, or null when it is not one (a damaged entry is reported, never trusted). */
export function readSnapshot(value: unknown): Snapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<Snapshot>;
  if (typeof v.id !== 'string' || typeof v.takenAt !== 'number' || typeof v.reason !== 'string' || !(v.reason in SNAPSHOT_REASONS)) return null;
  const record = savedAssessmentSchema.safeParse(v.record);
  if (!record.success) return null;
  return { id: v.id, takenAt: v.takenAt, reason: v.reason as SnapshotReason, record: record.data, bytes: typeof v.bytes === 'number' ? v.bytes : 0 };
}

/** One question whose answer or note differs between now and a snapshot. */
export interface AnswerChange {
  questionId: string;
  /** "3.2": as pages number it. */
  number: string;
  now: AnswerValue | undefined;
  then: AnswerValue | undefined;
  noteChanged: boolean;
}

/** The questions whose answer or note a restore would change, in model order. */
export function answerChanges(model: AssessmentModel, now: SavedAssessment['answers'], then: SavedAssessment['answers']): AnswerChange[] {
  return model.dimensions.flatMap((d, i) =>
    d.questions.flatMap((q, j) => {
      const [a, b] = [now[q.id], then[q.id]];
      const noteChanged = (a?.note ?? '').trim() !== (b?.note ?? '').trim();
      return a?.value === b?.value && !noteChanged ? [] : [{ questionId: q.id, number: `${i + 1}.${j + 1}`, now: a?.value, then: b?.value, noteChanged }];
    }),
  );
}
