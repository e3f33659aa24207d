import type { Scorecard } from '../schema/scorecard.ts';
import { isAnonymous } from './anonymise.ts';

type Who = Pick<Scorecard, 'organization' | 'team' | 'date'> & { perspective?: Scorecard['perspective'] };

/** "organization · team · date (security)", leaving out what is empty: how a page names one scorecard. */
export function scorecardLabel(scorecard: Who, { date = true } = {}): string {
  const parts = [scorecard.organization.trim(), scorecard.team.trim(), date ? scorecard.date : ''].filter(Boolean);
  const side = scorecard.perspective && scorecard.perspective !== 'joint' ? ` (${scorecard.perspective})` : '';
  return `${parts.length ? parts.join(' · ') : 'Unnamed team'}${side}`;
}

/**
 * One label per scorecard, in order: "organization · team", with the date added where the same
 * team appears more than once (last quarter and now), and a number where even that repeats.
 * Scorecards without organization and team (anonymised ones, a training class's) are not one
 * team seen many times but many teams: each is numbered, "Anonymous 2 (2026-11)".
 */
export function teamLabels(scorecards: readonly Who[]): string[] {
  let anonymous = 0;
  const named = namedLabels(scorecards.filter((s) => !isAnonymous(s)));
  let n = 0;
  return scorecards.map((s) => {
    if (!isAnonymous(s)) return named[n++]!;
    const side = s.perspective && s.perspective !== 'joint' ? `, ${s.perspective}` : '';
    return `Anonymous ${++anonymous} (${s.date.slice(0, 7)}${side})`;
  });
}

function namedLabels(scorecards: readonly Who[]): string[] {
  const key = (s: Who) => scorecardLabel(s, { date: false }).toLowerCase();
  const teams = new Map<string, number>();
  for (const s of scorecards) teams.set(key(s), (teams.get(key(s)) ?? 0) + 1);
  const labels = scorecards.map((s) => scorecardLabel(s, { date: teams.get(key(s))! > 1 }));
  const seen = new Map<string, number>();
  const repeats = new Map<string, number>();
  for (const label of labels) repeats.set(label, (repeats.get(label) ?? 0) + 1);
  return labels.map((label) => {
    if (repeats.get(label)! === 1) return label;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return `${label} (${n})`;
  });
}
