import { join } from 'node:path';
import { readQuizzes } from '../../site/read-quizzes.ts';
import { contentDir } from '../../site/validate-content.ts';
import { loadSiteGraph } from '../../site/knowledge-graph.ts';
import type { Quiz } from '../../schema/quiz.ts';

let loading: Promise<Map<string, Quiz>> | undefined;

/**
 * Each learning path's quiz, by path id, read once per build. The content guard has already
 * refused the build if any quiz has a problem, so a quiz missing here is simply not written.
 */
export function quizzesByPath(): Promise<Map<string, Quiz>> {
  loading ??= (async () => {
    const { paths, entries } = await loadSiteGraph();
    const { quizzes } = readQuizzes(join(contentDir(), 'quizzes'), paths.map((p) => p.id), entries.map((e) => e.id));
    return new Map(quizzes.map(({ quiz }) => [quiz.path, quiz]));
  })();
  return loading;
}
