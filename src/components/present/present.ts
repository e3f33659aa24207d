// The presentation: one step at a time, moved by keyboard or buttons, in step with any
// presenter view of the same path over a BroadcastChannel.
import { channelName, hashOf, keyAction, moveTo, readMessage, stepFromHash, type DeckMessage } from './deck.ts';

const deck = document.querySelector<HTMLElement>('.deck');
if (deck) start(deck);

function start(deck: HTMLElement) {
  const slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
  const total = slides.length;
  const counter = deck.querySelector<HTMLElement>('[data-counter]')!;
  const progress = deck.querySelector<HTMLProgressElement>('[data-progress]')!;
  const announce = deck.querySelector<HTMLElement>('[data-announce]')!;
  const notesButton = deck.querySelector<HTMLButtonElement>('[data-notes]')!;
  const controls = deck.querySelector<HTMLElement>('[data-controls]')!;
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(channelName(deck.dataset.path!)) : undefined;
  let current = -1;
  const baseTitle = document.title;

  deck.classList.add('is-live');
  controls.hidden = false;
  progress.hidden = false;
  deck.querySelector<HTMLElement>('[data-deck-help]')!.hidden = true;

  /** Shows step `index`; `tell` says whether other windows should follow (not when they led). */
  function show(index: number, tell = true) {
    if (index === current) return;
    current = index;
    slides.forEach((slide, i) => (slide.hidden = i !== index));
    counter.textContent = `${index + 1} / ${total}`;
    progress.value = index + 1;
    const title = slides[index]!.dataset.title!;
    announce.textContent = `Step ${index + 1} of ${total}: ${title}`;
    document.title = `${index + 1}. ${title} · ${baseTitle}`;
    fit(slides[index]!);
    if (location.hash !== hashOf(index)) history.replaceState(null, '', hashOf(index));
    if (tell) post({ kind: 'at', step: index });
  }
  const post = (message: DeckMessage) => channel?.postMessage(message);

  // A step with a long IS list would spill under the question: shrink that slide's type a
  // little at a time until it fits, rather than let a projector show a scrollbar.
  const narrow = window.matchMedia('(max-width: 48rem), (max-aspect-ratio: 1/1)');
  function fit(slide: HTMLElement) {
    slide.style.removeProperty('--fit');
    if (narrow.matches) return;
    for (let f = 0.95; f >= 0.6 && slide.scrollHeight > slide.clientHeight + 1; f -= 0.05) slide.style.setProperty('--fit', f.toFixed(2));
  }
  window.addEventListener('resize', () => current >= 0 && fit(slides[current]!));

  function toggleNotes(on = !deck.classList.contains('show-notes')) {
    deck.classList.toggle('show-notes', on);
    notesButton.setAttribute('aria-pressed', String(on));
    fit(slides[current]!);
  }
  function toggleFullscreen() {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }
  function openPresenter() {
    window.open(`${deck.dataset.presenter}${hashOf(current)}`, `presenter-${deck.dataset.path}`, 'popup,width=1100,height=760');
  }

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || (event.target as Element).closest('input, textarea, select')) return;
    const action = keyAction(event);
    if (!action) return;
    // Space and Enter on a focused button press it; the deck leaves them to the button.
    if ((event.key === ' ' || event.key === 'Enter') && (event.target as Element).closest('button, a')) return;
    event.preventDefault();
    if (action === 'fullscreen') toggleFullscreen();
    else if (action === 'notes') toggleNotes();
    // In full screen, Escape is the browser's: it leaves full screen, and only that.
    else if (action === 'leave') { if (!document.fullscreenElement) location.href = deck.dataset.leave!; }
    else show(moveTo(current, action, total));
  });
  deck.querySelectorAll<HTMLButtonElement>('[data-go]').forEach((button) =>
    button.addEventListener('click', () => show(moveTo(current, button.dataset.go as 'next' | 'previous', total))));
  notesButton.addEventListener('click', () => toggleNotes());
  deck.querySelector('[data-fullscreen]')!.addEventListener('click', toggleFullscreen);
  deck.querySelector('[data-open-presenter]')!.addEventListener('click', openPresenter);
  // After a click (not a key press) a button lets go of the focus, so Space moves the deck on
  // rather than pressing the button again.
  controls.addEventListener('click', (event) => { if (event.detail > 0) (document.activeElement as HTMLElement | null)?.blur(); });
  window.addEventListener('hashchange', () => show(stepFromHash(location.hash, total)));
  channel?.addEventListener('message', (event) => {
    const message = readMessage(event.data);
    if (message?.kind === 'at') show(Math.min(message.step, total - 1), false);
    else if (message?.kind === 'where') post({ kind: 'at', step: current });
  });

  show(stepFromHash(location.hash, total), false);
  // A presenter view already open takes this window's place; if none is, nobody answers.
  post({ kind: 'at', step: current });
}
