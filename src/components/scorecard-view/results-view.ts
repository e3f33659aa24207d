// Renders an assessment's results (summary, radar, table, warnings, next steps) into the
// markup of ResultsView.astro. Shared by /assess/ and the read-only /scorecard/ view; all
// figures come from the engine, and all text from users goes in as text nodes.
import { planNextSteps, type NextStep } from '../../assessment/next-steps.ts';
import { radarSvg } from '../../assessment/radar.ts';
import { scoreAssessment, type AssessmentResult } from '../../assessment/score.ts';
import { matchWarnings } from '../../assessment/warnings.ts';
import type { Answers, AssessmentModel, Level } from '../../schema/assessment.ts';
import type { Perspective } from '../../schema/scorecard.ts';
import { el } from './dom.ts';
import type { ModelData } from './model-data.ts';

export { readModelData, versionMap, type ConceptLink, type ModelData } from './model-data.ts';

export interface ResultsInput {
  answers: Answers;
  targets: Partial<Record<string, Level>>;
  organization: string;
  team: string;
  assessor?: string;
  perspective?: Perspective;
  date?: string;
}

/** "3.2": how pages number a question (dimension 3, question 2). */
export function questionNumbers(model: AssessmentModel): Map<string, string> {
  return new Map(model.dimensions.flatMap((d, i) => d.questions.map((q, j) => [q.id, `${i + 1}.${j + 1}`] as const)));
}

export const fixed = (n: number | null) => (n === null ? '–' : n.toFixed(1));
const percent = (n: number) => `${Math.round(n * 100)}%`;

/** The radar of levels with the target overlaid, as standalone SVG text. */
export function resultsRadar(result: AssessmentResult): string {
  return radarSvg(
    result.dimensions.map((d) => ({ label: d.title, values: [d.level, d.target] })),
    [
      { name: 'Current level', colour: '#0072b2', filled: true },
      { name: 'Target', colour: '#d55e00', dashed: true },
    ],
    { title: 'Current level and target by dimension (the table has the same data)' },
  );
}

/** Renders everything into `root` (which holds ResultsView.astro's markup) and returns the result. */
export function renderResults(root: ParentNode, data: ModelData, input: ResultsInput): AssessmentResult {
  const { model, concepts } = data;
  const numbers = questionNumbers(model);
  const levelName = (level: number | null) => (level === null ? 'not scored' : `${level} · ${model.levels[level]!.name}`);
  const result = scoreAssessment(model, input.answers, input.targets);
  const part = (name: string) => root.querySelector(`[data-results="${name}"]`)!;

  const conceptLinks = (ids: readonly string[]) =>
    ids.flatMap((id, i) => {
      const concept = concepts[id];
      return concept ? [...(i > 0 ? [', '] : []), el('a', { href: concept.url }, concept.title)] : [];
    });

  // Summary: the overall figure never stands alone, the weakest dimension sits next to it.
  const who = [input.organization, input.team].filter(Boolean).join(' · ');
  const side = input.perspective && input.perspective !== 'joint' ? `${input.perspective} perspective` : '';
  const when = [side, input.date, input.assessor && `assessed by ${input.assessor}`].filter(Boolean).join(' · ');
  const box = (label: string, figure: string, detail: string) => el('div', {}, el('span', { className: 'muted' }, label), el('span', { className: 'figure' }, figure), detail);
  part('summary').replaceChildren(
    ...(who ? [el('p', { className: 'who' }, el('strong', {}, who), ...(when ? [` · ${when}`] : []))] : []),
    el(
      'div',
      { className: 'overall' },
      box('Overall', `${fixed(result.score)} / 4`, `Level ${levelName(result.level)}`),
      box('Weakest dimension', result.weakest ? result.weakest.title : '–', result.weakest ? `${fixed(result.weakest.score)} / 4, level ${levelName(result.weakest.level)}` : 'Nothing scored yet'),
      box('Completion', percent(result.completion), `Uncertainty: ${percent(result.uncertainty)} answered "don't know"`),
    ),
  );

  part('radar').innerHTML = resultsRadar(result); // escaped by radarSvg; the only markup string

  const head = el('tr', {}, ...['Dimension', 'Score', 'Level', 'Target', 'Gap', 'Answered', "Don't know"].map((h) => el('th', { scope: 'col' }, h)));
  const rows = result.dimensions.map((d) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, d.title),
      el('td', { className: 'number' }, fixed(d.score)),
      el('td', {}, levelName(d.level)),
      el('td', {}, levelName(d.target)),
      el('td', { className: d.gap > 0 ? 'number below' : 'number' }, d.gap > 0 ? `${d.gap} below` : 'met'),
      el('td', { className: 'number' }, `${d.answered + d.notApplicable} of ${d.questions}`),
      el('td', { className: 'number' }, String(d.unknown)),
    ),
  );
  part('table').replaceChildren(el('table', { className: 'results-table' }, el('caption', {}, 'Maturity by dimension'), el('thead', {}, head), el('tbody', {}, ...rows)));

  const warnings = matchWarnings(model, input.answers, (id) => numbers.get(id) ?? id);
  part('warnings').replaceChildren(
    ...(warnings.length === 0
      ? [el('p', {}, 'No answer pattern matches a known anti-pattern.')]
      : warnings.map((w) =>
          el('div', { className: 'warning' }, el('h4', {}, w.title), el('p', {}, w.message), el('p', { className: 'muted' }, `Why: ${w.because.join('; ')}.`), el('p', {}, 'This is not integration: ', ...conceptLinks([w.boundary]))),
        )),
  );

  const stepItem = (step: NextStep) => {
    const meta = step.kind === 'find-out' ? `${step.dimensionTitle} · unanswered` : `${step.dimensionTitle} · level ${step.from} → ${step.to}`;
    const after = step.after.length ? ` · do after question ${step.after.map((id) => numbers.get(id)).join(', ')}` : '';
    return el('li', {}, el('strong', {}, step.action), el('br'), el('span', { className: 'meta' }, `Question ${numbers.get(step.questionId)} · ${meta}${after}`), el('br'), 'Learn: ', ...conceptLinks(step.concepts));
  };
  const { doNext, later } = planNextSteps(model, input.answers, result);
  part('steps').replaceChildren(
    ...(doNext.length === 0
      ? [el('p', {}, result.score === null ? 'Answer some questions to see your next steps.' : 'Every dimension is at or above its target.')]
      : [
          el('h4', {}, 'Do next'),
          el('ol', { className: 'next-steps do-next' }, ...doNext.map(stepItem)),
          ...(later.length ? [el('details', {}, el('summary', {}, `Then (${later.length} more)`), el('ol', { className: 'next-steps later', start: doNext.length + 1 }, ...later.map(stepItem)))] : []),
        ]),
  );
  return result;
}
