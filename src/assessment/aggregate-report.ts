import type { AssessmentModel } from '../schema/assessment.ts';
import { isAnonymous } from './anonymise.ts';
import { belowTargetSummary, displayLabels, type Aggregate } from './aggregate.ts';
import { heatmapSvg, shortDimensionLabel } from './heatmap.ts';
import { longDate, type TitleBlock } from './scorecard-report.ts';
import { slideSvg } from './slide.ts';

/** The kicker of the aggregate report and slide: what the document is. */
export const AGGREGATE_KICKER = 'Team scorecards, aggregated';

/** "Acme Corp", "Acme Corp and Beta Ltd", "Acme Corp, Beta Ltd and Gamma", or "5 organizations". */
export function organizationsHeading(aggregate: Pick<Aggregate, 'teams'>): string {
  const seen = new Map<string, string>();
  for (const t of aggregate.teams) {
    const name = t.organization.trim();
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  const names = [...seen.values()];
  if (names.length === 0) return aggregate.teams.every((t) => isAnonymous(t)) ? 'Anonymous cohort' : 'Unnamed organization';
  if (names.length > 3) return `${names.length} organizations`;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "2 Oct – 30 Nov 2026", or one date when every scorecard has the same. */
export function dateRange(dates: readonly string[]): string {
  const sorted = dates.filter(Boolean).sort();
  if (sorted.length === 0) return '';
  const [first, last] = [sorted[0]!, sorted.at(-1)!];
  if (first === last) return longDate(first);
  const [a, b] = [longDate(first), longDate(last)];
  // The year is said once when both dates share it.
  return first.slice(0, 4) === last.slice(0, 4) ? `${a.replace(/ \d{4}$/, '')} – ${b}` : `${a} – ${b}`;
}

/** The aggregate report's title block: the organization(s), then teams, dates and model version. */
export function aggregateTitleBlock(model: Pick<AssessmentModel, 'modelVersion'>, aggregate: Aggregate): TitleBlock {
  const details: [string, string][] = [
    ['Teams', aggregate.teams.length.toLocaleString('en')],
    ['Dates', dateRange(aggregate.teams.map((t) => t.date))],
    ['Model', `version ${model.modelVersion}`],
  ];
  return { heading: organizationsHeading(aggregate), details: details.filter(([, value]) => value) };
}

const fixed = (n: number | null) => (n === null ? '–' : n.toFixed(1));

/** The aggregate as a 16:9 slide picture: median overall, teams, the dimensions most often below target, the heatmap. */
/** Teams a slide's heatmap draws: beyond this a projected row is too thin to read. */
export const SLIDE_MAX_TEAMS = 16;

export function aggregateSlide(model: AssessmentModel, aggregate: Aggregate, { source = 'Converge' } = {}): string {
  const block = aggregateTitleBlock(model, aggregate);
  const median = aggregate.overall.median;
  const below = belowTargetSummary(aggregate);
  const most = below[0]?.teams.length ?? 0;
  const worst = below.filter((d) => most > 0 && d.teams.length === most);
  const n = aggregate.teams.length;
  return slideSvg({
    kicker: AGGREGATE_KICKER,
    heading: block.heading,
    subline: block.details.map(([label, value]) => (label === 'Teams' ? `${value} team${n === 1 ? '' : 's'}` : label === 'Model' ? `model ${value}` : value)).join(' · '),
    facts: [
      {
        label: 'Median overall',
        value: `${fixed(median)} / 4`,
        // A level is not given: it depends on each team's lowest answers, not on a median of scores.
        detail: median === null ? 'no team scored yet' : `teams range from ${fixed(aggregate.overall.min)} to ${fixed(aggregate.overall.max)}`,
      },
      { label: 'Teams', value: `${n.toLocaleString('en')} team${n === 1 ? '' : 's'}`, detail: `${aggregate.overall.scored.toLocaleString('en')} scored overall` },
      {
        label: 'Most often below target',
        value: worst.length === 0 ? 'None' : worst.length === 1 ? worst[0]!.title : `${worst.length} dimensions`,
        detail:
          worst.length === 0
            ? 'every team meets its targets'
            : `${most.toLocaleString('en')} of ${worst[0]!.scored.toLocaleString('en')} teams below target${worst.length === 1 ? '' : ` in each: ${worst.map((d) => shortDimensionLabel(d.title)).join(', ')}`}`,
      },
    ],
    chart: heatmapSvg(aggregate, { labels: displayLabels(aggregate), levels: model.levels, id: 'slide-heatmap', maxRows: SLIDE_MAX_TEAMS }),
    footer: `${source} · scores are the mean of the answers, 0–4; the shade and L give the level`,
  });
}
