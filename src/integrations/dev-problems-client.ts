/// <reference types="vite/client" />
// Dev only (injected by the content guard when `astro dev` runs, never in a build): shows the
// content problems of the page being viewed in a dismissible banner, live as the author edits.
import { PROBLEMS_EVENT, PROBLEMS_REQUEST, problemsForPage, type PageProblem, type ProblemsMessage } from './dev-problems.ts';

const ID = 'converge-dev-problems';
const DISMISSED = 'converge-dev-problems-dismissed';

// A constructed stylesheet is CSSOM: no inline <style>, so it would pass the site's CSP too.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
#${ID} { position: fixed; inset: auto 1rem 1rem 1rem; z-index: 2147483000; max-width: 46rem; margin: 0 auto;
  max-height: 50vh; overflow: auto; padding: 0.75rem 2.75rem 0.75rem 1rem; border: 2px solid #c98a2e; border-radius: 6px;
  background: #fff8ec; color: #1a1d23; font: 0.9rem/1.45 system-ui, sans-serif; box-shadow: 0 4px 18px rgb(0 0 0 / 0.25); }
#${ID} p { margin: 0 0 0.4rem; }
#${ID} ul { margin: 0 0 0.4rem; padding-left: 1.2rem; }
#${ID} li { margin: 0.2rem 0; }
#${ID} code { font-size: 0.95em; overflow-wrap: anywhere; }
#${ID} .where { color: #4a5260; overflow-wrap: anywhere; }
#${ID} button { position: absolute; top: 0.4rem; right: 0.4rem; min-width: 2rem; min-height: 2rem; font: inherit; font-size: 1.2rem;
  line-height: 1; cursor: pointer; border: 1px solid #c98a2e; border-radius: 4px; background: transparent; color: inherit; }
#${ID} button:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  #${ID} { background: #2b2113; color: #e8eaee; }
  #${ID} .where { color: #aab2bf; }
  #${ID} button:focus-visible { outline-color: #93c5fd; }
}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** One problem as a list item: field and value first (what to change), then where. */
function item(problem: PageProblem): HTMLLIElement {
  const li = el('li');
  li.append(el('code', problem.field || '(frontmatter)'));
  if (problem.value !== undefined) li.append(' ', el('code', JSON.stringify(problem.value)));
  li.append(` ${problem.message}`);
  if (problem.suggestion) li.append(' (did you mean ', el('code', JSON.stringify(problem.suggestion)), '?)');
  li.append(' ', el('span', `${problem.file}${problem.line ? `:${problem.line}` : ''}`, 'where'));
  return li;
}

function render(problems: PageProblem[]) {
  document.getElementById(ID)?.remove();
  const { own, unplaced, otherPages } = problemsForPage(problems, location.pathname);
  if (own.length === 0 && unplaced.length === 0) return;
  // Dismissed stays dismissed across reloads for the same list; a new or changed problem shows again.
  const signature = JSON.stringify([location.pathname, own, unplaced]);
  if (sessionStorage.getItem(DISMISSED) === signature) return;

  const banner = el('div');
  banner.id = ID;
  banner.setAttribute('role', 'alert');
  banner.dataset.problems = String(own.length + unplaced.length);
  const count = (n: number) => (n === 1 ? '1 content problem' : `${n} content problems`);
  if (own.length > 0) {
    const intro = el('p');
    intro.append(el('strong', `This page has ${count(own.length)}`), ' (shown in dev only; the build refuses content with problems):');
    const list = el('ul');
    list.append(...own.map(item));
    banner.append(intro, list);
  }
  if (unplaced.length > 0) {
    const intro = el('p');
    intro.append(el('strong', `Elsewhere in the content, ${count(unplaced.length)}:`));
    const list = el('ul');
    list.append(...unplaced.map(item));
    banner.append(intro, list);
  }
  if (otherPages > 0) banner.append(el('p', `${otherPages === 1 ? 'One other page has' : `${otherPages} other pages have`} problems too; the terminal lists them all.`));

  const close = el('button', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Dismiss the content problems');
  const dismiss = () => {
    sessionStorage.setItem(DISMISSED, signature);
    banner.remove();
  };
  close.addEventListener('click', dismiss);
  banner.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });
  banner.append(close);
  document.body.append(banner);
}

if (import.meta.hot) {
  import.meta.hot.on(PROBLEMS_EVENT, (message: ProblemsMessage) => render(message.problems));
  import.meta.hot.send(PROBLEMS_REQUEST);
}
