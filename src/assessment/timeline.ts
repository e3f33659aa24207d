// A team's scorecards over time: read (checked, migrated and rescored by readScorecard, as on
// import), grouped by team, put in date order, with the model-version changes and the
// dimensions whose shown score fell since the team's previous scorecard.
import type { AssessmentModel, Level } from '../schema/assessment.ts';
import type { SavedAssessment } from '../schema/saved-assessment.ts';
import type { Scorecard } from '../schema/scorecard.ts';
import { scoreChange, type ReadScorecard } from './compare.ts';
import { readScorecard, toScorecard, type ReadResult } from './scorecard.ts';
import { scorecardLabel } from './scorecard-label.ts';

/** A scorecard read for the timeline: as readScorecard gives it, plus the model version it was answered against. */
export interface TimelineInput extends ReadScorecard {
  /** The model version in the file (or snapshot), before migration; the scorecard itself now says the current one. */
  answeredVersion: number;
  /** Where it came from: a file name or "browser history, 2026-11-03 14:05". */
  source: string;
  notices: string[];
}

export type TimelineRead = ({ ok: true } & TimelineInput) | { ok: false; source: string; error: string };

/**
 * readScorecard for the timeline: the same checks, migration and scoring, keeping the model
 * version the answers were given against (readScorecard brings it up to the current one).
 */
export function readTimelineScorecard(text: string, source: string, model: AssessmentModel, questionsOf: ReadonlyMap<number, readonly string[]>): TimelineRead {
  const read: ReadResult = readScorecard(text, model, questionsOf);
  if (!read.ok) return { ok: false, source, error: read.error };
  // Accepted, so the text is a JSON object with a whole modelVersion.
  const answeredVersion = (JSON.parse(text) as { modelVersion: number }).modelVersion;
  return { ok: true, source, scorecard: read.scorecard, result: read.result, notices: read.notices, answeredVersion };
}

/**
 * A saved assessment (one the browser's history kept) as scorecard text, dated the day its
 * answers were last changed (UTC) and written under the model version they were given against,
 * so reading it migrates them like a file.
 */
export function savedAsScorecardText(model: AssessmentModel, record: SavedAssessment): string {
  const date = new Date(record.updatedAt).toISOString().slice(0, 10);
  const scorecard = toScorecard(model, record.answers, record.targets, { organization: record.organization, team: record.team, assessor: record.assessor, perspective: record.perspective, date });
  return JSON.stringify({ ...scorecard, modelVersion: record.modelVersion });
}

export interface TimelineCell {
  dimensionId: string;
  score: number | null;
  level: Level | null;
  /** The last earlier scorecard that scored this dimension, or null (the first, or never scored before). */
  previous: number | null;
  /** Shown (one-decimal) difference from `previous`; null when either is not scored. */
  delta: number | null;
  /** The shown score fell since the previous scored one. */
  regression: boolean;
}

export interface TimelinePoint {
  date: string;
  source: string;
  /** The model version the answers were given against. */
  answeredVersion: number;
  /** The answers were migrated to the current model version on reading. */
  migrated: boolean;
  /** Set on the first scorecard answered against a different model version than the one before it. */
  versionChange: { from: number; to: number } | null;
  cells: TimelineCell[];
  overall: TimelineCell;
  notices: string[];
}

export interface TeamTimeline {
  /** Lower-cased organization, team and perspective: what groups scorecards into one team. */
  key: string;
  /** "Acme Corp · Platform Operations", with " (security)" for a one-sided series. */
  label: string;
  points: TimelinePoint[];
  /** How many (point, dimension) pairs fell, overall left out. */
  regressions: number;
}

export interface Timeline {
  dimensions: { id: string; title: string }[];
  /** One per team, the team with the most scorecards first (ties: first loaded first). */
  teams: TeamTimeline[];
}

/** Which team a scorecard belongs to: organization, team and side, case and spacing ignored. */
export function teamKey(s: Pick<Scorecard, 'organization' | 'team' | 'perspective'>): string {
  const norm = (x: string) => x.trim().replace(/\s+/g, ' ').toLowerCase();
  return `${norm(s.organization)}\u0000${norm(s.team)}\u0000${s.perspective}`;
}

function cell(dimensionId: string, score: number | null, level: Level | null, previous: number | null): TimelineCell {
  const change = scoreChange({ score: previous, level: null }, { score, level });
  return { dimensionId, score, level, previous, delta: change.delta, regression: change.direction === 'down' };
}

/** One team's scorecards in date order (same date: the order they were given in), with changes marked. */
export function teamTimeline(model: AssessmentModel, inputs: readonly TimelineInput[]): TimelinePoint[] {
  const ordered = inputs.map((input, i) => ({ input, i })).sort((a, b) => (a.input.scorecard.date < b.input.scorecard.date ? -1 : a.input.scorecard.date > b.input.scorecard.date ? 1 : a.i - b.i));
  const last = new Map<string, number>();
  let lastOverall: number | null = null;
  let lastVersion: number | null = null;
  return ordered.map(({ input }) => {
    const cells = model.dimensions.map((d, n) => {
      const r = input.result.dimensions[n]!;
      const c = cell(d.id, r.score, r.level, last.get(d.id) ?? null);
      if (r.score !== null) last.set(d.id, r.score);
      return c;
    });
    const overall = cell('overall', input.result.score, input.result.level, lastOverall);
    if (input.result.score !== null) lastOverall = input.result.score;
    const versionChange = lastVersion !== null && lastVersion !== input.answeredVersion ? { from: lastVersion, to: input.answeredVersion } : null;
    lastVersion = input.answeredVersion;
    return {
      date: input.scorecard.date,
      source: input.source,
      answeredVersion: input.answeredVersion,
      migrated: input.answeredVersion !== model.modelVersion,
      versionChange,
      cells,
      overall,
      notices: input.notices,
    };
  });
}

/** Groups scorecards by team and builds each team's timeline. */
export function buildTimeline(model: AssessmentModel, inputs: readonly TimelineInput[]): Timeline {
  const groups = new Map<string, TimelineInput[]>();
  for (const input of inputs) {
    const key = teamKey(input.scorecard);
    const group = groups.get(key);
    if (group) group.push(input);
    else groups.set(key, [input]);
  }
  const teams = [...groups].map(([key, group]) => {
    const points = teamTimeline(model, group);
    return { key, label: scorecardLabel(group[0]!.scorecard, { date: false }), points, regressions: points.reduce((n, p) => n + p.cells.filter((c) => c.regression).length, 0) };
  });
  // Stable sort: among equal counts the first loaded team stays first.
  teams.sort((a, b) => b.points.length - a.points.length);
  return { dimensions: model.dimensions.map((d) => ({ id: d.id, title: d.title })), teams };
}

/** A sentence for the page when the loaded scorecards belong to more than one team. */
export function mixedTeamsWarning(timeline: Timeline): string | null {
  if (timeline.teams.length < 2) return null;
  const names = timeline.teams.map((t) => `${t.label} (${t.points.length})`);
  const listed = names.length > 6 ? `${names.slice(0, 6).join(', ')} and ${names.length - 6} more` : names.join(', ');
  return `These scorecards belong to ${timeline.teams.length} different teams: ${listed}. A timeline follows one team, so choose which one to show; the others are kept and never mixed into it.`;
}

export interface ChartGeometry {
  /** One per point with a score; x by date (same dates spread evenly), y by score 0–4 (4 at the top). */
  marks: { index: number; x: number; y: number; regression: boolean }[];
  /** x of each model-version change: halfway between the two scorecards. */
  versionLines: { x: number; from: number; to: number }[];
}

/**
 * Where a chart of `width` × `height` (inside its padding) puts each score: time runs left to
 * right in proportion to the dates, so a long gap between assessments looks long.
 */
export function chartGeometry(points: readonly TimelinePoint[], pick: (p: TimelinePoint) => TimelineCell, width: number, height: number): ChartGeometry {
  const days = points.map((p) => Date.parse(`${p.date}T00:00:00Z`) / 86_400_000);
  const first = days[0] ?? 0;
  const span = (days.at(-1) ?? 0) - first;
  // Spread the points evenly when they share one date, else by date.
  const xOf = (i: number) => (points.length === 1 ? width / 2 : span === 0 ? (i / (points.length - 1)) * width : ((days[i]! - first) / span) * width);
  const marks = points.flatMap((p, index) => {
    const c = pick(p);
    return c.score === null ? [] : [{ index, x: xOf(index), y: height - (c.score / 4) * height, regression: c.regression }];
  });
  const versionLines = points.flatMap((p, i) => (p.versionChange && i > 0 ? [{ x: (xOf(i - 1) + xOf(i)) / 2, ...p.versionChange }] : []));
  return { marks, versionLines };
}
