// "Show as QR code" beside a created share link: the link as a large QR code in a dialog, for a
// room assessment where the trainer scans each participant's phone. The link is read from the
// share box the assessment island fills, so this module needs nothing else from it.
import { QR_MAX_BYTES, qrSvg } from '../room/qr-svg.ts';

const open = document.querySelector<HTMLButtonElement>('#share-qr-open');
const dialog = document.querySelector<HTMLDialogElement>('#share-qr-dialog');
const link = document.querySelector<HTMLInputElement>('#share-link');
if (open && dialog && link) {
  const holder = dialog.querySelector<HTMLElement>('[data-share-qr]')!;
  const note = dialog.querySelector<HTMLElement>('[data-share-qr-note]')!;
  open.addEventListener('click', () => {
    const svg = qrSvg(link.value, 'QR code of your share link');
    const length = link.value.length.toLocaleString('en');
    holder.hidden = !svg;
    holder.innerHTML = svg ?? '';
    note.textContent = svg
      ? `It holds your ${length}-character share link. Hold the phone still and bright for the camera; it opens your scorecard, read-only.`
      : `The link is ${length} characters: more than one QR code can hold (${QR_MAX_BYTES.toLocaleString('en')}). Close this and copy the link instead, or create it without notes and evidence.`;
    dialog.showModal();
  });
}
