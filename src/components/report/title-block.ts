// The title block and print footer of every leader-facing output (results, shared scorecard,
// compare, aggregate, gap): one look on screen and on paper.
import type { TitleBlock } from '../../assessment/scorecard-report.ts';
import { el } from '../scorecard-view/dom.ts';

/** A title block: a kicker saying what the document is, the heading, then label–value details. */
export function titleBlockElement(kicker: string, block: TitleBlock): HTMLElement {
  return el(
    'header',
    { className: 'report-title' },
    el('p', { className: 'report-kicker' }, kicker),
    el('p', { className: 'report-heading' }, block.heading),
    el('dl', { className: 'report-details' }, ...block.details.map(([label, value]) => el('div', {}, el('dt', {}, label), el('dd', {}, value)))),
  );
}

/**
 * Fills the print footer (PrintFooter.astro) with this page's address and today's date. The
 * fragment is left out: on a shared scorecard it is the whole scorecard, hundreds of characters.
 */
export function fillPrintFooter(root: ParentNode = document) {
  const fill = () => {
    const address = root.querySelector('[data-print-address]');
    const date = root.querySelector('[data-print-date]');
    if (address) address.textContent = `${location.origin}${location.pathname}`;
    if (date) date.textContent = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  };
  fill();
  addEventListener('beforeprint', fill);
}

/** The "add an appendix when printing" box: the appendix prints only while it is ticked. */
export function wirePrintAppendix(root: HTMLElement) {
  const box = root.querySelector<HTMLInputElement>('[data-print-appendix]');
  box?.addEventListener('change', () => root.classList.toggle('print-appendix', box.checked));
}
