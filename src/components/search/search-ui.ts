// The search UI, loaded on the first search: the dialog every page's launcher opens, and the
// /search/ page. Both wire the same search box to the pure core in src/search.
import { bindSearchBox } from './search-box.ts';
// The styles come as a string and are adopted, not imported as CSS: an imported stylesheet
// would be inlined into every page that has the launcher, and pages that never search should
// not carry the dialog's styles. (A constructed stylesheet is also fine under a strict CSP.)
import css from './search.css?inline';

let styled = false;

/** Applies the search styles to the document, once. */
function adoptStyles() {
  if (styled) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  styled = true;
}

/** An element with attributes and children; children given as strings become text nodes. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: (Node | string)[]) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** The "where else to look" links shown when nothing matches. */
function browseLinks(conceptsUrl: string, glossaryUrl: string) {
  return [
    'Check the spelling or try fewer words; or browse ',
    element('a', { href: conceptsUrl }, 'all concepts by type'),
    ' or ',
    element('a', { href: glossaryUrl }, 'the glossary'),
    '.',
  ];
}

let dialog: HTMLDialogElement | undefined;
let dialogInput: HTMLInputElement | undefined;

/** Opens the search dialog (built on first use) with focus in its box; closing it returns focus to `launcher`. */
export function openSearchDialog(launcher: HTMLAnchorElement, typed = '') {
  adoptStyles();
  if (!dialog) [dialog, dialogInput] = createDialog(launcher);
  if (!dialog.open) dialog.showModal();
  dialogInput!.focus();
  if (typed) {
    // What the reader typed while this module loaded: search for it as if typed here.
    dialogInput!.value = typed;
    dialogInput!.dispatchEvent(new Event('input', { bubbles: true }));
  } else dialogInput!.select();
}

function createDialog(launcher: HTMLAnchorElement): [HTMLDialogElement, HTMLInputElement] {
  const { searchIndex = '', conceptsPage = '', glossaryPage = '' } = launcher.dataset;
  const input = element('input', { id: 'search-dialog-input', type: 'text', placeholder: 'Concept, alias, tag or identifier (CM-3)' });
  const listbox = element('div', { id: 'search-dialog-results', class: 'search-results', 'aria-label': 'Search results', hidden: '' });
  const status = element('p', { class: 'search-status', role: 'status' });
  const emptyHelp = element('p', { class: 'search-help' },
    'Finds titles, other names, acronyms such as SoD or CMDB, framework identifiers such as CM-3 or A.8.32, learning-path notes and page text, even misspelt.');
  const noResultHelp = element('p', { class: 'search-help', hidden: '' }, ...browseLinks(conceptsPage, glossaryPage));
  const pageLink = element('a', { href: launcher.href }, 'Open these results as a page');
  // A key chip where there is a keyboard, the word on touch screens (search.css shows one). The
  // word stays in the name everywhere, after the chip's "Esc", so the name starts with what is seen.
  const close = element('button', { type: 'button', class: 'search-close' },
    element('kbd', { class: 'search-close-key' }, 'Esc'),
    ' ',
    element('span', { class: 'search-close-word' }, 'Close'),
  );
  const dialog = element('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-dialog-label' },
    element('div', { class: 'search-panel' },
      element('div', { class: 'search-field' },
        element('label', { for: 'search-dialog-input', id: 'search-dialog-label' }, 'Search concepts'),
        // On the label's row, so the box keeps the full width.
        close,
        input,
      ),
      status,
      emptyHelp,
      noResultHelp,
      listbox,
      element('p', { class: 'search-keys' },
        element('span', { class: 'search-keys-hint', 'aria-hidden': 'true' }, '↑ ↓ choose · Enter open · Esc close · '),
        pageLink,
      ),
    ),
  );
  document.body.append(dialog);

  bindSearchBox({
    input, listbox, status, emptyHelp, noResultHelp, indexUrl: searchIndex,
    onQuery: (query, all) => {
      const page = new URL(launcher.href);
      if (query.trim()) page.searchParams.set('q', query.trim());
      if (all) page.searchParams.set('all', '');
      pageLink.href = page.href;
    },
  });
  // Focus goes back to the launcher at once, not on the dialog's close event, which comes a task
  // later: a key pressed in between would still land in the closed dialog's input.
  const closeDialog = () => {
    dialog.close();
    launcher.focus();
  };
  input.addEventListener('keydown', (event) => {
    // Handled here rather than left to the dialog's own cancel, so Esc closes even when the
    // browser would first spend it on the input.
    if (event.key === 'Escape') {
      event.preventDefault();
      closeDialog();
    }
  });
  close.addEventListener('click', closeDialog);
  // A click on the backdrop lands on the dialog itself, outside its panel.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) closeDialog();
  });
  // Esc from elsewhere in the dialog closes it natively.
  dialog.addEventListener('close', () => launcher.focus());
  return [dialog, input];
}

/** Runs the /search/ page: the query comes from `?q=` and is kept there as the reader types. */
export function mountSearchPage(root: HTMLElement) {
  const input = root.querySelector<HTMLInputElement>('input')!;
  const box = bindSearchBox({
    input,
    listbox: root.querySelector<HTMLElement>('.search-results')!,
    status: root.querySelector<HTMLElement>('[role="status"]')!,
    emptyHelp: root.querySelector<HTMLElement>('[data-help="empty"]')!,
    noResultHelp: root.querySelector<HTMLElement>('[data-help="none"]')!,
    indexUrl: root.dataset.searchIndex!,
    // `?q=change&all` links to every result, not only the best.
    showAll: new URLSearchParams(location.search).has('all'),
    onQuery: (query, all) => {
      const here = new URL(location.href);
      if (query.trim()) here.searchParams.set('q', query);
      else here.searchParams.delete('q');
      if (all) here.searchParams.set('all', '');
      else here.searchParams.delete('all');
      history.replaceState(history.state, '', here.href.replace(/([?&]all)=(?=&|$)/, '$1'));
    },
  });
  root.hidden = false;
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  input.focus();
  void box.refresh();
}
