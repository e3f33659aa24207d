import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { ContentProblem } from '../schema/problem.ts';
import { parseYaml } from './read-yaml.ts';

/** A concept file as written: its id, raw frontmatter and body, before any validation. */
export interface ConceptSource {
  /** The file name without extension: the concept's id. */
  id: string;
  /** Path relative to the project root, as printed in errors. */
  file: string;
  frontmatter: unknown;
  body: string;
  /** The 1-based line in the file where the body starts, for errors found in the body. */
  bodyLine: number;
  /** The 1-based line of a frontmatter field, for error messages. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Every `.md`/`.mdx` file under `dir`, sorted so reports and ids come out in a stable order. */
export function listContentFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ['.md', '.mdx'].includes(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Splits a concept file into frontmatter and body; YAML errors become problems, not exceptions. */
export function readConceptSource(
  path: string,
  root = process.cwd(),
): { source?: ConceptSource; problems: ContentProblem[] } {
  const file = relative(root, path) || path;
  const text = readFileSync(path, 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { problems: [{ file, line: 1, field: '', message: 'has no frontmatter: start the file with a --- block' }] };
  }
  const { source: yaml, problems } = parseYaml(match[1]!, file, 2); // line 1 is the opening ---
  if (!yaml) return { problems };
  return {
    source: {
      id: basename(path, extname(path)),
      file,
      frontmatter: yaml.data,
      body: text.slice(match[0].length),
      bodyLine: match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1),
      lineOf: yaml.lineOf,
    },
    problems: [],
  };
}
