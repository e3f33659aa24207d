// "Scan QR codes": where the browser has a barcode detector (Chrome on Android and macOS, not on
// Windows or Linux) the trainer holds each participant's phone up to the camera and every share
// link read joins the aggregate. Elsewhere the button stays hidden and pasting is the way.
// The camera's pictures stay in the browser: the detector runs on this device.

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = (new (options: { formats: string[] }) => Detector) & { getSupportedFormats?: () => Promise<string[]> };

/** Wires the scan button and dialog; `add` reads one scanned text and says what became of it. */
export async function wireScan(root: HTMLElement, add: (text: string, n: number) => Promise<string>) {
  const button = root.querySelector<HTMLButtonElement>('#aggregate-scan');
  const dialog = root.querySelector<HTMLDialogElement>('#aggregate-scan-dialog');
  const Detector = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!button || !dialog || !Detector || !navigator.mediaDevices?.getUserMedia) return;
  if (Detector.getSupportedFormats && !(await Detector.getSupportedFormats()).includes('qr_code')) return;
  button.hidden = false;
  const video = dialog.querySelector('video')!;
  const status = dialog.querySelector<HTMLElement>('[data-scan-status]')!;
  let stream: MediaStream | undefined;
  let timer = 0;
  /** Texts read since the dialog opened: a code held in view is read many times a second. */
  const read = new Set<string>();

  button.addEventListener('click', async () => {
    read.clear();
    status.textContent = 'Starting the camera…';
    dialog.showModal();
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      status.textContent = 'The camera could not be started (it may be in use, or not allowed for this site). Close this and paste the links instead.';
      return;
    }
    video.srcObject = stream;
    await video.play().catch(() => {});
    status.textContent = 'Hold a share link’s QR code up to the camera.';
    const detector = new Detector({ formats: ['qr_code'] });
    const look = async () => {
      if (!dialog.open) return;
      try {
        for (const { rawValue } of await detector.detect(video)) {
          if (read.has(rawValue)) continue;
          read.add(rawValue);
          status.textContent = await add(rawValue, read.size);
        }
      } catch {
        // A frame the detector could not use (the video not started yet): the next one will do.
      }
      timer = window.setTimeout(look, 250);
    };
    void look();
  });
  dialog.addEventListener('close', () => {
    clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = undefined;
    video.srcObject = null;
  });
}
