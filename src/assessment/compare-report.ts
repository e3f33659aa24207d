// The comparison of two scorecards as a leader-facing document: its title block, its radar and
// its slide picture. Pure: the compare page and its exports draw from the same text.
import type { AssessmentModel } from '../schema/assessment.ts';
import type { ScorecardComparison, ScoreChange } from './compare.ts';
import { radarSvg, type RadarOptions } from './radar.ts';
import { longDate, monthName, titleBlock, type ReportSubject, type TitleBlock } from './scorecard-report.ts';
import { slideSvg } from './slide.ts';

const fixed = (n: number | null) => (n === null ? '–' : n.toFixed(1));
const when = (subject: ReportSubject) => (subject.date ? (subject.dateIsMonth ? monthName : longDate)(subject.date) : 'undated');
const who = (model: Pick<AssessmentModel, 'modelVersion'>, subject: ReportSubject) => titleBlock(model, subject).heading;
/** Cuts a legend name so two of them fit side by side under a radar. */
const short = (text: string, chars = 34) => (text.length > chars ? `${text.slice(0, chars - 1).trimEnd()}…` : text);

/** "▲ up 0.3", "▼ down 1.0", "= same" or "not comparable": a change in words, the arrow only repeating them. */
export function changeText(change: Pick<ScoreChange, 'delta' | 'direction'>, { arrow = true } = {}): string {
  if (change.delta === null || change.direction === null) return 'not comparable';
  const words = change.direction === 'same' ? 'same' : `${change.direction} ${Math.abs(change.delta).toFixed(1)}`;
  return arrow ? `${{ up: '▲', down: '▼', same: '=' }[change.direction]} ${words}` : words;
}

/** The title block of a comparison: one team over time ("… : 15 Dec 2026 compared with 1 Oct 2026") or two teams, then both sides and the model version. */
export function comparisonTitle(model: Pick<AssessmentModel, 'modelVersion'>, a: ReportSubject, b: ReportSubject): TitleBlock {
  const [teamA, teamB] = [who(model, a), who(model, b)];
  const heading = teamA === teamB ? `${teamB}: ${when(b)} compared with ${when(a)}` : `${teamB} compared with ${teamA}`;
  return {
    heading,
    details: [
      ['B', `${teamB} · ${when(b)}`],
      ['A', `${teamA} · ${when(a)}`],
      ['Model', `version ${model.modelVersion}`],
    ],
  };
}

/** The names of the two radar series: the dates when one team is compared over time, else the teams. */
export function comparisonSeriesNames(model: Pick<AssessmentModel, 'modelVersion'>, a: ReportSubject, b: ReportSubject): { a: string; b: string } {
  const [teamA, teamB] = [who(model, a), who(model, b)];
  return teamA === teamB ? { a: `A · ${when(a)}`, b: `B · ${when(b)}` } : { a: short(`A · ${teamA}`), b: short(`B · ${teamB}`) };
}

/** The comparison radar: B (the one the page is about) filled, A outlined, both as 0–4 scores. */
export function comparisonRadar(comparison: ScorecardComparison, names: { a: string; b: string }, options: RadarOptions = {}): string {
  return radarSvg(
    comparison.dimensions.map((d) => ({ label: d.title, values: [d.b.score, d.a.score] })),
    [
      { name: names.b, role: 'primary' },
      { name: names.a, role: 'secondary' },
    ],
    { title: 'Score by dimension, B filled and A outlined (the table has the same data)', ...options },
  );
}

/** The comparison as a 16:9 slide picture: overall B, overall A and the change, beside the radar. */
export function comparisonSlide(model: AssessmentModel, comparison: ScorecardComparison, a: ReportSubject, b: ReportSubject, { source = 'Converge' } = {}): string {
  const [teamA, teamB] = [who(model, a), who(model, b)];
  const sameTeam = teamA === teamB;
  const level = (n: number | null) => (n === null ? 'not scored' : `Level ${n} · ${model.levels[n]!.name}`);
  const { overall, dimensions } = comparison;
  const count = (direction: string) => dimensions.filter((d) => d.direction === direction).length;
  return slideSvg({
    // The kicker is the site's word for the document only: the model's long title would run off the slide in capitals.
    kicker: 'Scorecard comparison',
    heading: sameTeam ? teamB : `${teamB} and ${teamA}`,
    subline: [sameTeam ? `B ${when(b)} compared with A ${when(a)}` : `B ${teamB} compared with A ${teamA}`, `model version ${model.modelVersion}`].join(' · '),
    facts: [
      { label: short(`Overall B · ${sameTeam ? when(b) : teamB}`), value: `${fixed(overall.b.score)} / 4`, detail: level(overall.b.level) },
      { label: short(`Overall A · ${sameTeam ? when(a) : teamA}`), value: `${fixed(overall.a.score)} / 4`, detail: level(overall.a.level) },
      {
        label: 'Change, B − A',
        value: changeText(overall),
        detail: `${count('up')} dimensions up, ${count('down')} down; ${comparison.improved.length} questions rose a level, ${comparison.regressed.length} fell`,
      },
    ],
    chart: comparisonRadar(comparison, comparisonSeriesNames(model, a, b), { fontSize: 17, radius: 118, wrap: 13, id: 'slide-radar' }),
    footer: `${source} · scores 0–4; each change is B − A between the one-decimal scores`,
  });
}
