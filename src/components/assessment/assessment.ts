// The assessment island: wires the server-rendered questionnaire to the pure engine
// (src/assessment) and to localStorage. Everything computed here comes from the engine;
// this file only reads the form, saves, and renders results as DOM (never as markup strings
// built from user text).
import { planNextSteps, type NextStep } from '../../assessment/next-steps.ts';
import { radarSvg } from '../../assessment/radar.ts';
import { scoreAssessment, type AssessmentResult } from '../../assessment/score.ts';
import { BACKUP_KEY, DAMAGED_KEY, backupAssessment, emptyAssessment, loadAssessment, mergeAssessments, saveAssessment } from '../../assessment/storage.ts';
import { matchWarnings } from '../../assessment/warnings.ts';
import type { AnswerValue, AssessmentModel, Level } from '../../schema/assessment.ts';
import { SAVED_KEY, type SavedAssessment } from '../../schema/saved-assessment.ts';

interface ConceptLink {
  title: string;
  type: string;
  url: string;
}

const root = document.querySelector<HTMLElement>('[data-assessment]');
if (root) start(root);

function start(root: HTMLElement) {
  const { model, concepts } = JSON.parse(document.getElementById('assessment-data')!.textContent!) as { model: AssessmentModel; concepts: Record<string, ConceptLink> };
  const form = root.querySelector<HTMLFormElement>('#assessment-form')!;
  const notice = root.querySelector<HTMLElement>('#assess-notice')!;
  const steps = ['start', ...model.dimensions.map((d) => d.id), 'results'];
  const questions = model.dimensions.flatMap((d) => d.questions);
  /** "3.2": how the page numbers a question (dimension 3, question 2). */
  const questionNumber = new Map(model.dimensions.flatMap((d, i) => d.questions.map((q, j) => [q.id, `${i + 1}.${j + 1}`] as const)));
  const store = window.localStorage;

  root.classList.add('js');
  root.querySelector<HTMLElement>('.assess-steps')!.hidden = false;
  root.querySelector<HTMLElement>('.assess-progress')!.hidden = false;
  root.querySelector<HTMLElement>('#results')!.hidden = false;

  // ---- state ------------------------------------------------------------------------------

  let record: SavedAssessment = emptyAssessment(model.modelVersion);
  /** The stored text this tab last read or wrote: a different one means another tab saved. */
  let lastSeen: string | null = null;

  const loaded = loadAssessment(store);
  if (loaded.status === 'loaded') {
    record = loaded.record;
    lastSeen = store.getItem(SAVED_KEY);
    const who = [record.organization, record.team].filter(Boolean).join(', ');
    say(`Welcome back: your saved assessment${who ? ` for ${who}` : ''} is restored, and every change keeps saving in this browser.`);
  } else if (loaded.status === 'damaged') {
    sayWithDownload(loaded.message);
  }
  if (record.modelVersion !== model.modelVersion) {
    say(`Your answers were given against version ${record.modelVersion} of the model; this is version ${model.modelVersion}. Answers to questions that still exist are kept; none are deleted.`);
  }
  fillForm();

  function say(message: string, kind: 'info' | 'error' = 'info') {
    notice.hidden = false;
    notice.classList.toggle('error', kind === 'error');
    notice.replaceChildren(message);
  }

  function sayWithDownload(message: string) {
    say(message, 'error');
    const raw = store.getItem(DAMAGED_KEY);
    if (raw === null) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
    link.download = 'converge-assessment-damaged.json';
    link.textContent = 'Download the damaged data';
    notice.append(' ', link);
  }

  function save() {
    record.updatedAt = Date.now();
    const result = saveAssessment(store, record, lastSeen);
    record = result.record;
    if (result.status === 'failed') {
      say(result.message, 'error');
      return;
    }
    lastSeen = store.getItem(SAVED_KEY);
    if (result.merged) {
      fillForm();
      say('Answers saved in another tab of this browser were merged with yours.');
    }
    root.querySelector('#assess-saved')!.textContent = `Saved in this browser at ${new Date(record.updatedAt).toLocaleTimeString()}`;
    updateProgress();
  }

  // Another tab saved (it merged our answers in as it did): take its record in, without writing
  // back, so two tabs never echo saves at each other.
  addEventListener('storage', (event) => {
    if (event.key !== SAVED_KEY || event.newValue === null || event.newValue === lastSeen) return;
    const theirs = loadAssessment(store);
    if (theirs.status !== 'loaded') return;
    const before = JSON.stringify(record.answers);
    record = mergeAssessments(record, theirs.record);
    lastSeen = event.newValue;
    fillForm();
    if (JSON.stringify(record.answers) !== before) say('Answers changed in another tab of this browser were merged with yours.');
    if (currentStep() === 'results') renderResults();
  });

  // ---- form <-> record ---------------------------------------------------------------------

  function fillForm() {
    (form.elements.namedItem('organization') as HTMLInputElement).value = record.organization;
    (form.elements.namedItem('team') as HTMLInputElement).value = record.team;
    for (const dimension of model.dimensions) {
      const select = form.elements.namedItem(`target:${dimension.id}`) as HTMLSelectElement;
      select.value = String(record.targets[dimension.id] ?? model.targets[dimension.id]);
    }
    for (const question of questions) {
      const answer = record.answers[question.id];
      for (const radio of form.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${question.id}"]`)) {
        radio.checked = answer?.value !== undefined && radio.value === String(answer.value);
      }
      (form.elements.namedItem(`note:${question.id}`) as HTMLTextAreaElement).value = answer?.note ?? '';
    }
    updateProgress();
  }

  form.addEventListener('input', (event) => {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const now = Date.now();
    if (field.name === 'organization' || field.name === 'team') record[field.name] = field.value;
    else if (field.name.startsWith('target:')) record.targets[field.name.slice(7)] = Number(field.value) as Level;
    else if (field.name.startsWith('note:')) {
      const id = field.name.slice(5);
      record.answers[id] = { ...record.answers[id], note: field.value, at: now };
    } else if (field instanceof HTMLInputElement && field.type === 'radio') {
      const value: AnswerValue = field.value === 'na' || field.value === 'unknown' ? field.value : (Number(field.value) as Level);
      record.answers[field.name] = { ...record.answers[field.name], value, at: now };
    } else return;
    save();
  });

  function updateProgress() {
    const answered = questions.filter((q) => record.answers[q.id]?.value !== undefined).length;
    root.querySelector<HTMLProgressElement>('#assess-progress-bar')!.value = answered;
    root.querySelector('#assess-progress-text')!.textContent = `${answered} of ${questions.length}`;
    for (const dimension of model.dimensions) {
      const done = dimension.questions.every((q) => record.answers[q.id]?.value !== undefined);
      const link = root.querySelector<HTMLAnchorElement>(`[data-step-link="${dimension.id}"]`)!;
      link.dataset.complete = String(done);
      link.setAttribute('aria-label', `${dimension.title}${done ? ' (all answered)' : ''}`);
    }
  }

  // ---- steps ----------------------------------------------------------------------------------

  function currentStep() {
    const id = decodeURIComponent(location.hash.slice(1));
    return steps.includes(id) ? id : null;
  }

  function show(step: string, { focus = true } = {}) {
    for (const section of root.querySelectorAll<HTMLElement>('[data-step]')) section.dataset.current = String(section.dataset.step === step);
    for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-step-link]')) {
      if (link.dataset.stepLink === step) link.setAttribute('aria-current', 'step');
      else link.removeAttribute('aria-current');
    }
    if (step === 'results') renderResults();
    if (step === 'start') offerBackup();
    if (record.step !== step) {
      record.step = step;
      save();
    }
    if (focus) {
      const heading = root.querySelector<HTMLElement>(`[data-step="${step}"] h2`)!;
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth' });
    }
  }

  addEventListener('hashchange', () => {
    const step = currentStep();
    if (step) show(step);
  });

  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-go]');
    if (!button) return;
    const here = steps.indexOf(currentStep() ?? record.step);
    const next = steps[Math.min(steps.length - 1, Math.max(0, here + (button.dataset.go === 'next' ? 1 : -1)))]!;
    location.hash = next;
  });

  // ---- reset and restore ---------------------------------------------------------------------

  const resetDialog = root.querySelector<HTMLDialogElement>('#reset-dialog')!;
  root.querySelector('#assess-reset')!.addEventListener('click', () => resetDialog.showModal());
  resetDialog.addEventListener('close', () => {
    if (resetDialog.returnValue !== 'reset') return;
    backupAssessment(store);
    store.removeItem(SAVED_KEY);
    lastSeen = null;
    record = emptyAssessment(model.modelVersion);
    fillForm();
    say('Your answers were cleared. A copy is kept: you can restore it from this screen.');
    location.hash = 'start';
  });

  function offerBackup() {
    root.querySelector('#assess-restore')?.remove();
    const backup = store.getItem(BACKUP_KEY);
    if (backup === null) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.id = 'assess-restore';
    button.textContent = 'Restore the answers cleared last time';
    button.addEventListener('click', () => {
      store.setItem(SAVED_KEY, backup);
      const restored = loadAssessment(store);
      if (restored.status !== 'loaded') {
        say('The kept copy could not be read, so nothing was changed.', 'error');
        return;
      }
      store.removeItem(BACKUP_KEY);
      record = restored.record;
      lastSeen = store.getItem(SAVED_KEY);
      fillForm();
      button.remove();
      say('Your earlier answers are restored.');
    });
    root.querySelector('#start .step-nav')!.prepend(button);
  }

  // ---- results ----------------------------------------------------------------------------------

  const levelName = (level: number | null) => (level === null ? 'not scored' : `${level} · ${model.levels[level]!.name}`);
  const fixed = (n: number | null) => (n === null ? '–' : n.toFixed(1));
  const percent = (n: number) => `${Math.round(n * 100)}%`;

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
    const node = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  }

  function conceptLinks(ids: readonly string[]) {
    const links: (Node | string)[] = [];
    ids.forEach((id, i) => {
      const concept = concepts[id];
      if (!concept) return;
      if (i > 0) links.push(', ');
      links.push(el('a', { href: concept.url }, concept.title));
    });
    return links;
  }

  function renderResults() {
    const result = scoreAssessment(model, record.answers, record.targets);
    renderSummary(result);
    renderRadar(result);
    renderTable(result);
    renderWarnings();
    renderSteps(result);
  }

  function renderSummary(result: AssessmentResult) {
    const who = [record.organization, record.team].filter(Boolean).join(' · ');
    const box = (label: string, figure: string, detail: string) => el('div', {}, el('span', { className: 'muted' }, label), el('span', { className: 'figure' }, figure), detail);
    root.querySelector('#results-summary')!.replaceChildren(
      ...(who ? [el('p', {}, el('strong', {}, who))] : []),
      el(
        'div',
        { className: 'overall' },
        box('Overall', `${fixed(result.score)} / 4`, `Level ${levelName(result.level)}`),
        box('Weakest dimension', result.weakest ? result.weakest.title : '–', result.weakest ? `${fixed(result.weakest.score)} / 4, level ${levelName(result.weakest.level)}` : 'Nothing scored yet'),
        box('Completion', percent(result.completion), `Uncertainty: ${percent(result.uncertainty)} answered "don't know"`),
      ),
    );
  }

  function renderRadar(result: AssessmentResult) {
    const figure = root.querySelector('#results-radar')!;
    figure.innerHTML = radarSvg(
      result.dimensions.map((d) => ({ label: d.title, values: [d.level, d.target] })),
      [
        { name: 'Current level', colour: '#0072b2', filled: true },
        { name: 'Target', colour: '#d55e00', dashed: true },
      ],
      { title: 'Current level and target by dimension (the table has the same data)' },
    );
  }

  function renderTable(result: AssessmentResult) {
    const head = el('tr', {}, ...['Dimension', 'Score', 'Level', 'Target', 'Gap', 'Answered', "Don't know"].map((h) => el('th', { scope: 'col' }, h)));
    const rows = result.dimensions.map((d) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, el('a', { href: `#${d.id}` }, d.title)),
        el('td', { className: 'number' }, fixed(d.score)),
        el('td', {}, levelName(d.level)),
        el('td', {}, levelName(d.target)),
        el('td', { className: d.gap > 0 ? 'number below' : 'number' }, d.gap > 0 ? `${d.gap} below` : 'met'),
        el('td', { className: 'number' }, `${d.answered + d.notApplicable} of ${d.questions}`),
        el('td', { className: 'number' }, String(d.unknown)),
      ),
    );
    const table = el('table', { className: 'results-table' }, el('caption', {}, 'Maturity by dimension'), el('thead', {}, head), el('tbody', {}, ...rows));
    root.querySelector('#results-table')!.replaceChildren(table);
  }

  function renderWarnings() {
    const warnings = matchWarnings(model, record.answers, (id) => questionNumber.get(id) ?? id);
    const holder = root.querySelector('#results-warnings')!;
    if (warnings.length === 0) {
      holder.replaceChildren(el('p', {}, 'No answer pattern matches a known anti-pattern.'));
      return;
    }
    holder.replaceChildren(
      ...warnings.map((w) =>
        el(
          'div',
          { className: 'warning' },
          el('h4', {}, w.title),
          el('p', {}, w.message),
          el('p', { className: 'muted' }, `Why: ${w.because.join('; ')}.`),
          el('p', {}, 'This is not integration: ', ...conceptLinks([w.boundary])),
        ),
      ),
    );
  }

  function stepItem(step: NextStep) {
    const meta = step.kind === 'find-out' ? `${step.dimensionTitle} · unanswered` : `${step.dimensionTitle} · level ${step.from} → ${step.to}`;
    const after = step.after.length ? ` · do after question ${step.after.map((id) => questionNumber.get(id)).join(', ')}` : '';
    const number = questionNumber.get(step.questionId)!;
    return el('li', {}, el('strong', {}, step.action), el('br'), el('span', { className: 'meta' }, `Question ${number} · ${meta}${after}`), el('br'), 'Learn: ', ...conceptLinks(step.concepts));
  }

  function renderSteps(result: AssessmentResult) {
    const { doNext, later } = planNextSteps(model, record.answers, result);
    const holder = root.querySelector('#results-steps')!;
    if (doNext.length === 0) {
      holder.replaceChildren(el('p', {}, result.score === null ? 'Answer some questions to see your next steps.' : 'Every dimension is at or above its target.'));
      return;
    }
    holder.replaceChildren(
      el('h4', {}, 'Do next'),
      el('ol', { className: 'next-steps do-next' }, ...doNext.map(stepItem)),
      ...(later.length ? [el('details', {}, el('summary', {}, `Then (${later.length} more)`), el('ol', { className: 'next-steps later', start: doNext.length + 1 }, ...later.map(stepItem)))] : []),
    );
  }

  // ---- first view ----------------------------------------------------------------------------------

  const initial = currentStep() ?? (steps.includes(record.step) ? record.step : 'start');
  if (!currentStep()) history.replaceState(null, '', `#${initial}`);
  show(initial, { focus: false });
}
