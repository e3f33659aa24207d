import type { AssessmentModel } from '../schema/assessment.ts';
import type { Perspective } from '../schema/scorecard.ts';
import { answerBreakdown } from './answer-breakdown.ts';
import { radarSvg, type RadarOptions } from './radar.ts';
import type { AssessmentResult } from './score.ts';
import { slideSvg } from './slide.ts';

/** Who and when a report is about: what the title block of every leader-facing output says. */
export interface ReportSubject {
  organization: string;
  team: string;
  perspective?: Perspective;
  /** ISO date, YYYY-MM-DD. */
  date?: string;
  /** The date stands for its month (an anonymised scorecard is dated to the first of its month). */
  dateIsMonth?: boolean;
  assessor?: string;
}

export interface TitleBlock {
  /** "Acme Corp · Platform Operations", or "Unnamed team". */
  heading: string;
  /** Label and value pairs, in reading order; empty values are left out. */
  details: [label: string, value: string][];
}

const PERSPECTIVE_WORDS: Record<Perspective, string> = {
  joint: 'Joint (security and operations together)',
  security: 'Security side',
  operations: 'Operations side',
};

/** "30 Nov 2026" from "2026-11-30": unambiguous on both sides of the Atlantic. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(match[3])} ${months[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

/** "Nov 2026" from "2026-11-01": the month an anonymised scorecard is dated to, without a day it never had. */
export function monthName(iso: string): string {
  return longDate(iso).replace(/^\d+ /, '');
}

/** The title block of a scorecard report: organization and team, then perspective, date, assessor and model version. */
export function titleBlock(model: Pick<AssessmentModel, 'modelVersion'>, subject: ReportSubject): TitleBlock {
  const heading = [subject.organization.trim(), subject.team.trim()].filter(Boolean).join(' · ') || 'Unnamed team';
  const details: [string, string][] = [
    ['Perspective', PERSPECTIVE_WORDS[subject.perspective ?? 'joint']],
    ['Date', subject.date ? (subject.dateIsMonth ? monthName(subject.date) : longDate(subject.date)) : ''],
    ['Assessor', subject.assessor?.trim() ?? ''],
    ['Model', `version ${model.modelVersion}`],
  ];
  return { heading, details: details.filter(([, value]) => value) };
}

/** The radar of a result: its scores, with the target levels overlaid. */
export function scorecardRadar(result: AssessmentResult, options: RadarOptions = {}): string {
  return radarSvg(
    result.dimensions.map((d) => ({ label: d.title, values: [d.score, d.target] })),
    [
      { name: 'Score', role: 'primary' },
      { name: 'Target level', role: 'target' },
    ],
    { title: 'Score and target by dimension (the table has the same data)', ...options },
  );
}

const fixed = (n: number | null) => (n === null ? '–' : n.toFixed(1));

/** The scorecard as a 16:9 slide picture (SVG text): title block, overall level, weakest dimension, answers, radar. */
export function scorecardSlide(model: AssessmentModel, result: AssessmentResult, subject: ReportSubject, { source = 'Converge' } = {}): string {
  const block = titleBlock(model, subject);
  const level = (n: number | null) => (n === null ? 'not scored' : `Level ${n} · ${model.levels[n]!.name}`);
  const below = result.dimensions.filter((d) => d.score !== null && d.gap > 0).length;
  const breakdown = answerBreakdown(result);
  return slideSvg({
    kicker: `Maturity scorecard · ${model.title}`,
    heading: block.heading,
    subline: block.details.filter(([label]) => label !== 'Model').map(([, value]) => value).concat(`model version ${model.modelVersion}`).join(' · '),
    facts: [
      { label: 'Overall', value: `${fixed(result.score)} / 4`, detail: level(result.level) },
      { label: 'Weakest dimension', value: result.weakest?.title ?? 'Nothing scored yet', detail: result.weakest ? `${fixed(result.weakest.score)} / 4 · ${level(result.weakest.level)}` : undefined },
      { label: 'Below target', value: `${below} of ${result.dimensions.length} dimensions`, detail: `${breakdown.scored} of ${breakdown.total} questions scored` },
    ],
    chart: scorecardRadar(result, { fontSize: 17, radius: 118, wrap: 13, id: 'slide-radar' }),
    footer: [source, subject.date ? longDate(subject.date) : ''].filter(Boolean).join(' · '),
  });
}
