import type { Page } from 'playwright-core';

/**
 * Does what a reader does on arriving at /graph/, a move toward the canvas once the graph is
 * drawn, which starts Cytoscape; resolves when it is interactive. (The page draws without
 * Cytoscape and starts it only then: see src/components/graph-explorer/explorer.ts.)
 */
export async function wakeGraph(page: Page, timeout = 30_000) {
  await page.waitForFunction(() => performance.getEntriesByName('converge:graph-drawn').length > 0, null, { timeout });
  await page.locator('#graph-canvas').dispatchEvent('pointerover');
  await page.locator('[data-graph-explorer][data-ready="true"]').waitFor({ timeout });
}
