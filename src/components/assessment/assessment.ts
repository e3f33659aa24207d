// The assessment island: wires the server-rendered questionnaire to the pure engine
// (src/assessment) and to localStorage. Everything computed here comes from the engine;
// this file only reads the form, saves, exports and imports; results are drawn by
// scorecard-view/results-view.ts as DOM (never as markup strings built from user text).
import { anonymiseScorecard } from '../../assessment/anonymise.ts';
import { readScorecard, toScorecard } from '../../assessment/scorecard.ts';
import { scorecardOscal } from '../../assessment/oscal.ts';
import { scorecardCsv } from '../../assessment/scorecard-formats.ts';
import { evidenceCsv, localToday } from '../../assessment/evidence.ts';
import { decodeShareFragment, encodeShareFragment, SHARE_LINK_COMFORT } from '../../assessment/share-link.ts';
import type { Snapshot, SnapshotReason } from '../../assessment/history.ts';
import { backupKey, damagedKey, emptyAssessment, loadAssessment, mergeAssessments, saveAssessment } from '../../assessment/storage.ts';
import type { AnswerValue, Level } from '../../schema/assessment.ts';
import { PERSPECTIVE_KEY, savedKey, type SavedAssessment } from '../../schema/saved-assessment.ts';
import { PERSPECTIVES, perspectiveSchema, SCORECARD_MAX_BYTES, type Perspective } from '../../schema/scorecard.ts';
import { download, fileSlug } from '../scorecard-view/dom.ts';
import { keepSnapshot } from '../scorecard-view/history-store.ts';
import { confirmImport } from '../scorecard-view/import-flow.ts';
import { differenceList, renderHistory, snapshotLine } from './history-view.ts';
import { fillEvidence, renderEvidenceSummary, wireEvidenceEditors } from './evidence-view.ts';
import { renderRoadmapPrint, wireRoadmap } from './roadmap-view.ts';
import { wirePrintAppendix } from '../report/title-block.ts';
import { controlsByConcept, startWithModelData, type ModelData } from '../scorecard-view/model-data.ts';
import { renderResults, resultsSlide, versionMap } from '../scorecard-view/results-view.ts';
import { downloadPicture } from '../scorecard-view/svg-to-png.ts';
import { answeringLine, PERSPECTIVE_TITLES } from './perspective-titles.ts';
import { firstUnanswered, questionNumber, showCurrentStep, showResumeNotice, showStepProgress, wireQuestionLayout } from './question-layout.ts';

const root = document.querySelector<HTMLElement>('[data-assessment]');
if (root) startWithModelData(root, start);

function start(root: HTMLElement, data: ModelData) {
  const { model } = data;
  const versions = versionMap(data);
  const form = root.querySelector<HTMLFormElement>('#assessment-form')!;
  const notice = root.querySelector<HTMLElement>('#assess-notice')!;
  const steps = ['start', ...model.dimensions.map((d) => d.id), 'results', 'roadmap'];
  const questions = model.dimensions.flatMap((d) => d.questions);
  const store = window.localStorage;

  // The page was laid out for this script from its first frame (the start step, the step list,
  // the progress bar); from here on the script says which step shows.
  root.classList.add('js');

  // ---- state ------------------------------------------------------------------------------

  const PERSPECTIVE_NAMES: Record<Perspective, string> = { joint: 'joint', security: 'security-perspective', operations: 'operations-perspective' };
  const SHORT_TITLES: Record<Perspective, string> = { joint: 'Joint', security: 'Security side', operations: 'Operations side' };
  let perspective: Perspective = perspectiveSchema.catch('joint').parse(store.getItem(PERSPECTIVE_KEY));
  /** The storage key of the perspective being answered: each perspective keeps its own record. */
  let key = savedKey(perspective);
  let record: SavedAssessment = { ...emptyAssessment(model.modelVersion), perspective };
  /** The stored text this tab last read or wrote: a different one means another tab saved. */
  let lastSeen: string | null = null;

  const loaded = loadAssessment(store, key);
  /** Shown beside the question to resume at, once the first view is in place (see the end). */
  let welcome: string | undefined;
  if (loaded.status === 'loaded') {
    record = loaded.record;
    lastSeen = store.getItem(key);
    const who = [record.organization, record.team].filter(Boolean).join(', ');
    welcome = `Welcome back: your saved ${PERSPECTIVE_NAMES[perspective]} assessment${who ? ` for ${who}` : ''} is restored, and every change keeps saving in this browser.`;
  } else if (loaded.status === 'damaged') {
    sayWithDownload(loaded.message);
  }
  if (record.modelVersion !== model.modelVersion) {
    say(`Your answers were given against version ${record.modelVersion} of the model; this is version ${model.modelVersion}. Answers to questions that still exist are kept; none are deleted, and the assessment as it was is kept in the history.`);
    const asAnswered = structuredClone(record);
    void remember(asAnswered, 'migration');
    record.modelVersion = model.modelVersion;
    save();
  }
  void adoptLegacyBackups();
  fillForm();

  /** Keeps a state that is about to be replaced in the history, and says so when it cannot. */
  async function remember(replaced: SavedAssessment, reason: SnapshotReason) {
    const kept = await keepSnapshot(replaced, reason);
    if (!kept.ok) say(kept.message, 'error');
    if (currentStep() === 'start') void refreshHistory();
    return kept.ok;
  }

  /** Earlier versions of the site kept one backup per perspective in localStorage: move each into the history. */
  async function adoptLegacyBackups() {
    for (const side of PERSPECTIVES) {
      const legacyKey = backupKey(savedKey(side));
      if (store.getItem(legacyKey) === null) continue;
      const legacy = loadAssessment(store, legacyKey);
      if (legacy.status === 'loaded' && !(await keepSnapshot(legacy.record, 'earlier-backup')).ok) continue;
      store.removeItem(legacyKey);
    }
  }

  function say(message: string, kind: 'info' | 'error' = 'info') {
    notice.hidden = false;
    notice.classList.toggle('error', kind === 'error');
    notice.replaceChildren(message);
  }

  function sayWithDownload(message: string) {
    say(message, 'error');
    const raw = store.getItem(damagedKey(key));
    if (raw === null) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
    link.download = 'converge-assessment-damaged.json';
    link.textContent = 'Download the damaged data';
    notice.append(' ', link);
  }

  /** Saves the record; `quiet` leaves out "Saved at…", for saves the user did not cause (which would move the page as it loads). */
  function save({ quiet = false } = {}) {
    record.updatedAt = Date.now();
    const result = saveAssessment(store, record, lastSeen, key);
    record = result.record;
    if (result.status === 'failed') {
      say(result.message, 'error');
      return;
    }
    lastSeen = store.getItem(key);
    if (result.merged) {
      fillForm();
      say('Answers saved in another tab of this browser were merged with yours.');
    }
    if (!quiet) root.querySelector('#assess-saved')!.textContent = `Saved in this browser at ${new Date(record.updatedAt).toLocaleTimeString()}`;
    updateProgress();
  }

  // Another tab saved (it merged our answers in as it did): take its record in, without writing
  // back, so two tabs never echo saves at each other.
  addEventListener('storage', (event) => {
    if (event.key !== key || event.newValue === null || event.newValue === lastSeen) return;
    const theirs = loadAssessment(store, key);
    if (theirs.status !== 'loaded') return;
    const before = JSON.stringify(record.answers);
    record = mergeAssessments(record, theirs.record);
    lastSeen = event.newValue;
    fillForm();
    if (JSON.stringify(record.answers) !== before) say('Answers changed in another tab of this browser were merged with yours.');
    if (currentStep() === 'results') renderResultsView();
    if (currentStep() === 'roadmap') roadmapView.render();
  });

  // ---- form <-> record ---------------------------------------------------------------------

  /** Answers from another perspective now: its own saved record, or a fresh one with the same names and targets. */
  function switchTo(next: Perspective, imported?: SavedAssessment) {
    perspective = next;
    key = savedKey(next);
    store.setItem(PERSPECTIVE_KEY, next);
    const existing = imported ? undefined : loadAssessment(store, key);
    record =
      imported ??
      (existing?.status === 'loaded'
        ? existing.record
        : { ...emptyAssessment(model.modelVersion), organization: record.organization, team: record.team, assessor: record.assessor, targets: record.targets, perspective: next });
    lastSeen = store.getItem(key);
  }

  function fillForm() {
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="perspective"]')) radio.checked = radio.value === perspective;
    root.ownerDocument.querySelector<HTMLElement>('#assess-perspective-name')!.textContent = answeringLine(perspective);
    (form.elements.namedItem('organization') as HTMLInputElement).value = record.organization;
    (form.elements.namedItem('team') as HTMLInputElement).value = record.team;
    (form.elements.namedItem('assessor') as HTMLInputElement).value = record.assessor;
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
    fillEvidence(form, record.answers, localToday());
    updateProgress();
  }

  form.addEventListener('input', (event) => {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const now = Date.now();
    if (field.name === 'perspective') {
      const next = perspectiveSchema.parse(field.value);
      // The radio shows the answered perspective until the user confirms the switch.
      fillForm();
      return void askToSwitch(next);
    }
    if (field.name === 'organization' || field.name === 'team' || field.name === 'assessor') record[field.name] = field.value;
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

  wireEvidenceEditors(form, {
    get: (id) => record.answers[id]?.evidence ?? [],
    set: (id, items) => {
      record.answers[id] = { ...record.answers[id], evidence: items, at: Date.now() };
      save();
    },
    today: () => localToday(),
  });

  function updateProgress() {
    const answered = questions.filter((q) => record.answers[q.id]?.value !== undefined).length;
    root.querySelector<HTMLProgressElement>('#assess-progress-bar')!.value = answered;
    root.querySelector('#assess-progress-text')!.textContent = `${answered} of ${questions.length}`;
    showStepProgress(root, model, record.answers);
  }

  // ---- steps ----------------------------------------------------------------------------------

  function currentStep() {
    const id = decodeURIComponent(location.hash.slice(1));
    return steps.includes(id) ? id : null;
  }

  function show(step: string, { focus = true, quiet = false } = {}) {
    root.dataset.stepNow = step;
    for (const section of root.querySelectorAll<HTMLElement>('[data-step]')) section.dataset.current = String(section.dataset.step === step);
    for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-step-link]')) {
      if (link.dataset.stepLink === step) link.setAttribute('aria-current', 'step');
      else link.removeAttribute('aria-current');
    }
    showCurrentStep(root, steps, step);
    if (step === 'results') renderResultsView();
    if (step === 'roadmap') roadmapView.render();
    if (step === 'start') void refreshHistory();
    if (record.step !== step) {
      record.step = step;
      save({ quiet });
    }
    if (focus) {
      const heading = root.querySelector<HTMLElement>(`[data-step="${step}"] h2`)!;
      heading.focus({ preventScroll: true });
      // Land on the step list and progress, just above the heading, so "Step 3 of 12" and the
      // answered counts are in view with the new step.
      root.querySelector('.assess-steps')!.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth' });
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
    void remember(structuredClone(record), 'reset');
    store.removeItem(key);
    lastSeen = null;
    record = { ...emptyAssessment(model.modelVersion), perspective };
    fillForm();
    say('Your answers were cleared. They are kept in the history on this screen, where you can restore them.');
    location.hash = 'start';
  });

  // ---- history and perspectives -----------------------------------------------------------

  const historySection = root.querySelector<HTMLElement>('#history')!;
  const restoreDialog = root.querySelector<HTMLDialogElement>('#restore-dialog')!;
  const savedRecord = (side: Perspective): SavedAssessment | null => {
    if (side === perspective) return record;
    const found = loadAssessment(store, savedKey(side));
    return found.status === 'loaded' ? found.record : null;
  };
  const refreshHistory = () =>
    renderHistory(historySection, {
      model,
      currentOf: savedRecord,
      restore: (snapshot) => askToRestore(snapshot),
      download: (snapshot) => {
        const r = snapshot.record;
        const card = toScorecard(model, r.answers, r.targets, { organization: r.organization, team: r.team, assessor: r.assessor, perspective: r.perspective, date: new Date(snapshot.takenAt).toISOString().slice(0, 10), roadmap: r.roadmap });
        download(`${fileSlug(r.organization, r.team, r.perspective === 'joint' ? '' : r.perspective, 'kept', new Date(snapshot.takenAt).toISOString().slice(0, 16))}.json`, new Blob([`${JSON.stringify(card, null, 2)}\n`], { type: 'application/json' }));
      },
    });

  function askToRestore(snapshot: Snapshot) {
    const side = snapshot.record.perspective;
    const now = savedRecord(side);
    restoreDialog.querySelector('[data-restore="what"]')!.replaceChildren(
      Object.assign(document.createElement('p'), { textContent: `It brings back ${snapshotLine(snapshot)}.` }),
      differenceList(model, snapshot, now),
      Object.assign(document.createElement('p'), {
        textContent: now && Object.keys(now.answers).length ? 'What is saved now for this perspective is kept in the history first, so this can be undone.' : 'Nothing is saved now for this perspective, so nothing is replaced.',
      }),
    );
    restoreDialog.returnValue = '';
    restoreDialog.showModal();
    restoreDialog.addEventListener(
      'close',
      async () => {
        if (restoreDialog.returnValue !== 'restore') return;
        if (now) await remember(structuredClone(now), 'restore');
        const restored: SavedAssessment = { ...structuredClone(snapshot.record), updatedAt: Date.now() };
        const result = saveAssessment(store, restored, store.getItem(savedKey(side)), savedKey(side));
        if (result.status === 'failed') return say(result.message, 'error');
        switchTo(side, result.record);
        fillForm();
        say(`Restored: ${snapshotLine(snapshot)}.`);
        void refreshHistory();
      },
      { once: true },
    );
  }

  const perspectiveDialog = root.querySelector<HTMLDialogElement>('#perspective-dialog')!;
  const part = (name: string) => perspectiveDialog.querySelector<HTMLElement>(`[data-perspective="${name}"]`)!;
  const answeredIn = (r: SavedAssessment | null) => (r ? Object.values(r.answers).filter((a) => a.value !== undefined).length : 0);

  /** Asks before the page answers from another perspective: shows each one's answers, and how to start the new one. */
  function askToSwitch(next: Perspective) {
    if (next === perspective) return;
    const records = Object.fromEntries(PERSPECTIVES.map((side) => [side, savedRecord(side)])) as Record<Perspective, SavedAssessment | null>;
    const cell = (text: string) => Object.assign(document.createElement('td'), { textContent: text });
    part('table').replaceChildren(
      ...PERSPECTIVES.map((side) => {
        const row = document.createElement('tr');
        const head = Object.assign(document.createElement('th'), { scope: 'row', textContent: `${SHORT_TITLES[side]}${side === perspective ? ' (now)' : side === next ? ' (new)' : ''}` });
        const r = records[side];
        row.append(head, cell(answeredIn(r) ? `${answeredIn(r)} of ${questions.length}` : 'none'), cell(r && answeredIn(r) ? new Date(r.updatedAt).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : '–'));
        return row;
      }),
    );
    const target = answeredIn(records[next]);
    const joint = answeredIn(records.joint);
    // A copy of the joint answers is offered when there are some and the new perspective is another one.
    const canCopy = next !== 'joint' && joint > 0;
    part('start').hidden = !canCopy;
    part('start-legend').textContent = target ? `The ${PERSPECTIVE_TITLES[next]} has ${target} answers of its own` : `Start ${PERSPECTIVE_TITLES[next]}`;
    part('keep-label').textContent = target ? `Continue with its ${target} answers` : 'Empty';
    part('copy-label').textContent = target ? `Replace them with a copy of the ${joint} joint answers (its own go to the history)` : `From a copy of the ${joint} joint answers`;
    perspectiveDialog.querySelector<HTMLInputElement>('input[value="keep"]')!.checked = true;
    part('confirm').textContent = `Switch to ${PERSPECTIVE_TITLES[next]}`;
    perspectiveDialog.returnValue = '';
    perspectiveDialog.showModal();
    perspectiveDialog.addEventListener(
      'close',
      async () => {
        if (perspectiveDialog.returnValue !== 'switch') return;
        const copy = canCopy && perspectiveDialog.querySelector<HTMLInputElement>('input[value="copy"]')!.checked;
        const left = answeredIn(record);
        const from = perspective;
        if (copy) {
          const replaced = records[next];
          if (replaced) await remember(structuredClone(replaced), 'perspective-copy');
          const now = Date.now();
          const source = records.joint!;
          const answers = Object.fromEntries(Object.entries(source.answers).map(([id, a]) => [id, { ...a, at: now }]));
          switchTo(next, { ...structuredClone(source), answers, perspective: next, step: 'start', updatedAt: now });
          lastSeen = store.getItem(key);
        } else {
          switchTo(next);
        }
        fillForm();
        save();
        say(
          `Now answering from ${PERSPECTIVE_TITLES[next]}: ${answeredIn(record)} answers${copy ? ', copied from the joint assessment' : ' so far'}. ` +
            `The ${left} answers of ${PERSPECTIVE_TITLES[from]} stay saved in this browser.`,
        );
      },
      { once: true },
    );
  }

  // ---- results, export, share, import -----------------------------------------------------------

  const results = root.querySelector<HTMLElement>('#results')!;
  /** The one switch of the export bar: when on, every export, the print and the share link are anonymised. */
  const anonymiseSwitch = results.querySelector<HTMLInputElement>('[data-anonymise]')!;
  const anonymised = () => anonymiseSwitch.checked;
  // What the page shows is what the exports hold: the results (title block, print, slide and the
  // print appendix of notes) follow the switch.
  const resultsInput = () => {
    if (!anonymised()) return { answers: record.answers, targets: record.targets, organization: record.organization, team: record.team, assessor: record.assessor, perspective, date: today() };
    const card = scorecard();
    return { answers: card.answers, targets: card.targets, organization: 'Anonymised', team: '', assessor: '', perspective, date: card.date, dateIsMonth: true };
  };
  const renderResultsView = () => {
    const result = renderResults(results, data, resultsInput());
    // From the scorecard, so the results show exactly the evidence the file and the CSV carry.
    renderEvidenceSummary(results.querySelector('#evidence-summary')!, model, scorecard().answers, localToday());
    // Nothing to export or share before the first answer: an empty report helps nobody.
    const empty = !Object.values(record.answers).some((a) => a.value !== undefined);
    for (const button of results.querySelectorAll<HTMLButtonElement>('button[data-export], #share-create')) button.disabled = empty;
    // Anonymised, the evidence goes whole: its CSV would be a header and nothing else.
    results.querySelector<HTMLButtonElement>('button[data-export="evidence-csv"]')!.disabled = empty || anonymised();
    results.querySelector<HTMLElement>('#export-empty')!.hidden = !empty;
    // The roadmap names owners: an anonymised report leaves its page out, as the file leaves it out.
    const roadmap = anonymised() ? undefined : record.roadmap;
    renderRoadmapPrint(results.querySelector('[data-roadmap-print]')!, model, record.answers, record.targets, roadmap, [record.organization, record.team].filter(Boolean).join(' · '));
    const planned = Boolean(roadmap?.items.length);
    printRoadmapBox.disabled = !planned;
    if (!planned) printRoadmapBox.checked = false;
    results.classList.toggle('print-roadmap', printRoadmapBox.checked);
    results.querySelector('[data-print-roadmap-why]')!.textContent = planned ? '' : anonymised() ? '(not when anonymised: the roadmap names owners)' : '(plan one in the Roadmap step first)';
    return result;
  };
  wirePrintAppendix(results);
  const printRoadmapBox = results.querySelector<HTMLInputElement>('[data-print-roadmap]')!;
  printRoadmapBox.addEventListener('change', () => results.classList.toggle('print-roadmap', printRoadmapBox.checked));

  const roadmapView = wireRoadmap(root.querySelector<HTMLElement>('#roadmap')!, {
    data,
    current: () => ({ answers: record.answers, targets: record.targets, roadmap: record.roadmap, organization: record.organization, team: record.team }),
    save: (roadmap) => {
      if (roadmap) record.roadmap = roadmap;
      else delete record.roadmap;
      save();
    },
    keep: async () => void (await remember(structuredClone(record), 'roadmap-removed')),
    printReport: () => {
      // The report prints from the results: show them (the address follows), ask for the roadmap page, print.
      history.pushState(null, '', '#results');
      show('results', { focus: false });
      if (!printRoadmapBox.disabled) printRoadmapBox.checked = true;
      results.classList.toggle('print-roadmap', printRoadmapBox.checked);
      print();
    },
    today: () => localToday(),
  });
  const today = () => new Date().toISOString().slice(0, 10);
  const scorecard = () => {
    const card = toScorecard(model, record.answers, record.targets, { organization: record.organization, team: record.team, assessor: record.assessor, perspective, date: today(), roadmap: record.roadmap });
    return anonymised() ? anonymiseScorecard(card) : card;
  };
  const fileName = (ext: string) =>
    `${anonymised() ? fileSlug('anonymous', perspective === 'joint' ? '' : perspective, today().slice(0, 7)) : fileSlug(record.organization, record.team, perspective === 'joint' ? '' : perspective, today())}.${ext}`;
  const shareNotes = root.querySelector<HTMLInputElement>('#share-notes')!;
  const shareEvidence = root.querySelector<HTMLInputElement>('#share-evidence')!;
  anonymiseSwitch.addEventListener('change', () => {
    // Notes and evidence never travel anonymised; their boxes say so by being unticked and disabled.
    for (const box of [shareNotes, shareEvidence]) {
      if (anonymised()) box.checked = false;
      box.disabled = anonymised();
    }
    // A link made before the switch changed no longer matches it.
    shareOutput.hidden = true;
    shareLink.value = '';
    renderResultsView();
  });

  results.addEventListener('click', async (event) => {
    const kind = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-export]')?.dataset.export;
    if (!kind) return;
    if (kind === 'json') download(fileName('json'), new Blob([`${JSON.stringify(scorecard(), null, 2)}\n`], { type: 'application/json' }));
    if (kind === 'csv') download(fileName('csv'), new Blob([scorecardCsv(model, scorecard())], { type: 'text/csv' }));
    if (kind === 'evidence-csv') download(fileName('evidence.csv'), new Blob([evidenceCsv(model, scorecard().answers, localToday())], { type: 'text/csv' }));
    if (kind === 'oscal') download(fileName('oscal.json'), new Blob([`${JSON.stringify(scorecardOscal(model, scorecard(), controlsByConcept(data)), null, 2)}\n`], { type: 'application/json' }));
    const svg = () => resultsSlide(data, resultsInput());
    if (kind === 'svg' || kind === 'png') await downloadPicture(kind, fileName(kind), svg());
    if (kind === 'print') print();
  });

  const shareOutput = root.querySelector<HTMLElement>('#share-output')!;
  const shareLink = root.querySelector<HTMLInputElement>('#share-link')!;
  root.querySelector('#share-create')!.addEventListener('click', async () => {
    // Nothing the user wrote travels anonymised: neither notes nor evidence.
    const notes = shareNotes.checked && !anonymised();
    const evidence = shareEvidence.checked && !anonymised();
    const fragment = await encodeShareFragment(scorecard(), versions.get(model.modelVersion)!, { notes, evidence });
    shareLink.value = new URL(`../scorecard/#${fragment}`, location.href).href;
    shareOutput.hidden = false;
    const length = shareLink.value.length.toLocaleString('en');
    root.querySelector('#share-length')!.textContent =
      shareLink.value.length <= SHARE_LINK_COMFORT
        ? `The link is ${length} characters: short enough for mail and chat.`
        : `The link is ${length} characters. Some mail and chat apps cut links over ${SHARE_LINK_COMFORT.toLocaleString('en')} characters${notes || evidence ? `: leave the ${notes && evidence ? 'notes and evidence' : notes ? 'notes' : 'evidence'} out to shorten it,` : ''} or send the JSON file instead.`;
    shareLink.select();
  });
  root.querySelector('#share-copy')!.addEventListener('click', async () => {
    shareLink.select();
    try {
      await navigator.clipboard.writeText(shareLink.value);
      root.querySelector('#share-length')!.textContent = 'Copied to the clipboard.';
    } catch {
      root.querySelector('#share-length')!.textContent = 'Copying was not allowed here: the link is selected, so press Ctrl+C (or ⌘C).';
    }
  });

  const importError = root.querySelector<HTMLElement>('#import-error')!;
  const refuse = (message: string) => {
    importError.hidden = false;
    importError.textContent = `Not imported: ${message} Your current assessment is unchanged.`;
  };

  async function importText(text: string, reason: 'import' | 'share-link' = 'import') {
    const read = readScorecard(text, model, versions);
    if (!read.ok) return refuse(read.error);
    importError.hidden = true;
    const problems: string[] = [];
    const saved = await confirmImport(store, read, { reason, onError: (message) => problems.push(message) });
    if (!saved) {
      if (problems.length) say(problems.join(' '), 'error');
      return;
    }
    switchTo(saved.perspective, saved);
    fillForm();
    // A history that could not keep the replaced answers is said beside the import, not instead of it.
    say(['Scorecard imported.', ...read.notices, ...problems].join(' '), problems.length ? 'error' : 'info');
    location.hash = 'results';
    renderResultsView();
  }

  async function importFile(file: File) {
    if (file.size > SCORECARD_MAX_BYTES) return refuse(`“${file.name}” is larger than 1 MB; a scorecard is a few kilobytes, so it is not one.`);
    await importText(await file.text());
  }

  const fileInput = root.querySelector<HTMLInputElement>('#import-file')!;
  fileInput.addEventListener('change', async () => {
    const [file] = fileInput.files ?? [];
    fileInput.value = '';
    if (file) await importFile(file);
  });

  root.querySelector<HTMLFormElement>('#import-link-form')!.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = root.querySelector<HTMLInputElement>('#import-link')!.value.trim();
    const fragment = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
    const decoded = await decodeShareFragment(fragment, versions);
    if (!decoded.ok) return refuse(decoded.error);
    await importText(decoded.text, 'share-link');
  });

  // Drop a file anywhere on the page; the file picker above is the keyboard way to the same thing.
  const dropHint = root.querySelector<HTMLElement>('#drop-hint')!;
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    dropHint.hidden = false;
  });
  addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) dropHint.hidden = true;
  });
  addEventListener('drop', async (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    dropHint.hidden = true;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length !== 1) return refuse('Drop one scorecard file at a time.');
    await importFile(files[0]!);
  });

  // ---- first view ----------------------------------------------------------------------------------

  wireQuestionLayout(root, model, () => record.answers);
  // This page decides where a visit lands (the top, or the question to resume at), not the
  // browser's memory of the last scroll position.
  history.scrollRestoration = 'manual';
  const initial = currentStep() ?? (steps.includes(record.step) ? record.step : 'start');
  // A hash makes the browser scroll to its step, so a first visit (nothing saved) gets none and
  // opens at the top, on the title, the time estimate and the privacy promise.
  if (!currentStep() && loaded.status === 'loaded') history.replaceState(null, '', `#${initial}`);
  show(initial, { focus: false, quiet: true });
  if (welcome) resumeAt(initial, welcome);

  /** Lands a returning user at the first unanswered question of their step, with the welcome beside it. */
  function resumeAt(step: string, message: string) {
    const dimension = model.dimensions.find((d) => d.id === step);
    const question = dimension && firstUnanswered(dimension, record.answers);
    const section = root.querySelector<HTMLElement>(`[data-step="${step}"]`)!;
    // On the start screen the notice sits under the lead, in view without scrolling.
    const anchor = step === 'start' ? root.querySelector('.assess-steps')! : question ? root.querySelector(`[id="q-${CSS.escape(question.id)}"]`)! : section.firstElementChild!;
    const where = question ? ` Below is ${questionNumber(model, question.id)}, the first question of ${dimension!.title} with no answer yet.` : '';
    const notice = showResumeNotice(root, message + where, anchor);
    notice.focus({ preventScroll: true });
    // After load, so the browser's own jump to the hash's section cannot undo this one.
    const land = () => requestAnimationFrame(() => (step === 'start' ? scrollTo(0, 0) : notice.scrollIntoView({ block: 'start' })));
    if (document.readyState === 'complete') land();
    else addEventListener('load', land, { once: true });
  }
}
