// /room/: the QR code and the address of the assessment on this very site, built from the
// address the trainer opened (so any host, port and base path works), for a projector.
import { qrSvg } from './qr-svg.ts';

const root = document.querySelector<HTMLElement>('[data-room]');
if (root) {
  const address = new URL(root.dataset.assessUrl!, location.href).href;
  const svg = qrSvg(address, `QR code of the assessment address, ${address}`);
  if (svg) root.querySelector('[data-room-qr]')!.innerHTML = svg;
  const shown = root.querySelector<HTMLAnchorElement>('[data-room-address]')!;
  shown.href = address;
  // Without the scheme it is shorter to read from the back of a room and to type.
  // A long address wraps after a slash, not inside a word.
  shown.replaceChildren(...address.replace(/^https?:\/\//, '').split(/(?<=\/)/).flatMap((part) => [part, document.createElement('wbr')]));
  root.classList.add('js');
}
