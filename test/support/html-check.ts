import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

// The W3C Nu HTML checker (vnu-jar, run with the machine's Java): the validator the standards
// bodies use, so "valid" means what it means to them.
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** Whether a Java runtime is here to run the checker; in CI a missing one is an error. */
export const hasJava = (() => {
  const found = spawnSync('java', ['-version']).status === 0;
  if (!found && process.env.CI) throw new Error('Java is required in CI for the HTML checker: apt-get install -y default-jre-headless');
  if (!found) console.warn('HTML validation skipped: no Java runtime (apt-get install -y default-jre-headless).');
  return found;
})();

/** The checker's errors (not warnings), one line each, for a built directory or for one document's text. */
export function htmlErrors(target: { dir: string } | { html: string }): string[] {
  const args = ['-jar', vnu, '--errors-only', '--skip-non-html', 'dir' in target ? target.dir : '-'];
  const run = spawnSync('java', args, { encoding: 'utf8', input: 'html' in target ? target.html : undefined, timeout: 180_000 });
  if (run.error) throw run.error;
  return run.stderr.split('\n').filter((line) => line.trim());
}
