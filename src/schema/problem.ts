/** One thing wrong with the content, precise enough for an author to fix it without searching. */
export interface ContentProblem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Dotted path of the field, e.g. `relations.requires[1]`. */
  field: string;
  /** The offending value as written, when there is one. */
  value?: string;
  message: string;
  /** A close match the author probably meant. */
  suggestion?: string;
  /** The organization's layer the file belongs to (its folder), when it is not our content. */
  layer?: string;
}

/** One line per problem: `file:line  field "value" message (did you mean "x"?)`. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const value = problem.value === undefined ? '' : ` ${JSON.stringify(problem.value)}`;
  const hint = problem.suggestion ? ` (did you mean ${JSON.stringify(problem.suggestion)}?)` : '';
  const layer = problem.layer ? ` [layer ${problem.layer}]` : '';
  return `${where}  ${problem.field || '(frontmatter)'}${value} ${problem.message}${hint}${layer}`;
}

/** The report printed when content is refused: a count, then one line per problem. */
export function formatProblems(problems: ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`Content has ${count}:`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
}

/** Renders a field path the way an author writes it in YAML: `relations.requires[1]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
