// Where the user is in the assessment and how to get on: the step list (one line on a phone),
// "k of n answered" per dimension, the jump to the first unanswered question, and the
// welcome-back notice placed next to that question. assessment.ts owns the state; this file
// only reflects it on the page.
import type { Answers, AssessmentModel } from '../../schema/assessment.ts';

type Dimension = AssessmentModel['dimensions'][number];

const answered = (answers: Answers, id: string) => answers[id]?.value !== undefined;

/** The first question of the dimension with no answer yet, if any. */
export function firstUnanswered(dimension: Dimension, answers: Answers) {
  return dimension.questions.find((q) => !answered(answers, q.id));
}

/** The question's number as the page shows it, e.g. "1.3". */
export function questionNumber(model: AssessmentModel, questionId: string) {
  const d = model.dimensions.findIndex((dim) => dim.questions.some((q) => q.id === questionId));
  return `${d + 1}.${model.dimensions[d]!.questions.findIndex((q) => q.id === questionId) + 1}`;
}

/** Shows "k of n answered" on each dimension's step link and at the top of its step. */
export function showStepProgress(root: HTMLElement, model: AssessmentModel, answers: Answers) {
  for (const dimension of model.dimensions) {
    const total = dimension.questions.length;
    const done = dimension.questions.filter((q) => answered(answers, q.id)).length;
    const link = root.querySelector<HTMLElement>(`[data-step-link="${dimension.id}"]`)!;
    link.dataset.complete = String(done === total);
    root.querySelector(`[data-step-count="${dimension.id}"]`)!.firstChild!.textContent = `${done} of ${total}`;
    root.querySelector(`[data-step-status="${dimension.id}"]`)!.textContent = done === total ? `All ${total} answered` : `${done} of ${total} answered`;
    // Worth offering only once something is answered: before that the first question is next anyway.
    const jump = root.querySelector<HTMLElement>(`[data-jump-unanswered="${dimension.id}"]`)!;
    const next = firstUnanswered(dimension, answers);
    jump.hidden = done === 0 || !next;
    if (next) jump.textContent = `Go to ${questionNumber(model, next.id)}, the first unanswered question`;
  }
}

/** Names the current step in the phone's one-line summary ("Step 3 of 12 · Incident response"). */
export function showCurrentStep(root: HTMLElement, steps: string[], step: string) {
  const name = root.querySelector(`[data-step-link="${step}"] .step-name`)?.textContent ?? '';
  root.querySelector('[data-step-summary]')!.textContent = `Step ${steps.indexOf(step) + 1} of ${steps.length} · ${name}`;
  // Having picked a step, the phone user wants the questions, not the list.
  if (narrow.matches) root.querySelector<HTMLDetailsElement>('.step-menu')!.open = false;
}

/** Scrolls a question's card into view and puts focus on its chosen (or first) choice. */
export function goToQuestion(root: HTMLElement, questionId: string, { focus = true } = {}) {
  const card = root.querySelector<HTMLElement>(`[id="q-${CSS.escape(questionId)}"]`);
  if (!card) return;
  scrollIntoView(card.previousElementSibling?.matches('.resume-notice') ? card.previousElementSibling : card);
  if (focus) (card.querySelector<HTMLInputElement>('input:checked') ?? card.querySelector<HTMLInputElement>('input[type=radio]'))?.focus({ preventScroll: true });
}

const narrow = matchMedia('(max-width: 40rem)');
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const scrollIntoView = (element: Element) => element.scrollIntoView({ block: 'start', behavior: reducedMotion.matches ? 'instant' : 'smooth' });

/** Wires the step menu and the jump buttons; `answers` reads the current answers when clicked. */
export function wireQuestionLayout(root: HTMLElement, model: AssessmentModel, answers: () => Answers) {
  // The list folds away on a phone and stays open on a wide screen (where its summary is hidden).
  const menu = root.querySelector<HTMLDetailsElement>('.step-menu')!;
  const fit = () => (menu.open = !narrow.matches);
  fit();
  narrow.addEventListener('change', fit);

  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-jump-unanswered]');
    if (!button) return;
    const dimension = model.dimensions.find((d) => d.id === button.dataset.jumpUnanswered)!;
    const question = firstUnanswered(dimension, answers());
    if (question) goToQuestion(root, question.id);
  });
}

/**
 * Shows the welcome-back message just above `anchor` (the question to resume at, or the top of the
 * step) and focuses it, so a keyboard user's next Tab reaches its close button and then the
 * question. It goes away when closed, at the first change, or when the step changes.
 */
export function showResumeNotice(root: HTMLElement, message: string, anchor: Element) {
  const notice = document.createElement('div');
  notice.className = 'notice resume-notice';
  notice.setAttribute('role', 'status');
  notice.tabIndex = -1;
  const text = document.createElement('p');
  text.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'notice-close';
  close.setAttribute('aria-label', 'Dismiss this message');
  close.textContent = '×';
  notice.append(text, close);
  anchor.before(notice);

  const form = root.querySelector('form')!;
  const dismiss = () => {
    const hadFocus = notice.contains(document.activeElement);
    notice.remove();
    form.removeEventListener('input', dismiss);
    removeEventListener('hashchange', dismiss);
    // Focus must not fall to the top of the page with the removed notice.
    if (hadFocus) (anchor.querySelector<HTMLElement>('input:checked, input[type=radio], h2, input') ?? (anchor as HTMLElement)).focus({ preventScroll: true });
  };
  close.addEventListener('click', dismiss);
  form.addEventListener('input', dismiss);
  addEventListener('hashchange', dismiss);
  return notice;
}
