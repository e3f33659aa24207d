import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';

/** Compared without whitespace: PDF text runs split words at ligatures ("con fi guration"). */
export const squash = (text: string) => text.replace(/\s+/g, '');

/** Prints the page as a reader would (print media) and returns its page count and text, squashed. */
export async function printedText(page: Page, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format })) }).promise;
  await page.emulateMedia({ media: 'screen' });
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) text += (await (await pdf.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
  return { pages: pdf.numPages, text: squash(text) };
}

/** Width and height of a PNG, from its IHDR chunk (bytes 16–23). */
export const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/** The labels of the site's navigation and of the file choosers: none of them belongs on paper. */
export const SCREEN_ONLY_LABELS = ['Concepts', 'Learning paths', 'Choose scorecard', 'Use my current assessment'];
