import { download } from './dom.ts';

/** Rasterises standalone SVG text to a PNG on a white background, at `scale` × its size. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  URL.revokeObjectURL(image.src);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** Offers a slide picture for download: as its SVG text, or as a PNG at 2× (1920 × 1080 for a 960 × 540 slide). */
export async function downloadPicture(kind: 'svg' | 'png', fileName: string, svg: string) {
  download(fileName, kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, 2));
}
