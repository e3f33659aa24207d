// Dropping files onto a zone: an enhancement over the file input inside it, which stays the
// way in for keyboard and screen-reader users.

/** Calls `onFiles` with the files dropped on `zone`, and marks the zone while files are over it. */
export function acceptDrops(zone: HTMLElement, onFiles: (files: File[]) => void): void {
  let depth = 0;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
  zone.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth++;
    zone.dataset.dragging = 'true';
  });
  zone.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'copy';
  });
  zone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) delete zone.dataset.dragging;
  });
  zone.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    delete zone.dataset.dragging;
    onFiles([...(event.dataTransfer?.files ?? [])]);
  });
}

/** The files chosen in a file input; the input is then cleared so choosing the same file again still counts. */
export function takeFiles(input: HTMLInputElement): File[] {
  const files = [...(input.files ?? [])];
  input.value = '';
  return files;
}

/** Stops a file dropped beside a zone from replacing the page with the file's contents. */
export function guardPageDrops(): void {
  for (const type of ['dragover', 'drop'] as const) {
    addEventListener(type, (event) => {
      if (!(event.target as Element | null)?.closest?.('[data-drop-zone]')) event.preventDefault();
    });
  }
}
