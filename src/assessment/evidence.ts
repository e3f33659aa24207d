import type { Answers, AssessmentModel, EvidenceItem } from '../schema/assessment.ts';
import { toCsv } from './csv.ts';

/**
 * The evidence register's dates are calendar days (YYYY-MM-DD), and every comparison here is
 * made on those strings turned into day numbers, never on Date objects in local time: so a
 * review date means the same day in Auckland and in Honolulu, and the only time-zone-dependent
 * step is reading "today" from the user's clock ({@link localToday}).
 */

export type EvidenceStatus = 'current' | 'expiring' | 'expired' | 'undated';

/** Evidence whose review date is this many days away or fewer (today included) is expiring. */
export const EXPIRING_WITHIN_DAYS = 30;

export const STATUS_WORDS: Record<EvidenceStatus, string> = {
  current: 'current',
  expiring: `expiring within ${EXPIRING_WITHIN_DAYS} days`,
  expired: 'expired',
  undated: 'no review date',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a YYYY-MM-DD calendar date: the same number in every time zone. */
export function dayNumber(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/** The user's calendar day: their clock, their time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The status of an item on `today`: expired once its review date has passed, expiring from
 * 30 days before it up to the day itself, current before that; without a review date, undated.
 */
export function evidenceStatus(item: Pick<EvidenceItem, 'reviewBy'>, today: string): EvidenceStatus {
  if (!item.reviewBy) return 'undated';
  const left = dayNumber(item.reviewBy) - dayNumber(today);
  return left < 0 ? 'expired' : left <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'current';
}

export type StatusCounts = Record<EvidenceStatus, number> & { total: number };
const noCounts = (): StatusCounts => ({ current: 0, expiring: 0, expired: 0, undated: 0, total: 0 });

export interface EvidenceEntry {
  questionId: string;
  dimensionId: string;
  item: EvidenceItem;
  status: EvidenceStatus;
}

export interface EvidenceRegister {
  /** Every item, in model order (dimension, question), then in the order the user added them. */
  entries: EvidenceEntry[];
  /** Counts per dimension id (every dimension present, zeros included) and for the whole assessment. */
  byDimension: Record<string, StatusCounts>;
  total: StatusCounts;
  /** The items past their review date: flagged in the results and the report. */
  expired: EvidenceEntry[];
}

/** The register of an assessment's evidence on `today`. Answers to questions the model lacks are left out. */
export function evidenceRegister(model: AssessmentModel, answers: Answers, today: string): EvidenceRegister {
  const entries: EvidenceEntry[] = [];
  const byDimension: Record<string, StatusCounts> = {};
  const total = noCounts();
  for (const dimension of model.dimensions) {
    const counts = (byDimension[dimension.id] = noCounts());
    for (const question of dimension.questions) {
      for (const item of answers[question.id]?.evidence ?? []) {
        const status = evidenceStatus(item, today);
        entries.push({ questionId: question.id, dimensionId: dimension.id, item, status });
        counts[status]++;
        counts.total++;
        total[status]++;
        total.total++;
      }
    }
  }
  return { entries, byDimension, total, expired: entries.filter((e) => e.status === 'expired') };
}

/** One row per evidence item, for a spreadsheet or a GRC tool's import. */
export function evidenceCsv(model: AssessmentModel, answers: Answers, today: string): string {
  const titles = new Map(model.dimensions.map((d) => [d.id, d.title]));
  const rows = evidenceRegister(model, answers, today).entries.map((e) => [e.questionId, titles.get(e.dimensionId)!, e.item.title, e.item.ref, e.item.owner, e.item.collected ?? '', e.item.reviewBy ?? '', STATUS_WORDS[e.status]]);
  return toCsv(['question_id', 'dimension', 'title', 'ref', 'owner', 'collected', 'review_by', 'status'], rows);
}
