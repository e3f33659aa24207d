import { basename, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { ContentProblem } from '../schema/problem.ts';
import type { PageProblem } from './dev-problems.ts';

/**
 * The page a problem's file renders: a concept file its concept page, a learning path its path
 * page; anything else (the assessment model, synonyms) belongs to no single page.
 */
export function pageOfFile(file: string, options: { root: string; contentRoot: string; base: string }): string | undefined {
  const path = resolve(options.root, file);
  const inside = relative(options.contentRoot, path);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  const [folder] = inside.split(sep);
  const ext = extname(path);
  if (!['.md', '.mdx'].includes(ext)) return undefined;
  const id = basename(path, ext);
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  if (folder === 'concepts') return `${base}concepts/${id}/`;
  if (folder === 'paths') return `${base}paths/${id}/`;
  return undefined;
}

/** Tags every problem with its page, for the banner. */
export function withPages(problems: ContentProblem[], options: { root: string; contentRoot: string; base: string }): PageProblem[] {
  return problems.map((problem) => ({ ...problem, page: pageOfFile(problem.file, options) }));
}

