// The anonymised export: the same scorecard with everything that names or describes the
// organization taken out, so it can go to a training class, a benchmark or a vendor. Pure: no
// DOM, no clock, no local time zone.
import type { Scorecard } from '../schema/scorecard.ts';

/** What the switch removes, in the words the export bars use. */
export const ANONYMISE_SUMMARY = 'Removes organization, team, assessor, notes, evidence links and the roadmap (it names owners), and rounds the date to the month; answers, targets and the model version stay.';

const ISO_DATE = /^(\d{4})-(\d{2})-\d{2}$/;

/**
 * "2026-11-23" → "2026-11-01": the month of a date, as a valid date. Works on the text only, so
 * no time zone can move the day (and with it the month) as a `Date` in local time would.
 */
export function monthOf(date: string): string {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`"${date}" is not a date such as 2026-11-23`);
  return `${match[1]}-${match[2]}-01`;
}

type Answer = Scorecard['answers'][string];

/**
 * One answer without what the user wrote: only the value stays. A whitelist, so a field added
 * to answers later is dropped until someone decides it is safe to keep.
 */
export function anonymiseAnswer(answer: Answer): Answer {
  // Evidence (format 3) goes whole: its titles, links and owners name systems and people, and
  // an item without its title is not evidence of anything.
  return answer.value === undefined ? {} : { value: answer.value };
}

/**
 * The scorecard without organization, team, assessor, notes, evidence or roadmap, dated to the
 * first of its month; model version, perspective, answers' values, targets and results stay.
 * Answers that held only a note are left out, as `toScorecard` leaves out empty answers. The
 * results depend only on values and targets, which do not change, so they stay as they are.
 * Idempotent: anonymising twice gives the same scorecard.
 */
export function anonymiseScorecard(scorecard: Scorecard): Scorecard {
  const answers: Scorecard['answers'] = {};
  for (const [id, answer] of Object.entries(scorecard.answers)) {
    const kept = anonymiseAnswer(answer);
    if (kept.value !== undefined) answers[id] = kept;
  }
  return {
    format: scorecard.format,
    version: scorecard.version,
    modelVersion: scorecard.modelVersion,
    organization: '',
    team: '',
    assessor: '',
    perspective: scorecard.perspective,
    date: monthOf(scorecard.date),
    answers,
    targets: { ...scorecard.targets },
    results: structuredClone(scorecard.results),
  };
}

/** A scorecard that names no organization and no team: anonymised, or never named. */
export const isAnonymous = (scorecard: Pick<Scorecard, 'organization' | 'team'>) => !scorecard.organization.trim() && !scorecard.team.trim();
