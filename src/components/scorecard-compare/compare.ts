// The compare island: two sides, each filled from a file (picked or dropped) or from the
// assessment saved in this browser, then the engine's comparison rendered as DOM. A refused
// file only shows its message beside its side; what was loaded stays.
import { compareScorecards, type DimensionComparison, type QuestionChange, type ScoreChange } from '../../assessment/compare.ts';
import { radarSvg } from '../../assessment/radar.ts';
import { scorecardLabel } from '../../assessment/scorecard-label.ts';
import { el, symbol } from '../scorecard-view/dom.ts';
import { acceptDrops, guardPageDrops, takeFiles } from '../scorecard-view/drop-zone.ts';
import { ARROWS, changeWords, fixed, levelName } from '../scorecard-view/format.ts';
import { readCurrentAssessment, readPageData, readScorecardFile, type Loaded, type LoadResult } from '../scorecard-view/scorecard-files.ts';

type Side = 'a' | 'b';
const SIDES: Side[] = ['a', 'b'];

const root = document.querySelector<HTMLElement>('[data-scorecard-compare]');
if (root) start(root);

function start(root: HTMLElement) {
  const { model, versions } = readPageData();
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

  function render() {
    const { a, b } = loaded;
    if (!a || !b) return;
    const comparison = compareScorecards(model, a, b);
    const label = { a: `A: ${scorecardLabel(a.scorecard)}`, b: `B: ${scorecardLabel(b.scorecard)}` };
    results.hidden = false;
    root.querySelector('#compare-who')!.replaceChildren(el('li', {}, label.a), el('li', {}, label.b));
    renderSummary(comparison.overall);
    renderRadar(comparison.dimensions, label);
    renderTable(comparison.dimensions);
    renderQuestions('#compare-improved', comparison.improved, 'No question rose a level.');
    renderQuestions('#compare-regressed', comparison.regressed, 'No question fell a level.');
    const other = comparison.notComparable.length;
    root.querySelector('#compare-counts')!.replaceChildren(
      `${comparison.improved.length} improved, ${comparison.regressed.length} regressed, ${comparison.unchanged} unchanged. ` +
        `${other} question${other === 1 ? ' is' : 's are'} not comparable: not applicable, “don't know” or unanswered on at least one side.`,
    );
  }

  function changeCell(change: Pick<ScoreChange, 'delta' | 'direction'>) {
    const words = changeWords(change.delta, change.direction);
    return change.direction === null ? [words] : [...arrow(change.direction), words];
  }
  const arrow = (direction: keyof typeof ARROWS) => {
    const glyph = el('span', { className: `arrow ${direction}` }, ARROWS[direction], ' ');
    glyph.setAttribute('aria-hidden', 'true');
    return [glyph];
  };

  function renderSummary(overall: ScoreChange) {
    const box = (title: string, figure: (Node | string)[], detail: string) => el('div', {}, el('span', { className: 'muted' }, title), el('span', { className: 'figure' }, ...figure), detail);
    root.querySelector('#compare-summary')!.replaceChildren(
      el(
        'div',
        { className: 'overall' },
        box('Overall A', [`${fixed(overall.a.score)} / 4`], `Level ${levelName(model, overall.a.level)}`),
        box('Overall B', [`${fixed(overall.b.score)} / 4`], `Level ${levelName(model, overall.b.level)}`),
        box('Change, B − A', changeCell(overall), overall.direction === null ? 'One side has no score yet' : 'in overall score'),
      ),
    );
  }

  function renderRadar(dimensions: DimensionComparison[], label: Record<Side, string>) {
    const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
    // radarSvg escapes every label; this SVG string is the only markup the page inserts.
    root.querySelector('#compare-radar')!.innerHTML = radarSvg(
      dimensions.map((d) => ({ label: d.title, values: [d.b.score, d.a.score] })),
      [
        { name: short(label.b), role: 'primary' },
        { name: short(label.a), role: 'secondary' },
      ],
      { title: 'Score by dimension, B filled and A outlined (the table has the same data)', id: 'compare-radar' },
    );
  }

  function renderTable(dimensions: DimensionComparison[]) {
    const head = el('tr', {}, ...['Dimension', 'A score', 'A level', 'B score', 'B level', 'Change, B − A'].map((h) => el('th', { scope: 'col' }, h)));
    const rows = dimensions.map((d) =>
      el(
        'tr',
        { className: d.direction ?? 'none' },
        el('th', { scope: 'row' }, d.title),
        el('td', { className: 'number' }, fixed(d.a.score)),
        el('td', {}, levelName(model, d.a.level)),
        el('td', { className: 'number' }, fixed(d.b.score)),
        el('td', {}, levelName(model, d.b.level)),
        el('td', { className: 'change' }, ...changeCell(d)),
      ),
    );
    const table = el('table', { className: 'results-table compare-table' }, el('caption', {}, 'Scores and levels by dimension, A and B'), el('thead', {}, head), el('tbody', {}, ...rows));
    root.querySelector('#compare-table')!.replaceChildren(table);
  }

  function renderQuestions(selector: string, changes: QuestionChange[], none: string) {
    const holder = root.querySelector(selector)!;
    if (changes.length === 0) {
      holder.replaceChildren(el('p', {}, none));
      return;
    }
    holder.replaceChildren(
      el(
        'ul',
        { className: 'question-changes' },
        ...changes.map((q) =>
          el(
            'li',
            {},
            el('span', { className: 'number' }, q.number),
            ' ',
            el('span', { className: 'prompt' }, q.prompt),
            el('br'),
            el('span', { className: 'muted' }, `${titles.get(q.questionId)} · `),
            el('span', { className: 'levels' }, levelName(model, q.from), ' ', ...symbol('→', 'to'), ' ', levelName(model, q.to)),
          ),
        ),
      ),
    );
  }
}
