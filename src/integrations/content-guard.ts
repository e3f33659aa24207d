import type { AstroIntegration } from 'astro';
import { formatProblems } from '../schema/problem.ts';
import { validateContent } from '../site/validate-content.ts';

/**
 * Runs the content checks before Astro loads any collection, so a build with broken content
 * stops with every problem listed (file, line, field, value, suggestion) rather than with the
 * first schema error Astro meets. In `astro dev` the problems are printed and the server keeps
 * running, so an author can fix them one by one.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'converge:content-guard',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const { concepts, problems } = validateContent();
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
    },
  };
}
