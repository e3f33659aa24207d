// /gap/: loads a security-perspective and an operations-perspective assessment (saved in this
// browser, a file or a share link), and shows where the two sides see different realities.
// Every figure comes from src/assessment/perception-gap.ts; user text goes in as text nodes.
import { perceptionGap, perceptionSteps, type PerceptionGap } from '../../assessment/perception-gap.ts';
import { radarSvg } from '../../assessment/radar.ts';
import { scoreAssessment } from '../../assessment/score.ts';
import { readScorecard, toScorecard, type ReadResult } from '../../assessment/scorecard.ts';
import { decodeShareFragment } from '../../assessment/share-link.ts';
import { loadAssessment } from '../../assessment/storage.ts';
import type { AnswerValue } from '../../schema/assessment.ts';
import { savedKey } from '../../schema/saved-assessment.ts';
import { SCORECARD_MAX_BYTES, type Perspective } from '../../schema/scorecard.ts';
import { el } from '../scorecard-view/dom.ts';
import { fixed, questionNumbers, readModelData, versionMap } from '../scorecard-view/results-view.ts';

type Accepted = Extract<ReadResult, { ok: true }>;
type Side = 'security' | 'operations';

const root = document.querySelector<HTMLElement>('[data-perception-gap]');
if (root) start(root);

function start(root: HTMLElement) {
  const data = readModelData();
  const { model, concepts } = data;
  const versions = versionMap(data);
  const numbers = questionNumbers(model);
  const loaded: Partial<Record<Side, Accepted>> = {};
  const levelName = (value: AnswerValue | undefined) =>
    value === undefined ? 'no answer' : value === 'na' ? 'not applicable' : value === 'unknown' ? "don't know" : `${value} · ${model.levels[value]!.name}`;
  const scoreName = (score: number | null, level: number | null) => (level === null ? 'not scored' : `${fixed(score)} (level ${level} · ${model.levels[level]!.name})`);
  const label = (read: Accepted) => [read.scorecard.organization, read.scorecard.team].filter(Boolean).join(' · ') || 'unnamed';

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
    if (saved.status === 'loaded' && Object.keys(saved.record.answers).length > 0) {
      useSaved.hidden = false;
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

    renderSummary(gap);
    renderTalkFirst(gap);
    renderDimensions(gap);
    renderSteps(gap);
    renderQuestions(gap);
  }

  function renderSummary(gap: PerceptionGap) {
    const [s, o] = [scoreAssessment(model, loaded.security!.scorecard.answers), scoreAssessment(model, loaded.operations!.scorecard.answers)];
    const box = (title: string, figure: string, detail: string) => el('div', {}, el('span', { className: 'muted' }, title), el('span', { className: 'figure' }, figure), detail);
    root.querySelector('#gap-summary')!.replaceChildren(
      el(
        'div',
        { className: 'gap-figures' },
        box('Integration gap', gap.gap === null ? '–' : `${gap.gap.toFixed(1)} levels`, `${gap.disagreements} strong disagreement${gap.disagreements === 1 ? '' : 's'} over ${gap.comparable} comparable questions`),
        box('Security sees', `${fixed(s.score)} / 4`, `Level ${s.level ?? '–'}; weakest: ${s.weakest?.title ?? '–'}`),
        box('Operations sees', `${fixed(o.score)} / 4`, `Level ${o.level ?? '–'}; weakest: ${o.weakest?.title ?? '–'}`),
      ),
    );
  }

  function renderTalkFirst(gap: PerceptionGap) {
    const holder = root.querySelector('#gap-talk-first')!;
    if (gap.talkFirst.length === 0) {
      holder.replaceChildren(el('p', {}, 'No question is answered two or more levels apart: the two sides describe their practices alike.'));
      return;
    }
    holder.replaceChildren(
      el(
        'ol',
        { className: 'talk-first' },
        ...gap.talkFirst.map((q) =>
          el(
            'li',
            {},
            el('span', { className: 'flag' }, `${q.difference} levels apart: `),
            el('strong', {}, `${numbers.get(q.questionId)} ${q.prompt}`),
            el('br'),
            `Security: ${levelName(q.security)}. Operations: ${levelName(q.operations)}.`,
          ),
        ),
      ),
    );
  }

  function renderDimensions(gap: PerceptionGap) {
    root.querySelector('#gap-radar')!.innerHTML = radarSvg(
      gap.dimensions.map((d) => ({ label: d.title, values: [d.security.score, d.operations.score] })),
      [
        { name: 'Security perspective', role: 'primary' },
        { name: 'Operations perspective', role: 'secondary' },
      ],
      { title: 'Score by dimension as security and operations each see it (the table has the same data)', id: 'gap-radar' },
    );
    const head = el('tr', {}, ...['Dimension', 'Security', 'Operations', 'Gap (levels)', 'Strong disagreements'].map((h) => el('th', { scope: 'col' }, h)));
    const rows = gap.dimensions.map((d) =>
      el(
        'tr',
        { className: d.disagreements ? 'disagree' : '' },
        el('th', { scope: 'row' }, d.title),
        el('td', {}, scoreName(d.security.score, d.security.level)),
        el('td', {}, scoreName(d.operations.score, d.operations.level)),
        el('td', { className: 'number' }, d.gap === null ? 'not comparable' : d.gap.toFixed(1)),
        el('td', { className: 'number' }, d.disagreements ? el('span', { className: 'flag' }, `${d.disagreements}`) : '0'),
      ),
    );
    root.querySelector('#gap-dimensions')!.replaceChildren(el('table', { className: 'gap-table' }, el('caption', {}, 'Each side’s score and level per dimension'), el('thead', {}, head), el('tbody', {}, ...rows)));
  }

  function renderSteps(gap: PerceptionGap) {
    const steps = perceptionSteps(model, gap);
    const links = (ids: string[]) => ids.flatMap((id, i) => (concepts[id] ? [...(i ? [', '] : []), el('a', { href: concepts[id]!.url }, concepts[id]!.title)] : []));
    root.querySelector('#gap-steps')!.replaceChildren(
      steps.length === 0
        ? el('p', {}, 'Nothing to reconcile: no strong disagreement.')
        : el(
            'ol',
            { className: 'next-steps' },
            ...steps.map((step) => el('li', {}, el('strong', {}, step.action), el('br'), el('span', { className: 'meta' }, `Question ${numbers.get(step.questionId)} · ${step.dimensionTitle}`), el('br'), 'Where: ', ...links(step.concepts))),
          ),
    );
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
