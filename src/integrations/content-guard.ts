import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatProblems, type ContentProblem } from '../schema/problem.ts';
import { validateContent } from '../site/validate-content.ts';
import { watchContent } from './content-watch.ts';

/**
 * Runs the content checks before Astro loads any collection, so a build with broken content
 * stops with every problem listed (file, line, field, value, suggestion) rather than with the
 * first schema error Astro meets. In `astro dev` the problems are printed and the server keeps
 * running; every content change re-runs the checks, prints what is still wrong (or that it is
 * fixed) and shows a page's own problems in a banner on that page, in dev only.
 */
export function contentGuard(): AstroIntegration {
  let initial: { concepts: number; problems: ContentProblem[] } = { concepts: 0, problems: [] };
  let base = '/';
  return {
    name: 'converge:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, injectScript, logger }) => {
        const { concepts, problems } = validateContent();
        initial = { concepts: concepts.length, problems };
        base = config.base;
        // The banner's script exists only in dev: a build never bundles it.
        if (command === 'dev') {
          const client = fileURLToPath(new URL('./dev-problems-client.ts', import.meta.url));
          injectScript('page', `import ${JSON.stringify(client)};`);
        }
        if (problems.length === 0) {
          logger.info(`${concepts.length} concepts valid`);
          return;
        }
        if (command !== 'build') {
          logger.warn(formatProblems(problems));
          return;
        }
        logger.error(`${formatProblems(problems)}\nFix these and build again; \`npm run validate\` checks without building.`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => watchContent(server, logger, { base, initial }),
    },
  };
}
