// The quiz form's behaviour: answers are kept in localStorage (one key per path) as they are picked;
// "Check answers" marks each question, reveals its explanation and the score; "Try again" clears
// both. Without this script the form still reads as a list, and submitting it opens the answer key.
import { parseSavedAnswers, scoreQuiz, type QuizAnswers } from '../../schema/quiz.ts';

const storageKey = (path: string) => `converge:quiz:${path}`;

function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked: the quiz still works, it just forgets on reload
  }
}

function store(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* storage blocked or full: keep going without it */
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-quiz]')) {
  const key = storageKey(form.dataset.quiz!);
  const correct = form.dataset.correct!.split(',').map(Number);
  const questions = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
  const radios = questions.map((q) => [...q.querySelectorAll<HTMLInputElement>('input[type=radio]')]);
  const score = form.querySelector<HTMLElement>('[data-score]')!;
  const reset = form.querySelector<HTMLButtonElement>('[data-reset]')!;
  let state = parseSavedAnswers(load(key), radios.map((r) => r.length));

  for (const [q, c] of Object.entries(state.answers)) radios[Number(q)]![c]!.checked = true;

  const picked = (): QuizAnswers => {
    const answers: QuizAnswers = {};
    radios.forEach((choices, q) => {
      const c = choices.findIndex((r) => r.checked);
      if (c >= 0) answers[q] = c;
    });
    return answers;
  };
  const save = () => store(key, JSON.stringify(state));

  function render() {
    const result = state.checked ? scoreQuiz(correct, state.answers) : undefined;
    questions.forEach((fieldset, q) => {
      const feedback = fieldset.querySelector<HTMLElement>('[data-feedback]')!;
      const verdict = fieldset.querySelector<HTMLElement>('[data-verdict]')!;
      const mark = result?.marks[q];
      feedback.hidden = !mark;
      fieldset.classList.toggle('is-right', !!mark?.right);
      fieldset.classList.toggle('is-wrong', !!mark && !mark.right);
      radios[q]!.forEach((radio, c) => {
        const label = radio.closest('label')!;
        if (!mark) delete label.dataset.mark;
        else if (c === correct[q]) label.dataset.mark = 'answer';
        else if (radio.checked) label.dataset.mark = 'wrong';
        else delete label.dataset.mark;
      });
      if (mark) {
        const answer = radios[q]![correct[q]!]!.closest('label')!.querySelector('[data-choice-text]')!.textContent!.trim();
        verdict.textContent = mark.right ? 'Right.' : `${mark.answered ? 'Not quite' : 'Not answered'}. The answer is: ${answer}`;
      }
    });
    score.textContent = result ? `${result.right} of ${result.total} right${result.right === result.total ? ': well done.' : '. Read the explanations, or try again.'}` : '';
    reset.hidden = !result;
  }

  form.addEventListener('change', () => {
    state = { ...state, answers: picked() };
    save();
    render();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { answers: picked(), checked: true };
    save();
    render();
    score.focus();
  });
  reset.addEventListener('click', () => {
    store(key, null);
    form.reset();
    state = { answers: {}, checked: false };
    render();
    radios[0]![0]!.focus();
  });
  render();
  form.classList.add('is-live');
}
