import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readBuiltSite } from '../support/built-site.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import type { ConceptPreview } from '../../src/site/concept-preview.ts';

const { concepts } = validateContent();

describe.each([['at the root', 'root'], ['under /converge/', 'subpath']] as const)('link previews %s', (_, which) => {
  const { dir, base } = inject('sites')[which];
  const site = readBuiltSite(dir, base);

  it('publish a small preview file beside every concept page, fetched relative to the page', () => {
    for (const concept of concepts) {
      expect(site.fileFor(`${base}concepts/${concept.id}/`), concept.id).toBeDefined();
      const raw = readFileSync(join(dir, 'concepts', concept.id, 'preview.json'), 'utf8');
      const preview = JSON.parse(raw) as ConceptPreview;
      expect(preview).toMatchObject({ format: 'converge-concept-preview', version: 1, id: concept.id, title: concept.data.title, type: concept.data.type });
      // A hover costs one small file, whatever the size of the graph.
      expect(raw.length, concept.id).toBeLessThan(2_000);
    }
  });
});
