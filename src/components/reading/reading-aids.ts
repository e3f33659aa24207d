// Reading aids that cost next to nothing until used: every page loads this file (with the search
// launcher); the link preview card loads on the first hover, keyboard focus or touch on a link
// to a concept, and the "on this page" highlight on the first scroll.
const concepts = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}concepts/`;

/** A link to a concept page of this site, other than the page the reader is on. */
const conceptLink = (target: EventTarget | null): HTMLAnchorElement | null => {
  const link = target instanceof Element ? target.closest('a') : null;
  return link && link.origin === location.origin && link.pathname.startsWith(concepts) &&
    /^[^/]+\/$/.test(link.pathname.slice(concepts.length)) && link.pathname !== location.pathname && !link.closest('[data-no-preview], dialog')
    ? link
    : null;
};

const wake = (event: Event) => {
  // A touch's pointerover comes just before its pointerdown: wake on the press, which the card
  // times as a long press.
  if (!conceptLink(event.target) || ((event as PointerEvent).pointerType === 'touch' && event.type === 'pointerover')) return;
  for (const type of ['pointerover', 'focusin', 'pointerdown']) document.removeEventListener(type, wake);
  import('./preview-card.ts').then((card) => card.start(event, conceptLink));
};
for (const type of ['pointerover', 'focusin', 'pointerdown']) document.addEventListener(type, wake);

if (document.querySelector('nav.toc')) {
  addEventListener('scroll', () => import('./toc-highlight.ts'), { once: true, passive: true });
}
