import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/graph/glossary.ts';

const concepts = [
  { id: 'change-enablement', data: { title: 'Change enablement', summary: 'Changes made safely.', aliases: ['Change management'] } },
  { id: 'asset-owner', data: { title: 'Asset owner', summary: 'Accountable for an asset.', aliases: [] } },
  { id: 'nist-csf-2', data: { title: '2.0 framework', summary: 'A framework.', aliases: [] } },
];

describe('glossary', () => {
  const groups = buildGlossary(concepts);
  it('lists terms alphabetically under their initial, numbers under #', () => {
    expect(groups.map((g) => g.letter)).toEqual(['#', 'A', 'C']);
    expect(groups.find((g) => g.letter === 'C')!.entries.map((e) => e.term)).toEqual(['Change enablement', 'Change management']);
  });
  it('turns an alias into a cross-reference to the concept', () => {
    const alias = groups.flatMap((g) => g.entries).find((e) => e.term === 'Change management')!;
    expect(alias).toMatchObject({ isAlias: true, id: 'change-enablement', title: 'Change enablement' });
  });
  it('gives every concept term its one-line definition and aliases', () => {
    const term = groups.flatMap((g) => g.entries).find((e) => e.term === 'Change enablement')!;
    expect(term).toMatchObject({ isAlias: false, definition: 'Changes made safely.', aliases: ['Change management'] });
  });
});
