import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';

/** One printed sheet: how many characters it carries and how far down its text reaches (0 top, 1 bottom). */
export interface PrintedSheet {
  characters: number;
  reach: number;
}

/** Prints the page as a reader would and measures each sheet, to catch one left mostly blank. */
export async function printedSheets(page: Page, format: 'A4' | 'Letter'): Promise<PrintedSheet[]> {
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format })) }).promise;
  const sheets: PrintedSheet[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const sheet = await pdf.getPage(n);
    const height = sheet.view[3]!;
    const items = (await sheet.getTextContent()).items.filter((item) => 'str' in item && item.str.trim() !== '') as { str: string; transform: number[] }[];
    // transform[5] is the baseline's distance from the bottom of the sheet.
    const lowest = Math.min(height, ...items.map((item) => item.transform[5]!));
    sheets.push({ characters: items.reduce((sum, item) => sum + item.str.length, 0), reach: 1 - lowest / height });
  }
  return sheets;
}

/**
 * The page printed as the reader would, one string per sheet, without whitespace: PDF text runs
 * split words at ligatures ("con fi guration").
 */
export async function printedText(page: Page, format: 'A4' | 'Letter'): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format })) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const items = (await (await pdf.getPage(n)).getTextContent()).items;
    pages.push(items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, ''));
  }
  await page.emulateMedia({ media: 'screen' });
  return pages;
}
