// The integration gap as a leader-facing document: its title block, its radar and its slide
// picture. Pure: the gap page, its handout and its image exports draw from the same text.
import type { AssessmentModel } from '../schema/assessment.ts';
import { disagreeingDimensions, gapBand, type PerceptionGap } from './perception-gap.ts';
import { radarSvg, type RadarOptions } from './radar.ts';
import { longDate, titleBlock, type ReportSubject, type TitleBlock } from './scorecard-report.ts';
import { slideSvg } from './slide.ts';

const when = (subject: ReportSubject) => (subject.date ? longDate(subject.date) : 'undated');
const side = (subject: ReportSubject) => [when(subject), subject.assessor?.trim()].filter(Boolean).join(', by ');

/** The title block of a gap report: the team (both teams when the files name two), each side's date, the model version. */
export function gapTitle(model: Pick<AssessmentModel, 'modelVersion'>, security: ReportSubject, operations: ReportSubject): TitleBlock {
  const [s, o] = [titleBlock(model, security).heading, titleBlock(model, operations).heading];
  return {
    heading: s === o ? s : `${s} and ${o}`,
    details: [
      ['Security side', side(security)],
      ['Operations side', side(operations)],
      ['Model', `version ${model.modelVersion}`],
    ],
  };
}

/** "0.9 levels", or a dash when no question is comparable. */
export const gapSize = (gap: number | null) => (gap === null ? '–' : `${gap.toFixed(1)} levels`);

/** The gap radar: each side's 0–4 scores, security filled and operations outlined. */
export function gapRadar(gap: PerceptionGap, options: RadarOptions = {}): string {
  return radarSvg(
    gap.dimensions.map((d) => ({ label: d.title, values: [d.security.score, d.operations.score] })),
    [
      { name: 'Security side', role: 'primary' },
      { name: 'Operations side', role: 'secondary' },
    ],
    { title: 'Score by dimension as security and operations each see it (the table has the same data)', ...options },
  );
}

/** The gap as a 16:9 slide picture: its size and band, the strong disagreements, the comparable questions, beside the radar. */
export function gapSlide(model: AssessmentModel, gap: PerceptionGap, security: ReportSubject, operations: ReportSubject, { source = 'Converge' } = {}): string {
  const block = gapTitle(model, security, operations);
  const band = gapBand(model, gap.gap);
  const { disagreeing, compared } = disagreeingDimensions(gap);
  return slideSvg({
    kicker: `Integration gap · ${model.title}`,
    heading: block.heading,
    subline: `Security side ${when(security)} · operations side ${when(operations)} · model version ${model.modelVersion}`,
    facts: [
      { label: 'Integration gap', value: gapSize(gap.gap), detail: band ? `${band.name}: the mean distance between the two sides' answers` : "The mean distance between the two sides' answers" },
      { label: 'Strong disagreements', value: `${gap.disagreements} question${gap.disagreements === 1 ? '' : 's'}`, detail: `Two or more levels apart, in ${disagreeing} of ${compared} dimensions` },
      { label: 'Comparable questions', value: `${gap.comparable} of ${gap.questions.length}`, detail: 'Answered with a level on both sides' },
    ],
    chart: gapRadar(gap, { fontSize: 17, radius: 118, wrap: 13, id: 'slide-radar' }),
    footer: `${source} · scores 0–4, the mean of each side's answers`,
  });
}
