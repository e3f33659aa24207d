import { describe, expect, it } from 'vitest';
import { readSearchDocuments } from '../../src/site/read-documents.ts';

describe('readSearchDocuments', () => {
  it('reads a content folder into documents ordered by title, as the build orders them', () => {
    const documents = readSearchDocuments('test/fixtures/small-graph', '/converge/');
    expect(documents.map((d) => d.title)).toEqual([
      'Change enablement', 'NIST SP 800-53 Rev. 5', 'Security risk rating on change requests', 'Tooling without process integration', 'Unauthorized change rate',
    ]);
    expect(documents[0]!.url).toBe('/converge/concepts/change-enablement/');
  });

  it('gives each document its body as plain text', () => {
    const rating = readSearchDocuments('test/fixtures/small-graph').find((d) => d.id === 'change-risk-rating')!;
    expect(rating.body).toBe('A rating on every change.');
  });

  it('refuses a folder with content problems rather than index half of it', () => {
    expect(() => readSearchDocuments('test/fixtures/broken-path')).toThrow(/content problems/);
  });
});
