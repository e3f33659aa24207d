// Registers the service worker that keeps the whole site for offline use, and offers a newly
// deployed build: the open pages keep the build they started with until the user reloads.
import { url } from '../../site/href.ts';

const status = document.querySelector<HTMLElement>('[data-offline-status]');

/** Shows a short notice with an optional action; the region is a live one, so it is announced. */
function notify(text: string, action?: { label: string; run: () => void }) {
  if (!status) return;
  const message = document.createElement('p');
  message.textContent = text;
  const buttons = document.createElement('div');
  buttons.className = 'offline-status-actions';
  if (action) {
    const run = document.createElement('button');
    run.type = 'button';
    run.className = 'offline-status-action';
    run.textContent = action.label;
    run.addEventListener('click', action.run);
    buttons.append(run);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'offline-status-close';
  close.textContent = action ? 'Not now' : 'Close';
  close.addEventListener('click', () => status.replaceChildren());
  buttons.append(close);
  status.replaceChildren(message, buttons);
}

function offerUpdate(waiting: ServiceWorker) {
  notify('A new version of Converge is available.', {
    label: 'Reload',
    // The waiting worker takes over; the controllerchange below then reloads every open page.
    run: () => waiting.postMessage({ type: 'SKIP_WAITING' }),
  });
}

async function start() {
  const registration = await navigator.serviceWorker.register(url('sw.js'), { scope: url(), updateViaCache: 'none' });
  // When a new build takes control, every page still showing the old one reloads, so no page
  // runs old code against the new build's files. The first install changes nothing on screen.
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const previous = controller;
    controller = navigator.serviceWorker.controller;
    if (previous) location.reload();
  });
  if (registration.waiting && controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state !== 'installed') return;
      if (navigator.serviceWorker.controller) offerUpdate(worker);
      else notify('Converge is saved in this browser: every page now works offline.');
    });
  });
  // A projector tab may stay open all day: look for a new build whenever it comes back into view.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  });
}

// Only built pages load this module (src/integrations/service-worker.ts injects it).
if ('serviceWorker' in navigator) {
  start().catch((error: unknown) => console.warn('Offline use is not available:', error));
}
