// The link preview card: hovering or keyboard-focusing a link to a concept shows its type,
// summary and first IS / IS-NOT lines, as Quartz's popovers do. It follows WCAG's content on
// hover rules: the pointer can move onto the card, Escape dismisses it, and it stays until the
// reader leaves. On touch it appears only on a long press, so a tap still just follows the link.
// Styles as a constructed sheet (CSSOM), which the CSP allows, and which only this module loads:
// a plain CSS import would be inlined into every page.
import css from './preview.css?inline';
import type { ConceptPreview } from '../../site/concept-preview.ts';

type FindLink = (target: EventTarget | null) => HTMLAnchorElement | null;

const SHOW_AFTER_MS = 300;
const HIDE_AFTER_MS = 250;
const LONG_PRESS_MS = 500;
/** Gap between the link and the card, and the card's least distance from the viewport's edges. */
const GAP = 8;

const previews = new Map<string, Promise<ConceptPreview | null>>();
const previewOf = (link: HTMLAnchorElement) => {
  const url = new URL('preview.json', new URL(link.pathname, location.href)).href;
  let preview = previews.get(url);
  if (!preview) {
    // A missing file or no network leaves the link as it was: a link, with no card.
    preview = fetch(url).then((r) => (r.ok ? (r.json() as Promise<ConceptPreview>) : null)).catch(() => null);
    previews.set(url, preview);
  }
  return preview;
};

let card: HTMLElement;
/** The link whose card is shown or about to be. */
let current: HTMLAnchorElement | null = null;
/** A link whose card the reader dismissed with Escape: it stays closed until the pointer or focus leaves it. */
let dismissed: HTMLAnchorElement | null = null;
/** A link just long-pressed: its click, which follows the press, must not navigate. */
let pressed: HTMLAnchorElement | null = null;
let showTimer = 0;
let hideTimer = 0;
let pressTimer = 0;
let pressStart: { x: number; y: number } | null = null;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function render(preview: ConceptPreview) {
  const badge = element('span', 'badge', preview.typeLabel);
  badge.dataset.type = preview.type;
  const head = element('p', 'concept-preview-head');
  head.append(badge);
  const summary = element('p', 'concept-preview-summary', preview.summary);
  summary.id = 'concept-preview-summary';
  const lists = element('div', 'concept-preview-boundary');
  lists.dataset.type = preview.type;
  for (const [label, lines, kind] of [
    [preview.isLabel, preview.is, 'is'],
    [preview.isNotLabel, preview.isNot, 'is-not'],
  ] as const) {
    if (lines.length === 0) continue;
    const group = element('div', `concept-preview-${kind}`);
    group.append(element('p', 'concept-preview-label', label), ...lines.map((line) => element('p', 'concept-preview-line', line)));
    lists.append(group);
  }
  const parts: HTMLElement[] = [head, element('p', 'concept-preview-title', preview.title), summary, lists];
  if (preview.more > 0) parts.push(element('p', 'concept-preview-more', `${preview.more} more lines on its page`));
  card.replaceChildren(...parts);
}

/** Below the link, or above it when there is more room there; inside the viewport either way. */
function place(link: HTMLAnchorElement, pointer?: { x: number; y: number }) {
  const rects = [...link.getClientRects()];
  // A link wrapped over two lines has two boxes: anchor to the one under the pointer.
  const rect = (pointer && rects.find((r) => pointer.y >= r.top && pointer.y <= r.bottom)) || rects[0] || link.getBoundingClientRect();
  const { width, height } = card.getBoundingClientRect();
  const below = innerHeight - rect.bottom - GAP;
  const top = below >= height || below >= rect.top - GAP ? rect.bottom + GAP : rect.top - GAP - height;
  const left = Math.max(GAP, Math.min(rect.left, document.documentElement.clientWidth - width - GAP));
  card.style.left = `${left + scrollX}px`;
  card.style.top = `${Math.max(GAP, top) + scrollY}px`;
}

function show(link: HTMLAnchorElement, pointer?: { x: number; y: number }) {
  clearTimeout(hideTimer);
  current = link;
  void previewOf(link).then((preview) => {
    if (current !== link || !preview) return;
    render(preview);
    card.hidden = false;
    place(link, pointer);
    link.setAttribute('aria-describedby', 'concept-preview-summary');
  });
}

function hide() {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  current?.removeAttribute('aria-describedby');
  current = null;
  card.hidden = true;
}

const scheduleHide = () => {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, HIDE_AFTER_MS);
};

function onPointerOver(event: PointerEvent, findLink: FindLink) {
  if (event.pointerType === 'touch') return;
  if (card.contains(event.target as Node)) return clearTimeout(hideTimer);
  const link = findLink(event.target);
  if (!link || link === dismissed) return;
  clearTimeout(hideTimer);
  if (link === current) return;
  clearTimeout(showTimer);
  const pointer = { x: event.clientX, y: event.clientY };
  // Moving from one previewed link to the next switches at once, as menus do.
  if (!card.hidden) show(link, pointer);
  else {
    current = link;
    showTimer = window.setTimeout(() => show(link, pointer), SHOW_AFTER_MS);
  }
}

function onPointerOut(event: PointerEvent, findLink: FindLink) {
  if (event.pointerType === 'touch') return;
  const from = findLink(event.target) ?? (card.contains(event.target as Node) ? current : null);
  if (from && from === dismissed && !from.contains(event.relatedTarget as Node)) dismissed = null;
  if (!current || from !== current) return;
  const to = event.relatedTarget as Node | null;
  if (to && (current.contains(to) || card.contains(to))) return;
  // A card opened by keyboard focus stays while the link keeps the focus.
  if (document.activeElement === current && current.matches(':focus-visible')) return;
  scheduleHide();
}

function onFocusIn(event: FocusEvent, findLink: FindLink) {
  const link = findLink(event.target);
  // A tap or click focuses the link whose card is already open: that keeps the card.
  if (link && link === current) return;
  if (link && link !== dismissed && link.matches(':focus-visible')) show(link);
  else if (current && !card.contains(event.target as Node)) hide();
}

function onFocusOut(event: FocusEvent, findLink: FindLink) {
  const link = findLink(event.target);
  if (link === dismissed) dismissed = null;
  // Focus leaving the page (to another window or nowhere) closes the card with it.
  if (link && link === current && !event.relatedTarget) hide();
}

function onPointerDown(event: PointerEvent, findLink: FindLink) {
  if (!card.hidden && !card.contains(event.target as Node)) hide();
  if (event.pointerType !== 'touch') return;
  const link = findLink(event.target);
  if (!link) return;
  pressStart = { x: event.clientX, y: event.clientY };
  // The press that loaded this module began a moment ago: count from when it began.
  pressTimer = window.setTimeout(() => {
    pressed = link;
    show(link, pressStart ?? undefined);
  }, LONG_PRESS_MS - (performance.now() - event.timeStamp));
}

const cancelPress = () => {
  clearTimeout(pressTimer);
  pressStart = null;
};

/** Wires the card to the document and handles the event that loaded it. */
export function start(first: Event, findLink: FindLink) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  card = element('div', 'concept-preview');
  card.id = 'concept-preview';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.append(card);

  const handlers: Record<string, (event: never) => void> = {
    pointerover: (event: PointerEvent) => onPointerOver(event, findLink),
    pointerout: (event: PointerEvent) => onPointerOut(event, findLink),
    focusin: (event: FocusEvent) => onFocusIn(event, findLink),
    focusout: (event: FocusEvent) => onFocusOut(event, findLink),
    pointerdown: (event: PointerEvent) => onPointerDown(event, findLink),
  };
  for (const [type, handler] of Object.entries(handlers)) document.addEventListener(type, handler as EventListener);
  for (const type of ['pointerup', 'pointercancel']) document.addEventListener(type, cancelPress);
  document.addEventListener('pointermove', (event) => {
    if (pressStart && Math.hypot(event.clientX - pressStart.x, event.clientY - pressStart.y) > 10) cancelPress();
  });
  // A long press opens the browser's link menu on touch devices; the card takes its place.
  document.addEventListener('contextmenu', (event) => {
    if (pressed && findLink(event.target) === pressed) event.preventDefault();
  });
  document.addEventListener('click', (event) => {
    const link = findLink(event.target);
    if (link && link === pressed) event.preventDefault();
    pressed = null;
  }, true);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || card.hidden) return;
    // Escape closes the card only; a dialog or the graph behind it keeps its own Escape.
    event.stopPropagation();
    event.preventDefault();
    dismissed = current;
    hide();
  }, true);
  addEventListener('resize', hide);

  handlers[first.type]?.(first as never);
}
