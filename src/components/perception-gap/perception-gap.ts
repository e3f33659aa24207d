// /gap/: loads a security-perspective and an operations-perspective assessment (saved in this
// browser, a file or a share link), and shows where the two sides see different realities.
// Every figure comes from src/assessment/perception-gap.ts; user text goes in as text nodes.
import { gapRadar, gapSize, gapSlide, gapTitle } from '../../assessment/gap-report.ts';
import { disagreeingDimensions, disagreementList, gapBand, perceptionGap, type Disagreement, type PerceptionGap } from '../../assessment/perception-gap.ts';
import { scoreAssessment } from '../../assessment/score.ts';
import { readScorecard, toScorecard, type ReadResult } from '../../assessment/scorecard.ts';
import { decodeShareFragment } from '../../assessment/share-link.ts';
import { loadAssessment } from '../../assessment/storage.ts';
import type { AnswerValue } from '../../schema/assessment.ts';
import { savedKey } from '../../schema/saved-assessment.ts';
import { SCORECARD_MAX_BYTES, type Perspective } from '../../schema/scorecard.ts';
import { fillPrintFooter, titleBlockElement } from '../report/title-block.ts';
import { el, fileSlug } from '../scorecard-view/dom.ts';
import { startWithModelData, type ModelData } from '../scorecard-view/model-data.ts';
import { fixed, questionNumbers, versionMap } from '../scorecard-view/results-view.ts';
import { downloadPicture } from '../scorecard-view/svg-to-png.ts';

type Accepted = Extract<ReadResult, { ok: true }>;
/** The disagreements shown before "Show all": enough to fill a workshop's first hour. */
const TOP = 5;
type Side = 'security' | 'operations';

const root = document.querySelector<HTMLElement>('[data-perception-gap]');
if (root) startWithModelData(root, start);

function start(root: HTMLElement, data: ModelData) {
  const { model, concepts } = data;
  const versions = versionMap(data);
  const numbers = questionNumbers(model);
  const loaded: Partial<Record<Side, Accepted>> = {};
  const levelName = (value: AnswerValue | undefined) =>
    value === undefined ? 'no answer' : value === 'na' ? 'not applicable' : value === 'unknown' ? "don't know" : `${value} · ${model.levels[value]!.name}`;
  const label = (read: Accepted) => [read.scorecard.organization, read.scorecard.team].filter(Boolean).join(' · ') || 'unnamed';

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-export]')) button.addEventListener('click', () => void exportAs(button.dataset.export!));
  fillPrintFooter(root);

  /** Print the handout, or the gap as a slide picture (PNG at 1920 × 1080, or SVG). */
  async function exportAs(kind: string) {
    const { security, operations } = loaded;
    if (kind === 'print') return print();
    if (!security || !operations) return;
    const gap = perceptionGap(model, security.scorecard.answers, operations.scorecard.answers);
    const svg = gapSlide(model, gap, security.scorecard, operations.scorecard, { source: `Converge · ${location.host}${location.pathname}` });
    const name = `${fileSlug(security.scorecard.organization, security.scorecard.team, 'integration-gap', security.scorecard.date)}.${kind}`;
    if (kind === 'svg' || kind === 'png') await downloadPicture(kind, name, svg);
  }

  for (const section of root.querySelectorAll<HTMLElement>('[data-side]')) {
    const side = section.dataset.side as Side;
    const error = section.querySelector<HTMLElement>('[data-error]')!;
    const fail = (message: string) => {
      error.hidden = false;
      error.textContent = `Not loaded: ${message}`;
    };
    const accept = (text: string) => {
      const read = readScorecard(text, model, versions);
      if (!read.ok) return fail(read.error);
      error.hidden = true;
      loaded[side] = read;
      const s = read.scorecard;
      section.querySelector('[data-loaded]')!.textContent = `Loaded: ${label(read)}, ${s.date}, ${s.perspective} perspective${s.assessor ? `, by ${s.assessor}` : ''}.`;
      render();
    };

    // A perspective saved in this browser (from /assess/) can be used directly.
    const saved = loadAssessment(localStorage, savedKey(side as Perspective));
    const useSaved = section.querySelector<HTMLButtonElement>('[data-use-saved]')!;
    if (saved.status !== 'loaded' || Object.keys(saved.record.answers).length === 0) {
      useSaved.textContent = `No ${side} assessment saved in this browser yet`;
    } else {
      useSaved.disabled = false;
      const { record } = saved;
      useSaved.addEventListener('click', () =>
        accept(JSON.stringify(toScorecard(model, record.answers, record.targets, { organization: record.organization, team: record.team, assessor: record.assessor, perspective: record.perspective }))),
      );
    }
    const input = section.querySelector<HTMLInputElement>('[data-file]')!;
    input.addEventListener('change', async () => {
      const [file] = input.files ?? [];
      input.value = '';
      if (!file) return;
      if (file.size > SCORECARD_MAX_BYTES) return fail(`“${file.name}” is larger than 1 MB; a scorecard is a few kilobytes, so it is not one.`);
      accept(await file.text());
    });
    section.querySelector<HTMLFormElement>('[data-link-form]')!.addEventListener('submit', async (event) => {
      event.preventDefault();
      const text = section.querySelector<HTMLInputElement>('[data-link]')!.value.trim();
      const decoded = await decodeShareFragment(text.includes('#') ? text.slice(text.indexOf('#') + 1) : text, versions);
      if (!decoded.ok) return fail(decoded.error);
      accept(decoded.text);
    });
  }

  function render() {
    const { security, operations } = loaded;
    if (!security || !operations) return;
    const results = root.querySelector<HTMLElement>('#gap-results')!;
    results.hidden = false;
    const gap = perceptionGap(model, security.scorecard.answers, operations.scorecard.answers);

    const warnings: string[] = [];
    if (label(security) !== label(operations)) warnings.push(`The two scorecards name different teams (${label(security)}; ${label(operations)}): the gap compares them anyway.`);
    if (security.scorecard.perspective !== 'security') warnings.push(`The security side was answered from the ${security.scorecard.perspective} perspective.`);
    if (operations.scorecard.perspective !== 'operations') warnings.push(`The operations side was answered from the ${operations.scorecard.perspective} perspective.`);
    const warning = root.querySelector<HTMLElement>('#gap-warning')!;
    warning.hidden = warnings.length === 0;
    warning.textContent = warnings.join(' ');

    root.querySelector('#gap-title')!.replaceChildren(titleBlockElement(`Integration gap · ${model.title}`, gapTitle(model, security.scorecard, operations.scorecard)));
    renderSummary(gap);
    renderVerdict(gap);
    renderDisagreements(disagreementList(model, gap));
    renderDimensions(gap);
    renderQuestions(gap);
  }

  function renderSummary(gap: PerceptionGap) {
    const [s, o] = [scoreAssessment(model, loaded.security!.scorecard.answers), scoreAssessment(model, loaded.operations!.scorecard.answers)];
    const box = (title: string, figure: string, detail: string) => el('div', {}, el('span', { className: 'muted' }, title), el('span', { className: 'figure' }, figure), el('span', { className: 'detail' }, detail));
    root.querySelector('#gap-summary')!.replaceChildren(
      el(
        'div',
        { className: 'gap-figures' },
        box('Integration gap', gapSize(gap.gap), `${gap.disagreements} strong disagreement${gap.disagreements === 1 ? '' : 's'} over ${gap.comparable} comparable questions`),
        box('Security sees', `${fixed(s.score)} / 4`, `Level ${s.level ?? '–'}; weakest: ${s.weakest?.title ?? '–'}`),
        box('Operations sees', `${fixed(o.score)} / 4`, `Level ${o.level ?? '–'}; weakest: ${o.weakest?.title ?? '–'}`),
      ),
    );
  }

  /** What this size of gap means, in the model's words, and where the sides split. */
  function renderVerdict(gap: PerceptionGap) {
    const band = gapBand(model, gap.gap);
    const { disagreeing, compared } = disagreeingDimensions(gap);
    const where = gap.disagreements === 0 ? 'No question is answered two or more levels apart.' : `The two sides answer questions two or more levels apart in ${disagreeing} of ${compared} dimensions.`;
    root
      .querySelector('#gap-verdict')!
      .replaceChildren(
        ...(band
          ? [el('p', {}, el('strong', {}, `${band.name} (${gapSize(gap.gap)}). `), band.meaning), el('p', {}, where)]
          : [el('p', {}, gap.gap === null ? 'No question was answered with a level on both sides, so the gap cannot be measured.' : where)]),
      );
    for (const item of root.querySelectorAll<HTMLElement>('.gap-key li')) {
      const current = item.dataset.band === band?.name;
      item.classList.toggle('current', current);
      item.querySelector('.this-gap')?.remove();
      if (current) item.append(el('span', { className: 'this-gap' }, ' · this gap'));
    }
  }

  /** Each disagreement once, widest first: the top five, then the rest behind "Show all". */
  function renderDisagreements(list: Disagreement[]) {
    const holder = root.querySelector('#gap-disagreements')!;
    const lead = root.querySelector('#gap-disagreements-lead')!;
    if (list.length === 0) {
      lead.textContent = '';
      holder.replaceChildren(el('p', {}, 'No question is answered two or more levels apart: the two sides describe their practices alike.'));
      return;
    }
    lead.textContent = `${list.length} question${list.length === 1 ? ' is' : 's are'} answered two or more levels apart, the widest first. Look at the evidence together in the joint forum and agree which level is true.`;
    const links = (ids: string[]) => ids.flatMap((id, i) => (concepts[id] ? [...(i ? [', '] : []), el('a', { href: concepts[id]!.url }, concepts[id]!.title)] : []));
    const item = (d: Disagreement) =>
      el(
        'li',
        {},
        el('p', { className: 'question' }, el('span', { className: 'number' }, numbers.get(d.questionId)!), ` ${d.prompt} `, el('span', { className: 'apart' }, `(${d.difference} levels apart)`)),
        el('dl', { className: 'sides' }, el('dt', {}, 'Security'), el('dd', {}, levelName(d.security)), el('dt', {}, 'Operations'), el('dd', {}, levelName(d.operations))),
        el('p', { className: 'forum' }, el('span', { className: 'dimension' }, `${d.dimensionTitle} · `), 'Settle it in: ', ...links(d.forums)),
        el('div', { className: 'evidence-block' }, el('p', { className: 'evidence-title' }, 'Evidence to look at'), el('ul', { className: 'evidence' }, ...d.evidence.map((e) => el('li', {}, e)))),
        el('p', { className: 'agreed' }, 'Agreed level: ________'),
      );
    const top = el('ol', { className: 'disagreements' }, ...list.slice(0, TOP).map(item));
    const rest = list.slice(TOP);
    if (rest.length === 0) {
      holder.replaceChildren(el('div', { className: 'disagreements-list' }, top));
      return;
    }
    // A button that reveals the rest, not <details>: on paper the handout needs every item, and a hidden list can be printed open.
    const more = el('ol', { className: 'disagreements disagreements-more', id: 'gap-disagreements-more', start: TOP + 1, hidden: true }, ...rest.map(item));
    const toggle = el('button', { type: 'button', className: 'show-all' }, `Show all ${list.length}`);
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', more.id);
    toggle.addEventListener('click', () => {
      more.hidden = !more.hidden;
      toggle.setAttribute('aria-expanded', String(!more.hidden));
      toggle.textContent = more.hidden ? `Show all ${list.length}` : `Show the top ${TOP} only`;
    });
    holder.replaceChildren(el('div', { className: 'disagreements-list' }, top, more), toggle);
  }

  function renderDimensions(gap: PerceptionGap) {
    // A larger label size than the default, so the dimension names stay legible on a phone.
    root.querySelector('#gap-radar')!.innerHTML = gapRadar(gap, { fontSize: 19, radius: 140, wrap: 13, id: 'gap-radar' }); // escaped by radarSvg: the only markup string
    const columns = ['Dimension', 'Security', 'Operations', 'Gap (levels)', 'Strong disagreements'];
    const head = el('tr', {}, ...columns.map((h, i) => el('th', { scope: 'col', className: i > 2 ? 'number' : '' }, h)));
    // Each cell carries its column name, which the stacked layout on narrow screens shows as a label.
    const cell = (column: number, className: string, ...children: (Node | string)[]) => {
      const td = el('td', { className }, ...children);
      td.dataset.label = columns[column]!;
      return td;
    };
    const scoreCell = (score: number | null, level: number | null) => (level === null ? ['not scored'] : [fixed(score), el('span', { className: 'level' }, `level ${level} · ${model.levels[level]!.name}`)]);
    const rows = gap.dimensions.map((d) =>
      el(
        'tr',
        { className: d.disagreements ? 'disagree' : '' },
        el('th', { scope: 'row' }, d.title),
        cell(1, '', ...scoreCell(d.security.score, d.security.level)),
        cell(2, '', ...scoreCell(d.operations.score, d.operations.level)),
        cell(3, 'number', d.gap === null ? 'not comparable' : d.gap.toFixed(1)),
        cell(4, 'number', d.disagreements ? el('span', { className: 'flag' }, `${d.disagreements}`) : '0'),
      ),
    );
    root
      .querySelector('#gap-dimensions')!
      .replaceChildren(el('table', { className: 'gap-table gap-dimension-table' }, el('caption', {}, 'Each side’s score and level per dimension'), el('thead', {}, head), el('tbody', {}, ...rows)));
  }

  function renderQuestions(gap: PerceptionGap) {
    const head = el('tr', {}, ...['Question', 'Security', 'Operations', 'Difference'].map((h) => el('th', { scope: 'col' }, h)));
    const rows = gap.questions.map((q) =>
      el(
        'tr',
        { className: q.disagree ? 'disagree' : '' },
        el('th', { scope: 'row' }, `${numbers.get(q.questionId)} ${q.prompt}`),
        el('td', {}, levelName(q.security)),
        el('td', {}, levelName(q.operations)),
        el(
          'td',
          { className: 'number' },
          q.difference === null ? (q.oneSidedKnowledge ? 'only one side knows' : 'not comparable') : String(q.difference),
          ...(q.disagree ? [el('br'), el('span', { className: 'flag' }, 'talk about this first')] : []),
        ),
      ),
    );
    root.querySelector('#gap-questions')!.replaceChildren(el('table', { className: 'gap-table' }, el('caption', {}, 'Every question as each side answered it'), el('thead', {}, head), el('tbody', {}, ...rows)));
  }
}
