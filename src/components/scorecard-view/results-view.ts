// Renders an assessment's results (title block, summary, radar, table, warnings, next steps, the
// print appendix) into the markup of ResultsView.astro. Shared by /assess/ and the read-only
// /scorecard/ view; all figures come from the engine, and all text from users goes in as text nodes.
import { answerBreakdown, breakdownWords } from '../../assessment/answer-breakdown.ts';
import { planNextSteps, type NextStep } from '../../assessment/next-steps.ts';
import { scoreAssessment, type AssessmentResult } from '../../assessment/score.ts';
import { scorecardRadar, scorecardSlide, titleBlock, type ReportSubject } from '../../assessment/scorecard-report.ts';
import { matchWarnings } from '../../assessment/warnings.ts';
import type { Answers, AssessmentModel, Level } from '../../schema/assessment.ts';
import { fillPrintFooter, titleBlockElement } from '../report/title-block.ts';
import { el } from './dom.ts';
import { fixed } from './format.ts';
import type { ModelData } from './model-data.ts';

export { versionMap, type ConceptLink, type ModelData } from './model-data.ts';
export { fixed } from './format.ts';

export interface ResultsInput extends ReportSubject {
  answers: Answers;
  targets: Partial<Record<string, Level>>;
}

/** "3.2": how pages number a question (dimension 3, question 2). */
export function questionNumbers(model: AssessmentModel): Map<string, string> {
  return new Map(model.dimensions.flatMap((d, i) => d.questions.map((q, j) => [q.id, `${i + 1}.${j + 1}`] as const)));
}

/** The kicker of every scorecard's title block: what the document is. */
export const scorecardKicker = (model: AssessmentModel) => `Maturity scorecard · ${model.title}`;

/** The scorecard as a 16:9 slide picture, for the PNG and SVG exports. */
export function resultsSlide(data: ModelData, input: ResultsInput): string {
  return scorecardSlide(data.model, scoreAssessment(data.model, input.answers, input.targets), input, { source: `Converge · ${location.host}${location.pathname}` });
}

/** Renders everything into `root` (which holds ResultsView.astro's markup) and returns the result. */
export function renderResults(root: ParentNode, data: ModelData, input: ResultsInput): AssessmentResult {
  const { model, concepts } = data;
  const numbers = questionNumbers(model);
  const levelName = (level: number | null) => (level === null ? 'not scored' : `${level} · ${model.levels[level]!.name}`);
  const result = scoreAssessment(model, input.answers, input.targets);
  const breakdown = answerBreakdown(result);
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-results="${name}"]`)!;

  const conceptLinks = (ids: readonly string[]) =>
    ids.flatMap((id, i) => {
      const concept = concepts[id];
      return concept ? [...(i > 0 ? [', '] : []), el('a', { href: concept.url }, concept.title)] : [];
    });

  part('title').replaceChildren(titleBlockElement(scorecardKicker(model), titleBlock(model, input)));

  // Summary: the overall figure never stands alone, the weakest dimension sits next to it, and the
  // answer counts add up to the whole (don't know and not applicable are counted, not hidden).
  const card = (label: string, figure: string, ...detail: (Node | string)[]) => el('div', { className: 'card' }, el('span', { className: 'muted' }, label), el('span', { className: 'figure' }, figure), el('span', { className: 'detail' }, ...detail));
  part('summary').replaceChildren(
    el(
      'div',
      { className: 'overall' },
      card('Overall', `${fixed(result.score)} / 4`, result.level === null ? 'Nothing scored yet' : `Level ${levelName(result.level)}`),
      card('Weakest dimension', result.weakest ? result.weakest.title : '–', result.weakest ? `${fixed(result.weakest.score)} / 4, level ${levelName(result.weakest.level)}` : 'Nothing scored yet'),
      card('Complete', `${breakdown.completePercent}%`, breakdownWords(breakdown)),
    ),
  );

  const scored = result.score !== null;
  part('radar').innerHTML = scored ? scorecardRadar(result, { fontSize: 19, radius: 140, wrap: 13, id: 'results-radar' }) : ''; // escaped by radarSvg; the only markup string
  part('radar').hidden = !scored;

  const columns = ['Dimension', 'Score', 'Level', 'Target', 'Gap', 'Answered', "Don't know"];
  const head = el('tr', {}, ...columns.map((h) => el('th', { scope: 'col' }, h)));
  // data-label names each cell for the stacked layout of narrow screens, where the header row is hidden.
  const cell = (column: number, className: string, text: string) => {
    const td = el('td', { className }, text);
    td.dataset.label = columns[column]!;
    return td;
  };
  const rows = result.dimensions.map((d) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, d.title),
      cell(1, 'number', fixed(d.score)),
      cell(2, 'level', levelName(d.level)),
      cell(3, 'level', levelName(d.target)),
      // A dimension with no answer has no gap yet: its distance to target is unknown, not the whole target.
      d.score === null ? cell(4, 'number muted', '–') : cell(4, d.gap > 0 ? 'number below' : 'number', d.gap > 0 ? `${d.gap} below` : 'met'),
      cell(5, 'number', `${d.answered + d.notApplicable} of ${d.questions}`),
      cell(6, 'number', String(d.unknown)),
    ),
  );
  part('table').replaceChildren(el('table', { className: 'results-table' }, el('caption', {}, 'Maturity by dimension'), el('thead', {}, head), el('tbody', {}, ...rows)));

  const warnings = matchWarnings(model, input.answers, (id) => numbers.get(id) ?? id);
  part('warnings').replaceChildren(
    ...(warnings.length === 0
      ? [el('p', {}, 'No answer pattern matches a known anti-pattern.')]
      : warnings.map((w) =>
          el(
            'div',
            { className: 'warning' },
            el('h4', {}, w.title, el('span', { className: 'print-only' }, ` — not integration: ${concepts[w.boundary]?.title ?? w.boundary}`)),
            el('p', { className: 'warning-message' }, w.message),
            el('p', { className: 'muted warning-why' }, `Why: ${w.because.join('; ')}.`),
            el('p', { className: 'warning-boundary' }, 'This is not integration: ', ...conceptLinks([w.boundary])),
          ),
        )),
  );

  const stepItem = (step: NextStep) => {
    const rung = step.kind === 'find-out' ? `${step.dimensionTitle} · unanswered` : `${step.dimensionTitle} · level ${step.from} → ${step.to}`;
    const after = step.after.length ? ` · do after question ${step.after.map((id) => numbers.get(id)).join(', ')}` : '';
    const context =
      step.kind === 'raise'
        ? [el('dl', { className: 'step-context' }, el('dt', {}, `Now, level ${levelName(step.from)}`), el('dd', {}, step.current ?? ''), el('dt', {}, `Next, level ${levelName(step.to)}`), el('dd', {}, step.reached))]
        : [];
    return el(
      'li',
      {},
      el('p', { className: 'step-action' }, el('strong', {}, 'Do: '), step.action),
      el('p', { className: 'meta' }, `Question ${numbers.get(step.questionId)} · ${rung}${after}`),
      ...context,
      el('p', { className: 'learn' }, 'Learn: ', ...conceptLinks(step.concepts)),
    );
  };
  const { doNext, later } = planNextSteps(model, input.answers, result);
  part('steps').replaceChildren(
    ...(doNext.length === 0
      ? [el('p', {}, scored ? 'Every dimension is at or above its target.' : 'Answer some questions to see your next steps.')]
      : [
          el('h4', {}, 'Do next'),
          el('ol', { className: 'next-steps do-next' }, ...doNext.map(stepItem)),
          ...(later.length ? [el('details', { className: 'later-steps' }, el('summary', {}, `Then (${later.length} more)`), el('ol', { className: 'next-steps later', start: doNext.length + 1 }, ...later.map(stepItem)))] : []),
        ]),
  );

  // The appendix prints only when the reader asks for it: every later step and every note.
  const notes = model.dimensions.flatMap((d) => d.questions.filter((q) => input.answers[q.id]?.note?.trim()).map((q) => ({ q, note: input.answers[q.id]!.note!.trim() })));
  part('appendix').replaceChildren(
    el('h3', {}, 'Appendix'),
    el('h4', {}, later.length ? `Every further next step (${later.length})` : 'Every further next step'),
    later.length ? el('ol', { className: 'next-steps', start: doNext.length + 1 }, ...later.map(stepItem)) : el('p', {}, 'None: the five above are all.'),
    el('h4', {}, notes.length ? `Notes (${notes.length})` : 'Notes'),
    notes.length ? el('dl', { className: 'appendix-notes' }, ...notes.flatMap(({ q, note }) => [el('dt', {}, `${numbers.get(q.id)} ${q.prompt}`), el('dd', {}, note)])) : el('p', {}, 'No question has a note.'),
  );
  fillPrintFooter(root);
  return result;
}
