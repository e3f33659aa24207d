import { describe, expect, it } from 'vitest';
import { boundaryHeadings, conceptOutline, type ConceptSections } from '../../src/site/concept-outline.ts';

const page: ConceptSections = {
  type: 'practice', hasIs: true, hasIsNot: true, hasBoundaryNote: false, hasMeasure: false,
  headings: [{ depth: 2, slug: 'why-it-matters', text: 'Why it matters' }, { depth: 3, slug: 'detail', text: 'Detail' }, { depth: 2, slug: 'worked-example', text: 'Worked example' }],
  hasRelations: true, hasMappings: true, hasPaths: false, hasSources: true,
};

describe("a concept page's outline", () => {
  it('lists every h2 in page order, the body headings in between, and no h3', () => {
    expect(conceptOutline(page).map((e) => e.id)).toEqual(['is-heading', 'is-not-heading', 'why-it-matters', 'worked-example', 'relations-heading', 'mappings-heading', 'sources-heading']);
  });

  it("names a framework page's identifier table and a metric's measure", () => {
    const outline = conceptOutline({ ...page, type: 'metric', hasMeasure: true, hasMappings: false, mappedHeading: 'Concepts mapped to ITIL 4' });
    expect(outline).toContainEqual({ id: 'measure-heading', text: 'How it is measured' });
    expect(outline).toContainEqual({ id: 'mapped-heading', text: 'Concepts mapped to ITIL 4' });
  });

  it('never heads the description of a boundary "What it is", which would read as the thing to do', () => {
    expect(boundaryHeadings('boundary').is).not.toMatch(/what it is$/i);
    const outline = conceptOutline({ ...page, type: 'boundary', hasBoundaryNote: true });
    expect(outline.slice(0, 3).map((e) => e.text)).toEqual(['What it looks like', 'Not to be confused with', 'What to do instead']);
    expect(boundaryHeadings('control')).toEqual({ is: 'What it is', isNot: 'What it is not' });
  });
});
