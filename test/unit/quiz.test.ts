import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/schema/problem.ts';
import { parseSavedAnswers, scoreQuiz } from '../../src/schema/quiz.ts';
import { readQuizzes } from '../../src/site/read-quizzes.ts';
import { validateContent } from '../../src/site/validate-content.ts';

const PATHS = ['change-enablement-with-security-built-in'];
const CONCEPTS = ['change-enablement', 'standalone-soc'];

/** Writes `files` into a fresh quizzes folder and reads it against the paths and concepts above. */
function readFiles(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'quizzes-'));
  mkdirSync(join(root, 'quizzes'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'quizzes', name), text);
  return readQuizzes(join(root, 'quizzes'), PATHS, CONCEPTS, root);
}

const question = (correct = [false, true], concepts = '[change-enablement]') => `  - prompt: Which is it?
    choices:
${correct.map((c, i) => `      - text: Choice ${i + 1}\n        correct: ${c}`).join('\n')}
    explanation: Because.
    concepts: ${concepts}
`;

describe('content/quizzes', () => {
  it('every quiz in the content validates, one per learning path, each with 3 to 6 questions', () => {
    const { quizzes, paths, problems } = validateContent();
    expect(problems.filter((p) => p.file.includes('quizzes')).map(formatProblem)).toEqual([]);
    expect(quizzes.map((q) => q.quiz.path).sort()).toEqual(paths.map((p) => p.id).sort());
    for (const { quiz } of quizzes) expect(quiz.questions.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses, naming file, line, field and value, an unknown path, a question without a correct choice and an unknown concept', () => {
    const { quizzes, problems } = readFiles({
      'change-enablement-with-security-built-in.yaml': `path: change-enablement-with-securty-built-in\nquestions:\n${question()}${question([false, false])}${question([true, false], '[standalone-sock]')}`,
    });
    expect(problems.map(formatProblem)).toEqual([
      'quizzes/change-enablement-with-security-built-in.yaml:1  path "change-enablement-with-securty-built-in" names no learning path (did you mean "change-enablement-with-security-built-in"?)',
      'quizzes/change-enablement-with-security-built-in.yaml:13  questions[1].choices "0 correct" must have exactly one choice marked `correct: true`',
      'quizzes/change-enablement-with-security-built-in.yaml:26  questions[2].concepts[0] "standalone-sock" names no concept (did you mean "standalone-soc"?)',
    ]);
    // A quiz with problems is not published half-checked.
    expect(quizzes).toEqual([]);
  });

  it('refuses too few questions, an unknown field and a second correct choice', () => {
    const { problems } = readFiles({
      'change-enablement-with-security-built-in.yaml': `path: change-enablement-with-security-built-in\nquestions:\n${question()}${question()}`,
      'other.yaml': `path: change-enablement-with-security-built-in\nhint: x\nquestions:\n${question([true, true])}${question()}${question()}`,
    });
    expect(problems.map(formatProblem)).toEqual([
      'quizzes/change-enablement-with-security-built-in.yaml:3  questions a quiz needs at least 3 questions',
      'quizzes/other.yaml:2  hint is not a known field (known: path, questions)',
    ]);
    const twice = readFiles({ 'change-enablement-with-security-built-in.yaml': `path: change-enablement-with-security-built-in\nquestions:\n${question([true, true])}${question()}${question()}` });
    expect(twice.problems.map((p) => `${p.field} ${p.value}`)).toEqual(['questions[0].choices 2 correct']);
  });

  it('a broken quiz stops the build: validateContent reports it with the rest of the content', () => {
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    mkdirSync(join(root, 'quizzes'));
    writeFileSync(join(root, 'quizzes', 'nowhere.yaml'), `path: nowhere\nquestions:\n${question()}${question()}${question()}`);
    const { problems } = validateContent(root, root, undefined);
    expect(problems.map((p) => `${p.file} ${p.field} ${p.value}`)).toContain('quizzes/nowhere.yaml path nowhere');
  });
});

describe('scoring a quiz', () => {
  it('counts right answers; unanswered and wrong ones are marked apart', () => {
    expect(scoreQuiz([1, 0, 2], { 0: 1, 1: 2 })).toEqual({
      marks: [{ answered: true, right: true }, { answered: true, right: false }, { answered: false, right: false }],
      right: 1,
      total: 3,
    });
  });

  it('reads saved answers back, dropping picks that no longer fit the quiz and anything unreadable', () => {
    expect(parseSavedAnswers(JSON.stringify({ answers: { 0: 1, 1: 4, 5: 0, x: 1, 2: 'a' }, checked: true }), [3, 3, 3])).toEqual({ answers: { 0: 1 }, checked: true });
    expect(parseSavedAnswers('{not json', [3])).toEqual({ answers: {}, checked: false });
    expect(parseSavedAnswers(null, [3])).toEqual({ answers: {}, checked: false });
    expect(parseSavedAnswers('[1,2]', [3])).toEqual({ answers: {}, checked: false });
  });
});
