import { describe, expect, it } from 'vitest';
import { problemsForPage } from '../../src/integrations/dev-problems.ts';
import { pageOfFile, withPages } from '../../src/integrations/problem-pages.ts';

const where = { root: '/repo', contentRoot: '/repo/content', base: '/' };

describe('the page of a content problem', () => {
  it('is the concept page for a concept file, wherever in concepts/ it sits', () => {
    expect(pageOfFile('content/concepts/change-enablement.mdx', where)).toBe('/concepts/change-enablement/');
    expect(pageOfFile('content/concepts/itil/change-enablement.md', where)).toBe('/concepts/change-enablement/');
  });

  it('is the path page for a learning path, under the base path', () => {
    expect(pageOfFile('content/paths/starter.mdx', { ...where, base: '/converge' })).toBe('/converge/paths/starter/');
  });

  it('is found for content outside the project (CONVERGE_CONTENT_DIR), written relative to the root', () => {
    expect(pageOfFile('../tmp/copy/concepts/x.mdx', { ...where, contentRoot: '/tmp/copy' })).toBe('/concepts/x/');
  });

  it('is none for the assessment model, synonyms or a file outside the content', () => {
    expect(pageOfFile('content/assessment/dimensions.yaml', where)).toBeUndefined();
    expect(pageOfFile('content/synonyms.yaml', where)).toBeUndefined();
    expect(pageOfFile('other/concepts/x.mdx', where)).toBeUndefined();
  });
});

describe('the problems a page lists', () => {
  const problems = withPages(
    [
      { file: 'content/concepts/a.mdx', line: 3, field: 'relations.requires[0]', value: 'zz', message: 'names no concept' },
      { file: 'content/concepts/b.mdx', field: 'type', message: 'is not a type' },
      { file: 'content/synonyms.yaml', field: 'terms[2]', message: 'is empty' },
    ],
    where,
  );

  it('are its own, then those tied to no page, and a count of the other pages with problems', () => {
    const { own, unplaced, otherPages } = problemsForPage(problems, '/concepts/a/');
    expect(own.map((p) => p.value)).toEqual(['zz']);
    expect(unplaced.map((p) => p.file)).toEqual(['content/synonyms.yaml']);
    expect(otherPages).toBe(1);
  });

  it('match the page however its address is written', () => {
    expect(problemsForPage(problems, '/concepts/a').own).toHaveLength(1);
    expect(problemsForPage(problems, '/concepts/a/index.html').own).toHaveLength(1);
    expect(problemsForPage(problems, '/concepts/ab/').own).toHaveLength(0);
  });
});
