import { describe, expect, it } from 'vitest';
import { conceptPreview, PREVIEW_LINES } from '../../src/site/concept-preview.ts';
import { validateContent } from '../../src/site/validate-content.ts';

const { concepts } = validateContent();
const byId = new Map(concepts.map((c) => [c.id, c.data]));

describe('conceptPreview', () => {
  it('carries the type, title, summary and the first IS and IS-NOT lines, and counts the rest', () => {
    const data = byId.get('change-enablement')!;
    const preview = conceptPreview('change-enablement', data);
    expect(preview).toMatchObject({ id: 'change-enablement', title: 'Change enablement', type: 'practice', typeLabel: 'Practice', summary: data.summary });
    expect(preview.is).toEqual(data.is.slice(0, PREVIEW_LINES));
    expect(preview.isNot).toEqual(data.isNot.slice(0, PREVIEW_LINES).map((i) => i.text));
    expect(preview.more).toBe(data.is.length + data.isNot.length - 2 * PREVIEW_LINES);
    expect([preview.isLabel, preview.isNotLabel]).toEqual(['What it is', 'What it is not']);
  });

  it('does not label a boundary look-alike as what it is, the good practice', () => {
    const preview = conceptPreview('standalone-soc', byId.get('standalone-soc')!);
    expect(preview.typeLabel).toBe('Boundary');
    expect([preview.isLabel, preview.isNotLabel]).toEqual(['What it looks like', 'Not to be confused with']);
  });

  it('leaves out empty lists and never counts below zero', () => {
    const preview = conceptPreview('x', { title: 'X', type: 'role', summary: 'S.', is: [], isNot: [] });
    expect(preview).toMatchObject({ is: [], isNot: [], more: 0 });
  });
});
