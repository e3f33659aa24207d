import { describe, expect, it } from 'vitest';
import { buildGlossary, glossaryLetters, oneLineDefinition } from '../../src/graph/glossary.ts';

const concepts = [
  { id: 'change-enablement', data: { title: 'Change enablement', type: 'practice' as const, summary: 'Changes made safely; with security built in, every change is rated.', aliases: ['Change management'] } },
  { id: 'asset-owner', data: { title: 'Asset owner', type: 'role' as const, summary: 'Accountable for an asset.', aliases: [] } },
  { id: 'nist-csf-2', data: { title: '2.0 framework', type: 'framework' as const, summary: 'A framework.', aliases: [] } },
];

describe('glossary', () => {
  const groups = buildGlossary(concepts);
  it('lists terms alphabetically under their initial, numbers under #', () => {
    expect(groups.map((g) => g.letter)).toEqual(['#', 'A', 'C']);
    expect(groups.find((g) => g.letter === 'C')!.entries.map((e) => e.term)).toEqual(['Change enablement', 'Change management']);
  });
  it('turns an alias into a cross-reference to the concept', () => {
    const alias = groups.flatMap((g) => g.entries).find((e) => e.term === 'Change management')!;
    expect(alias).toMatchObject({ isAlias: true, id: 'change-enablement', title: 'Change enablement', type: 'practice' });
  });
  it('gives every concept term its one-line definition, type and aliases', () => {
    const term = groups.flatMap((g) => g.entries).find((e) => e.term === 'Change enablement')!;
    expect(term).toMatchObject({ isAlias: false, type: 'practice', definition: 'Changes made safely.', aliases: ['Change management'] });
  });
  it('shows every letter in the bar, the empty ones marked unused, # only when needed', () => {
    const letters = glossaryLetters(groups);
    expect(letters.map((l) => l.letter).join('')).toBe('#ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(letters.filter((l) => l.used).map((l) => l.letter)).toEqual(['#', 'A', 'C']);
    expect(glossaryLetters([{ letter: 'B' }])[0]).toEqual({ letter: 'A', used: false });
  });
});

describe('one-line definition', () => {
  it('keeps a short one-sentence summary whole', () => {
    expect(oneLineDefinition('The person accountable for an IT service end to end.')).toBe('The person accountable for an IT service end to end.');
    expect(oneLineDefinition('No full stop at the end')).toBe('No full stop at the end.');
  });
  it('stops at the first sentence or semicolon', () => {
    expect(oneLineDefinition('The ITIL practice that restores service; with security built in, outages and breaches share one intake.'))
      .toBe('The ITIL practice that restores service.');
    expect(oneLineDefinition('Live systems are compared with baselines. Each difference is resolved.')).toBe('Live systems are compared with baselines.');
  });
  it('does not take a dotted abbreviation or version for the end of a sentence', () => {
    expect(oneLineDefinition('NIST CSF 2.0 sorts the work into six functions.')).toBe('NIST CSF 2.0 sorts the work into six functions.');
  });
  it('shortens a long sentence at an explaining clause, not mid-phrase', () => {
    const summary = 'Every hardware, software, cloud and data asset in the inventory names one accountable person, so decisions about patching, access, risk and incidents always reach someone who can make them.';
    expect(oneLineDefinition(summary)).toBe('Every hardware, software, cloud and data asset in the inventory names one accountable person.');
  });
  it('falls back to a whole word and an ellipsis, within the limit', () => {
    const summary = 'Joiner mover and leaver events in the HR system automatically create change and remove accounts across the directory and SaaS and privileged systems.';
    const line = oneLineDefinition(summary, 60);
    expect(line).toBe('Joiner mover and leaver events in the HR system…');
    expect(line.length).toBeLessThanOrEqual(60);
  });
  it('never ends on dangling punctuation before the ellipsis', () => {
    expect(oneLineDefinition('Alpha beta gamma, delta epsilon zeta eta theta iota kappa lambda', 20)).toBe('Alpha beta gamma…');
  });
});
