// Runs the build's content checks in a worker thread for `astro dev`, so a check of a large
// corpus (about half a second at 1,000 concepts) never holds up the server's page rendering.
import { parentPort } from 'node:worker_threads';
import { validateContent } from '../site/validate-content.ts';

parentPort?.on('message', (id: number) => {
  try {
    const { concepts, problems } = validateContent();
    parentPort!.postMessage({ id, concepts: concepts.length, problems });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
