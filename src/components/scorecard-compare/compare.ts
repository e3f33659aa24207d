// The compare island: two sides, each filled from a file (picked or dropped) or from the
// assessment saved in this browser, then the engine's comparison rendered as DOM. A refused
// file only shows its message beside its side; what was loaded stays.
import { compareScorecards, type DimensionComparison, type QuestionChange, type ScoreChange, type ScorecardComparison } from '../../assessment/compare.ts';
import { changeText, comparisonRadar, comparisonSeriesNames, comparisonSlide, comparisonTitle } from '../../assessment/compare-report.ts';
import { anonymiseScorecard } from '../../assessment/anonymise.ts';
import { scorecardLabel } from '../../assessment/scorecard-label.ts';
import { fillPrintFooter, titleBlockElement } from '../report/title-block.ts';
import { el, fileSlug, symbol } from '../scorecard-view/dom.ts';
import { acceptDrops, guardPageDrops, takeFiles } from '../scorecard-view/drop-zone.ts';
import { fixed, levelName } from '../scorecard-view/format.ts';
import { downloadPicture } from '../scorecard-view/svg-to-png.ts';
import { readCurrentAssessment, scorecardReading, readScorecardFile, type Loaded, type LoadResult } from '../scorecard-view/scorecard-files.ts';
import { startWithModelData, type ModelData } from '../scorecard-view/model-data.ts';

type Side = 'a' | 'b';
const SIDES: Side[] = ['a', 'b'];

const root = document.querySelector<HTMLElement>('[data-scorecard-compare]');
if (root) startWithModelData(root, start);

function start(root: HTMLElement, data: ModelData) {
  const { model, versions } = scorecardReading(data);
  const loaded: Partial<Record<Side, Loaded>> = {};
  const titles = new Map(model.dimensions.flatMap((d) => d.questions.map((q) => [q.id, d.title] as const)));
  const results = root.querySelector<HTMLElement>('#compare-results')!;
  const part = (side: Side, name: string) => root.querySelector<HTMLElement>(`[data-side="${side}"] [data-part="${name}"]`)!;

  root.classList.add('js');
  guardPageDrops();
  for (const side of SIDES) {
    const input = part(side, 'input') as HTMLInputElement;
    input.addEventListener('change', () => {
      const [file] = takeFiles(input);
      if (file) void fromFile(side, file);
    });
    acceptDrops(part(side, 'drop'), (files) => {
      if (files.length > 1) refuse(side, `${files.length} files were dropped; drop one scorecard on each side.`);
      else if (files[0]) void fromFile(side, files[0]);
    });
    part(side, 'current').addEventListener('click', () => settle(side, readCurrentAssessment(localStorage, model, versions)));
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-export]')) button.addEventListener('click', () => void exportAs(button.dataset.export!));
  const anonymiseSwitch = root.querySelector<HTMLInputElement>('[data-anonymise]')!;
  anonymiseSwitch.addEventListener('change', () => render());
  fillPrintFooter(root);

  /** Print, or the comparison as a slide picture (PNG at 1920 × 1080, or SVG). */
  async function exportAs(kind: string) {
    const { a, b } = shown();
    if (kind === 'print') return print();
    if (!a || !b) return;
    const svg = comparisonSlide(model, compareScorecards(model, a, b), a.scorecard, b.scorecard, { source: `Converge · ${location.host}${location.pathname}` });
    const name = `${fileSlug(b.scorecard.organization, b.scorecard.team, 'comparison', a.scorecard.date, b.scorecard.date)}.${kind}`;
    if (kind === 'svg' || kind === 'png') await downloadPicture(kind, name, svg);
  }

  async function fromFile(side: Side, file: File) {
    settle(side, await readScorecardFile(file, model, versions));
  }

  function settle(side: Side, read: LoadResult) {
    if (!read.ok) {
      refuse(side, `“${read.source}” was not loaded. ${read.error}`);
      return;
    }
    part(side, 'error').replaceChildren();
    loaded[side] = read;
    part(side, 'loaded').replaceChildren(
      el('strong', {}, scorecardLabel(read.scorecard)),
      el('br'),
      el('span', { className: 'muted' }, `From ${read.source === 'your current assessment' ? read.source : `the file “${read.source}”`}; overall ${fixed(read.result.score)} / 4.`),
    );
    part(side, 'notices').replaceChildren(...read.notices.map((n) => el('li', {}, n)));
    render();
  }

  /** Shows why a file was refused beside its side, and leaves everything else as it was. */
  function refuse(side: Side, message: string) {
    part(side, 'error').replaceChildren(el('p', {}, message));
  }

  /** The two sides as the page shows and exports them: anonymised while the switch is on. */
  function shown(): Partial<Record<Side, Loaded>> {
    if (!anonymiseSwitch.checked) return loaded;
    // Named "Anonymised" on the page, print and image, as on the assessment page: not "Unnamed team".
    const anonymous = (side?: Loaded) => side && { ...side, scorecard: { ...anonymiseScorecard(side.scorecard), organization: 'Anonymised' } };
    return { a: anonymous(loaded.a), b: anonymous(loaded.b) };
  }

  function render() {
    const { a, b } = shown();
    if (!a || !b) return;
    const comparison = compareScorecards(model, a, b);
    results.hidden = false;
    root.querySelector('#compare-title')!.replaceChildren(titleBlockElement(`Scorecard comparison · ${model.title}`, comparisonTitle(model, a.scorecard, b.scorecard)));
    renderSummary(comparison.overall);
    renderRadar(comparison, a, b);
    renderTable(comparison.dimensions);
    renderQuestions(comparison);
  }

  /** The change in words with its arrow; the cell's class colours both (green up, red down). */
  function changeCell(change: Pick<ScoreChange, 'delta' | 'direction'>) {
    if (change.direction === null) return [changeText(change)];
    const glyph = el('span', { className: 'arrow' }, changeText(change).split(' ')[0]!, ' ');
    glyph.setAttribute('aria-hidden', 'true');
    return [glyph, changeText(change, { arrow: false })];
  }

  function renderSummary(overall: ScoreChange) {
    const card = (title: string, figure: (Node | string)[], detail: string, className = '') =>
      el('div', { className: `card ${className}`.trim() }, el('span', { className: 'muted' }, title), el('span', { className: 'figure' }, ...figure), el('span', { className: 'detail' }, detail));
    root.querySelector('#compare-summary')!.replaceChildren(
      el(
        'div',
        { className: 'overall' },
        card('Overall B', [`${fixed(overall.b.score)} / 4`], `Level ${levelName(model, overall.b.level)}`),
        card('Overall A', [`${fixed(overall.a.score)} / 4`], `Level ${levelName(model, overall.a.level)}`),
        card('Change, B − A', changeCell(overall), overall.direction === null ? 'One side has no score yet' : 'In the overall score, as shown', `change ${overall.direction ?? 'none'}`),
      ),
    );
  }

  function renderRadar(comparison: ScorecardComparison, a: Loaded, b: Loaded) {
    // A larger label size than the default, so the dimension names stay legible on a phone.
    const names = comparisonSeriesNames(model, a.scorecard, b.scorecard);
    root.querySelector('#compare-radar')!.innerHTML = comparisonRadar(comparison, names, { fontSize: 19, radius: 140, wrap: 13, id: 'compare-radar' }); // escaped by radarSvg: the only markup string
  }

  function renderTable(dimensions: DimensionComparison[]) {
    const columns = ['Dimension', 'A score', 'A level', 'B score', 'B level', 'Change, B − A'];
    const head = el('tr', {}, ...columns.map((h, i) => el('th', { scope: 'col', className: i === 1 || i === 3 ? 'number' : '' }, h)));
    // Each cell carries its column name, which the stacked layout on narrow screens shows as a label.
    const cell = (column: number, className: string, ...children: (Node | string)[]) => {
      const td = el('td', { className }, ...children);
      td.dataset.label = columns[column]!;
      return td;
    };
    const rows = dimensions.map((d) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, d.title),
        cell(1, 'number a-score', fixed(d.a.score)),
        cell(2, 'a-level', levelName(model, d.a.level)),
        cell(3, 'number b-score', fixed(d.b.score)),
        cell(4, 'b-level', levelName(model, d.b.level)),
        cell(5, `change ${d.direction ?? 'none'}`, ...changeCell(d)),
      ),
    );
    const table = el('table', { className: 'results-table compare-table' }, el('caption', {}, 'Scores and levels by dimension, A and B'), el('thead', {}, head), el('tbody', {}, ...rows));
    root.querySelector('#compare-table')!.replaceChildren(table);
  }

  function renderQuestions(comparison: ScorecardComparison) {
    const { regressed, improved, notComparable, unchanged } = comparison;
    const other = notComparable.length;
    root.querySelector('#compare-counts')!.replaceChildren(
      `${regressed.length} regressed, ${improved.length} improved, ${unchanged} unchanged. ` +
        `${other} question${other === 1 ? ' is' : 's are'} not comparable: not applicable, “don't know” or unanswered on at least one side.`,
    );
    root.querySelector('#compare-regressed-title')!.textContent = `Regressed (${regressed.length})`;
    root.querySelector('#compare-improved-title')!.textContent = `Improved (${improved.length})`;
    root.querySelector('#compare-regressed')!.replaceChildren(regressed.length ? questionList(regressed, 'down') : el('p', {}, 'No question fell a level.'));
    // A long list of good news is collapsed, so the regressions and the table stay in view. On
    // paper it prints open (compare.css), since paper has no disclosure.
    const list = improved.length ? questionList(improved, 'up') : el('p', {}, 'No question rose a level.');
    root
      .querySelector('#compare-improved')!
      .replaceChildren(improved.length > 5 ? el('details', { className: 'improved-more' }, el('summary', {}, `Show the ${improved.length} questions that improved`), list) : list);
  }

  function questionList(changes: QuestionChange[], direction: 'up' | 'down') {
    return el(
      'ul',
      { className: `question-changes ${direction}` },
      ...changes.map((q) =>
        el(
          'li',
          {},
          el('span', { className: 'number' }, q.number),
          ' ',
          el('span', { className: 'prompt' }, q.prompt),
          el('br'),
          el('span', { className: 'muted' }, `${titles.get(q.questionId)} · `),
          el('span', { className: `levels change ${direction}` }, levelName(model, q.from), ' ', ...symbol('→', 'to'), ' ', levelName(model, q.to)),
        ),
      ),
    );
  }
}
