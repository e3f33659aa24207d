import { describe, expect, inject, it } from 'vitest';
import { hasJava, htmlErrors } from '../support/html-check.ts';

describe.skipIf(!hasJava)('HTML', () => {
  it('every built page is valid by the W3C Nu checker', { timeout: 180_000 }, () => {
    expect(htmlErrors({ dir: inject('sites').root.dir })).toEqual([]);
  });

  it('the checker is awake: it reports markup after </html> (what module scripts used to be)', { timeout: 120_000 }, () => {
    const errors = htmlErrors({ html: '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body></body></html><link rel="modulepreload" href="/x.js">' });
    expect(errors.join('\n')).toContain('Stray start tag');
  });
});
