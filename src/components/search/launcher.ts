// The header's search launcher: the only search code a page loads before the reader asks to
// search. It fetches nothing; on the first `/`, Ctrl+K / ⌘K or click it imports the search UI,
// which then fetches the index.
const launcher = document.querySelector<HTMLAnchorElement>('[data-search-launcher]');

/** Typing a `/` into a field (the graph page's find box, the search box itself) is typing, not a shortcut. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

if (launcher) {
  // Without JavaScript the launcher is a plain link to /search/; with it, it opens a dialog.
  launcher.setAttribute('aria-haspopup', 'dialog');
  // Keys typed after `/` while the search UI is still loading: kept and handed to the search
  // box, so a fast typist's first letters are not lost.
  let typed: string | null = null;
  document.addEventListener(
    'keydown',
    (event) => {
      if (typed === null || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.length === 1) typed += event.key;
      else if (event.key === 'Backspace') typed = typed.slice(0, -1);
      else return;
      event.preventDefault();
    },
    true,
  );
  const open = (event: Event) => {
    event.preventDefault();
    // The search page has its own box: the shortcut goes there rather than to a second search.
    const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] input');
    if (pageBox && !pageBox.closest('[hidden]')) return pageBox.focus();
    typed ??= '';
    import('./search-ui.ts').then(
      (ui) => {
        const early = typed ?? '';
        typed = null;
        ui.openSearchDialog(launcher, early);
      },
      // Offline or a deploy replaced the chunk: the search page still works as a page.
      () => {
        typed = null;
        location.assign(launcher.href);
      },
    );
  };
  launcher.addEventListener('click', (event) => {
    // Ctrl-, Shift- or middle-click keep their meaning: open /search/ in a new tab or window.
    if (!(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) open(event);
  });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    const modifier = event.ctrlKey || event.metaKey;
    if (event.key.toLowerCase() === 'k' && modifier && !event.altKey && !event.shiftKey) open(event);
    else if (event.key === '/' && !modifier && !event.altKey && !isTyping(event.target)) open(event);
  });
}
