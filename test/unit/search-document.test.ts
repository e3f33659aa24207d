import { describe, expect, it } from 'vitest';
import { pathStopsByConcept, synonymsByConcept, toSearchDocument } from '../../src/search/search-document.ts';

describe('search documents', () => {
  it('carry every searchable field, framework names and the body as plain text', () => {
    const document = toSearchDocument(
      {
        id: 'change-security-risk-rating',
        data: {
          title: 'Change security risk rating',
          type: 'control',
          summary: 'Every change carries a rating.',
          aliases: ['Security impact rating'],
          tags: ['change'],
          is: ['Calculated, not typed.'],
          isNot: [{ text: 'A CVSS score.', boundary: undefined }],
          mappings: [{ framework: 'nist-sp-800-53', identifier: 'CM-3', relationship: 'intersects-with' }],
        },
        body: '## Why it matters\n\nThe **rating** routes review.',
      },
      '/converge/concepts/change-security-risk-rating/',
      [{ title: 'Change basics', note: 'Walk three examples.' }],
      [{ term: 'CAB', means: 'change advisory board', position: 1 }],
    );
    expect(document).toEqual({
      id: 'change-security-risk-rating',
      title: 'Change security risk rating',
      type: 'control',
      url: '/converge/concepts/change-security-risk-rating/',
      summary: 'Every change carries a rating.',
      aliases: ['Security impact rating'],
      tags: ['change'],
      identifiers: [{ framework: 'NIST SP 800-53 Rev. 5', identifier: 'CM-3' }],
      is: ['Calculated, not typed.'],
      isNot: ['A CVSS score.'],
      paths: [{ title: 'Change basics', note: 'Walk three examples.' }],
      synonyms: [{ term: 'CAB', means: 'change advisory board', position: 1 }],
      body: 'Why it matters\nThe rating routes review.',
    });
  });

  it('list the learning-path stops at each concept, with the trainer note of that stop', () => {
    const stops = pathStopsByConcept([
      { data: { title: 'Path A', steps: [{ concept: 'x', note: 'A at x' }, { concept: 'y', note: 'A at y' }] } },
      { data: { title: 'Path B', steps: [{ concept: 'x', note: 'B at x' }] } },
    ]);
    expect(stops.get('x')).toEqual([{ title: 'Path A', note: 'A at x' }, { title: 'Path B', note: 'B at x' }]);
    expect(stops.get('y')).toEqual([{ title: 'Path A', note: 'A at y' }]);
    expect(stops.get('z')).toBeUndefined();
  });

  it('carry the A. form of ISO/IEC 27001 Annex A identifiers, which readers type', () => {
    const document = toSearchDocument(
      {
        id: 'x',
        data: {
          title: 'X', type: 'control', summary: 'X.', aliases: [], tags: [], is: [], isNot: [],
          mappings: [{ framework: 'iso-iec-27001-2022', identifier: '8.32', relationship: 'intersects-with' }],
        },
      },
      '/x/',
    );
    expect(document.identifiers).toEqual([{ framework: 'ISO/IEC 27001:2022', identifier: '8.32', also: ['A.8.32'] }]);
  });

  it('give each concept the synonyms that name it, with its place in each list', () => {
    const named = synonymsByConcept([
      { term: 'SoD', means: 'segregation of duties', also: ['separation of duties'], concepts: ['x', 'y'] },
      { term: 'war room', also: [], concepts: ['y'] },
    ]);
    expect(named.get('x')).toEqual([{ term: 'SoD', means: 'segregation of duties', also: ['separation of duties'], position: 0 }]);
    expect(named.get('y')).toEqual([
      { term: 'SoD', means: 'segregation of duties', also: ['separation of duties'], position: 1 },
      { term: 'war room', position: 0 },
    ]);
  });
});
