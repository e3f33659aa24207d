import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readYamlFile } from '../graph/read-yaml.ts';
import { didYouMean } from '../schema/did-you-mean.ts';
import { issuesToProblems } from '../schema/issues.ts';
import { fieldPath, type ContentProblem } from '../schema/problem.ts';
import { quizSchema, type Quiz } from '../schema/quiz.ts';

/** A quiz that passed every check, with the file it came from. */
export interface QuizFile {
  file: string;
  quiz: Quiz;
}

/**
 * Reads `content/quizzes/*.yaml` and checks what the schema cannot: the learning path and concepts
 * each quiz names exist, one quiz per path, and each question has exactly one correct choice
 * (the quiz page asks with radio buttons). A missing folder is no problem: no path has a quiz.
 */
export function readQuizzes(dir: string, pathIds: readonly string[], conceptIds: readonly string[], root = process.cwd()): { quizzes: QuizFile[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const quizzes: QuizFile[] = [];
  if (!existsSync(dir)) return { quizzes, problems };
  const paths = new Set(pathIds);
  const concepts = new Set(conceptIds);
  const byPath = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const { source, problems: parseProblems } = readYamlFile(join(dir, name), root);
    problems.push(...parseProblems);
    if (!source) continue;
    const parsed = quizSchema.safeParse(source.data);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, source.data, quizSchema, source));
      continue;
    }
    const quiz = parsed.data;
    const found: ContentProblem[] = [];
    const at = (path: PropertyKey[], value: string | undefined, message: string, suggestion?: string) =>
      found.push({ file: source.file, line: source.lineOf(path), field: fieldPath(path), value, message, suggestion });
    if (!paths.has(quiz.path)) at(['path'], quiz.path, 'names no learning path', didYouMean(quiz.path, pathIds));
    else if (byPath.has(quiz.path)) at(['path'], quiz.path, `already has a quiz in ${byPath.get(quiz.path)}: one quiz per path`);
    else if (basename(name).replace(/\.ya?ml$/, '') !== quiz.path) at(['path'], quiz.path, `differs from the file name: name the file ${quiz.path}.yaml`);
    quiz.questions.forEach((question, q) => {
      const correct = question.choices.filter((c) => c.correct).length;
      if (correct !== 1) at(['questions', q, 'choices'], `${correct} correct`, 'must have exactly one choice marked `correct: true`');
      question.concepts.forEach((id, k) => {
        if (!concepts.has(id)) at(['questions', q, 'concepts', k], id, 'names no concept', didYouMean(id, conceptIds));
      });
    });
    problems.push(...found);
    if (found.length === 0) {
      byPath.set(quiz.path, source.file);
      quizzes.push({ file: source.file, quiz });
    }
  }
  return { quizzes, problems };
}
