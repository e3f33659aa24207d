import type { AssessmentModel, Level } from '../schema/assessment.ts';
import type { ReadScorecard } from './compare.ts';
import { isAnonymous } from './anonymise.ts';
import { toCsv } from './csv.ts';
import { perceptionGap } from './perception-gap.ts';
import { teamLabels } from './scorecard-label.ts';

export interface TeamCell {
  dimensionId: string;
  /** 0–4; null when the team answered nothing with a level in this dimension ("not scored"). */
  score: number | null;
  level: Level | null;
  /** The team's own target for the dimension. */
  target: Level;
  /** Scored and below its target; an unscored dimension is never counted as below. */
  below: boolean;
}

export interface TeamRow {
  label: string;
  organization: string;
  team: string;
  date: string;
  perspective: 'joint' | 'security' | 'operations';
  cells: TeamCell[];
  overall: { score: number | null; level: Level | null };
  /**
   * For a security or operations scorecard whose team also has one from the other side: the
   * integration gap between them (the latest of each side); null otherwise.
   */
  integrationGap: { gap: number | null; disagreements: number } | null;
}

export interface Stats {
  /** How many teams have a score here; the statistics are over these only. */
  scored: number;
  /** Teams not scored here, left out of the statistics. */
  unscored: number;
  median: number | null;
  min: number | null;
  max: number | null;
  /** max − min. */
  spread: number | null;
}

export interface DimensionSummary extends Stats {
  id: string;
  title: string;
  /** Labels of the teams scored below their target here, in input order. */
  belowTarget: string[];
}

export interface Aggregate {
  teams: TeamRow[];
  dimensions: DimensionSummary[];
  /** The same statistics over the teams' overall scores. */
  overall: Stats;
}

/** The median: the middle value, or the mean of the two middle values of an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median, minimum, maximum and spread of the scores that exist; nulls are counted as unscored. */
export function statsOf(scores: readonly (number | null)[]): Stats {
  const values = scores.filter((s): s is number => s !== null);
  const min = values.length ? Math.min(...values) : null;
  const max = values.length ? Math.max(...values) : null;
  return { scored: values.length, unscored: scores.length - values.length, median: median(values), min, max, spread: min === null || max === null ? null : max - min };
}

/**
 * Many teams' scorecards side by side: a row per team with each dimension's score, level and
 * whether it is below the team's target, and per dimension the median, minimum, maximum and
 * spread over the teams that are scored there.
 */
export function aggregateScorecards(model: AssessmentModel, inputs: readonly ReadScorecard[]): Aggregate {
  const labels = teamLabels(inputs.map((i) => i.scorecard));
  const teamKey = (s: ReadScorecard['scorecard']) => `${s.organization.trim().toLowerCase()}\u0000${s.team.trim().toLowerCase()}`;
  // The latest scorecard of each team from each side, found in one pass: a thousand teams stay fast.
  const latestBySide = new Map<string, ReadScorecard['scorecard']>();
  for (const { scorecard } of inputs) {
    const key = `${teamKey(scorecard)}\u0000${scorecard.perspective}`;
    const kept = latestBySide.get(key);
    if (!kept || scorecard.date > kept.date) latestBySide.set(key, scorecard);
  }
  /** The latest scorecard of a team from one side. */
  const latest = (key: string, perspective: string) => latestBySide.get(`${key}\u0000${perspective}`);
  const teams: TeamRow[] = inputs.map(({ scorecard, result }, n) => {
    const security = latest(teamKey(scorecard), 'security');
    const operations = latest(teamKey(scorecard), 'operations');
    // Anonymous scorecards are each their own team: one from the security side is never paired
    // with an unrelated anonymous one from the operations side.
    const gap = scorecard.perspective !== 'joint' && !isAnonymous(scorecard) && security && operations ? perceptionGap(model, security.answers, operations.answers) : null;
    const byId = new Map(result.dimensions.map((d) => [d.id, d]));
    return {
      label: labels[n]!,
      organization: scorecard.organization,
      team: scorecard.team,
      date: scorecard.date,
      perspective: scorecard.perspective,
      integrationGap: gap && { gap: gap.gap, disagreements: gap.disagreements },
      cells: model.dimensions.map((d) => {
        const r = byId.get(d.id);
        const target = r?.target ?? model.targets[d.id] ?? 0;
        const level = r?.level ?? null;
        return { dimensionId: d.id, score: r?.score ?? null, level, target, below: level !== null && level < target };
      }),
      overall: { score: result.score, level: result.level },
    };
  });
  const dimensions = model.dimensions.map((d, i) => ({
    id: d.id,
    title: d.title,
    ...statsOf(teams.map((t) => t.cells[i]!.score)),
    belowTarget: teams.filter((t) => t.cells[i]!.below).map((t) => t.label),
  }));
  return { teams, dimensions, overall: statsOf(teams.map((t) => t.overall.score)) };
}

/** "2.00": two decimals always, so a spreadsheet column of scores lines up and reads the same. */
const twoDecimals = (n: number | null) => (n === null ? null : n.toFixed(2));

/**
 * The aggregate as CSV in long form, one row per team × dimension (then the team's overall), so
 * a spreadsheet can pivot, filter and chart it; scores with two decimals as in scorecards.
 */
export function aggregateCsv(model: AssessmentModel, aggregate: Aggregate): string {
  const levelName = (level: Level | null) => (level === null ? 'not scored' : model.levels[level]!.name);
  const rows = aggregate.teams.flatMap((t) => [
    ...t.cells.map((c, i) => [t.label, t.organization, t.team, t.date, c.dimensionId, model.dimensions[i]!.title, twoDecimals(c.score), c.level, levelName(c.level), c.target, c.level === null ? '' : c.below ? 'yes' : 'no']),
    [t.label, t.organization, t.team, t.date, 'overall', 'Overall', twoDecimals(t.overall.score), t.overall.level, levelName(t.overall.level), '', ''],
  ]);
  const header = ['team_label', 'organization', 'team', 'date', 'dimension_id', 'dimension', 'score', 'level', 'level_name', 'target', 'below_target'];
  // The perspective and integration-gap columns appear only when some scorecard has a side, so
  // joint-only exports keep their familiar shape.
  if (!aggregate.teams.some((t) => t.perspective !== 'joint')) return toCsv(header, rows);
  let row = 0;
  const extra = aggregate.teams.flatMap((t) =>
    [...t.cells, null].map((cell) => [t.perspective, cell === null && t.integrationGap ? twoDecimals(t.integrationGap.gap) : '']),
  );
  return toCsv([...header, 'perspective', 'integration_gap'], rows.map((r) => [...r, ...extra[row++]!]));
}

/** The organization every team shares (as first written), or null when they differ or one has none. */
export function sharedOrganization(aggregate: Pick<Aggregate, 'teams'>): string | null {
  const names = new Set(aggregate.teams.map((t) => t.organization.trim().toLowerCase()));
  const first = aggregate.teams[0]?.organization.trim() ?? '';
  return names.size === 1 && first ? first : null;
}

/** Team labels as a page shows them: without the "Acme Corp · " prefix when every team shares it. */
export function displayLabels(aggregate: Pick<Aggregate, 'teams'>): string[] {
  const shared = sharedOrganization(aggregate);
  if (!shared) return aggregate.teams.map((t) => t.label);
  return aggregate.teams.map((t) => (t.label.toLowerCase().startsWith(`${shared.toLowerCase()} · `) ? t.label.slice(shared.length + 3) : t.label));
}

export interface BelowTarget {
  id: string;
  title: string;
  /** Display labels of the teams below their target here, in input order. */
  teams: string[];
  /** Teams scored in this dimension: "6 of 8" counts against these. */
  scored: number;
  /** Teams not scored here. */
  unscored: number;
}

/** Per dimension, the teams below their target, the dimensions with the most such teams first. */
export function belowTargetSummary(aggregate: Aggregate): BelowTarget[] {
  const labels = displayLabels(aggregate);
  return aggregate.dimensions
    .map((d, i) => ({ id: d.id, title: d.title, teams: aggregate.teams.flatMap((t, n) => (t.cells[i]!.below ? [labels[n]!] : [])), scored: d.scored, unscored: d.unscored }))
    .sort((a, b) => b.teams.length - a.teams.length);
}
