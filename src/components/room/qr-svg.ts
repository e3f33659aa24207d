// A QR code as SVG markup, from uqr's module matrix. Pure (no DOM), so pages insert the markup
// and tests rebuild it in Node. Our own drawing rather than uqr's renderSVG: one rectangle per
// run of dark modules (a fifth of the markup), the four-module quiet zone the standard asks for,
// an accessible name, and only presentation attributes (the CSP forbids style attributes).
import { encode } from 'uqr';

/**
 * The most bytes one QR code holds (version 40, lowest error correction, byte mode): a longer
 * link cannot be one QR code, and near it the code is too dense to scan from a phone screen.
 */
export const QR_MAX_BYTES = 2953;

const QUIET_ZONE = 4;

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Whether `text` fits in one QR code. */
export function fitsQr(text: string): boolean {
  return new TextEncoder().encode(text).length <= QR_MAX_BYTES;
}

/**
 * The QR code of `text` as an `<svg>` (dark on white in either theme: scanners expect that),
 * named `label` for screen readers, or undefined when the text is too long for one code.
 * Error correction is raised as far as the size allows, so a projected code survives glare.
 */
export function qrSvg(text: string, label: string): string | undefined {
  if (!fitsQr(text)) return undefined;
  let matrix: boolean[][];
  try {
    matrix = encode(text, { ecc: 'L', boostEcc: true, border: 0 }).data;
  } catch {
    return undefined;
  }
  const size = matrix.length + 2 * QUIET_ZONE;
  let d = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; ) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      d += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeAttribute(label)}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}

/** The dark modules an SVG from qrSvg draws, as a matrix without the quiet zone: for tests. */
export function qrSvgModules(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1]) - 2 * QUIET_ZONE;
  const matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of (/ d="([^"]*)"/.exec(svg)?.[1] ?? '').matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) matrix[Number(y) - QUIET_ZONE]![Number(x) - QUIET_ZONE + i] = true;
  }
  return matrix;
}
