import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations on the page, or within one of its elements (WCAG 2.x A and AA rules), one line each. */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  // Evaluated through DevTools rather than added as a <script>: the pages' CSP forbids inline script.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document | object, opts: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(within ? { include: [[within]] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, within);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.targets.join(', ')}`);
}
