// The presenter view: the current step's note and question, the next step, a timer, and its
// own previous / next, in step with the presentation over a BroadcastChannel.
import { channelName, formatElapsed, hashOf, keyAction, moveTo, readMessage, stepFromHash, type DeckMessage } from './deck.ts';

const root = document.querySelector<HTMLElement>('.presenter');
if (root) start(root);

function start(root: HTMLElement) {
  const cards = [...root.querySelectorAll<HTMLElement>('.note-card')];
  const total = cards.length;
  const counter = root.querySelector<HTMLElement>('[data-counter]')!;
  const announce = root.querySelector<HTMLElement>('[data-announce]')!;
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(channelName(root.dataset.path!)) : undefined;
  const post = (message: DeckMessage) => channel?.postMessage(message);
  let current = -1;

  root.classList.add('is-live');
  root.querySelector<HTMLElement>('[data-controls]')!.hidden = false;

  function show(index: number, tell = true) {
    if (index === current) return;
    current = index;
    cards.forEach((card, i) => (card.hidden = i !== index));
    counter.textContent = `${index + 1} / ${total}`;
    announce.textContent = `Step ${index + 1} of ${total}: ${cards[index]!.dataset.title}`;
    if (location.hash !== hashOf(index)) history.replaceState(null, '', hashOf(index));
    if (tell) post({ kind: 'at', step: index });
  }

  // The timer counts the session, not the step: start, pause and reset are the trainer's.
  const timer = root.querySelector<HTMLElement>('[data-timer]')!;
  const toggle = root.querySelector<HTMLButtonElement>('[data-timer-toggle]')!;
  let elapsed = 0;
  let since: number | undefined;
  let ticking: number | undefined;
  const now = () => elapsed + (since === undefined ? 0 : Date.now() - since);
  const draw = () => (timer.textContent = formatElapsed(now()));
  function run(on: boolean) {
    if (on && since === undefined) { since = Date.now(); ticking = window.setInterval(draw, 1000); }
    if (!on && since !== undefined) { elapsed = now(); since = undefined; window.clearInterval(ticking); }
    toggle.setAttribute('aria-pressed', String(on));
    toggle.textContent = on ? 'Pause timer' : elapsed > 0 ? 'Resume timer' : 'Start timer';
    draw();
  }
  toggle.addEventListener('click', () => run(since === undefined));
  root.querySelector('[data-timer-reset]')!.addEventListener('click', () => { elapsed = 0; if (since !== undefined) since = Date.now(); draw(); run(since !== undefined); });
  root.querySelector('[data-print]')!.addEventListener('click', () => window.print());

  root.querySelectorAll<HTMLButtonElement>('[data-go]').forEach((button) =>
    button.addEventListener('click', () => show(moveTo(current, button.dataset.go as 'next' | 'previous', total))));
  document.addEventListener('keydown', (event) => {
    const action = keyAction(event);
    if (action !== 'next' && action !== 'previous' && action !== 'first' && action !== 'last') return;
    // Space on a focused button presses it.
    if (event.key === ' ' && (event.target as Element).closest('button, a')) return;
    event.preventDefault();
    show(moveTo(current, action, total));
  });
  channel?.addEventListener('message', (event) => {
    const message = readMessage(event.data);
    if (message?.kind === 'at') show(Math.min(message.step, total - 1), false);
    else if (message?.kind === 'where') post({ kind: 'at', step: current });
  });

  show(stepFromHash(location.hash, total), false);
  // Opened after the presentation: ask where it is, and follow.
  post({ kind: 'where' });
}
