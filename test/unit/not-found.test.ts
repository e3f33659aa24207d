import { describe, expect, it } from 'vitest';
import { missingPathQuery, suggestConcept } from '../../src/site/not-found.ts';

const concepts = [
  { id: 'change-enablement', title: 'Change enablement', aliases: ['Change management'], url: '/concepts/change-enablement/' },
  { id: 'joint-change-advisory-board', title: 'Joint change advisory board', aliases: ['Joint CAB', 'CAB'], url: '/concepts/joint-change-advisory-board/' },
  { id: 'incident-management', title: 'Incident management', url: '/concepts/incident-management/' },
];

describe('not-found page', () => {
  it('turns the last segment of the missing address into words to search for', () => {
    expect(missingPathQuery('/concepts/does-not-exist/')).toBe('does not exist');
    expect(missingPathQuery('/concepts/patch_latency.html')).toBe('patch latency');
    expect(missingPathQuery('/paths/zero-trust/index.html')).toBe('zero trust');
    expect(missingPathQuery('/concepts/s%C3%A9curit%C3%A9/')).toBe('sécurité');
    expect(missingPathQuery('/')).toBe('');
  });

  it('reads the address below the base path', () => {
    expect(missingPathQuery('/converge/', '/converge/')).toBe('');
    expect(missingPathQuery('/converge/glossary-of-terms/', '/converge/')).toBe('glossary of terms');
  });

  it('survives an address that is not valid percent-encoding', () => {
    expect(missingPathQuery('/concepts/100%-secure/')).toBe('100% secure');
  });

  it('suggests the concept a mistyped concept address meant', () => {
    expect(suggestConcept('/concepts/chnage-enablement/', concepts)?.id).toBe('change-enablement');
    expect(suggestConcept('/converge/concepts/incident-managment/', concepts, '/converge/')?.id).toBe('incident-management');
  });

  it('finds a concept by its title or other name written as an address', () => {
    expect(suggestConcept('/concepts/cab/', concepts)?.id).toBe('joint-change-advisory-board');
    expect(suggestConcept('/concepts/Change-Management/', concepts)?.id).toBe('change-enablement');
  });

  it('stays silent outside the concepts or when nothing is close', () => {
    expect(suggestConcept('/paths/chnage-enablement/', concepts)).toBeUndefined();
    expect(suggestConcept('/concepts/zero-trust-architecture/', concepts)).toBeUndefined();
    expect(suggestConcept('/concepts/', concepts)).toBeUndefined();
  });
});
