import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/schema/problem.ts';
import { readSynonyms } from '../../src/search/read-synonyms.ts';
import { validateContent } from '../../src/site/validate-content.ts';

/** Writes `text` as a synonyms file in a fresh folder and reads it against `concepts`. */
function readText(text: string, concepts = ['change-enablement']) {
  const dir = mkdtempSync(join(tmpdir(), 'synonyms-'));
  writeFileSync(join(dir, 'synonyms.yaml'), text);
  return readSynonyms(join(dir, 'synonyms.yaml'), concepts, dir);
}

describe('content/synonyms.yaml', () => {
  it('refuses, with file, line, field and value, a synonym naming a missing concept, a repeated term and a malformed entry', () => {
    const { problems, synonyms } = validateContent('test/fixtures/broken-synonyms');
    expect(problems.map(formatProblem)).toEqual([
      'test/fixtures/broken-synonyms/synonyms.yaml:8  [1].concepts[0] "change-enablment" names no concept (did you mean "change-enablement"?)',
      'test/fixtures/broken-synonyms/synonyms.yaml:10  [2].term "cab" is already a spelling of entry [0] (CAB): list its concepts there',
      'test/fixtures/broken-synonyms/synonyms.yaml:14  [3].meaning is not a known field (known: term, means, also, concepts)',
      'test/fixtures/broken-synonyms/synonyms.yaml:18  [4].concepts must name at least one concept',
    ]);
    // Search gets no half-checked list.
    expect(synonyms).toEqual([]);
  });

  it('reads a valid file, with other spellings defaulting to none', () => {
    const { problems, synonyms } = readText('- term: CAB\n  means: change advisory board\n  concepts: [change-enablement]\n');
    expect(problems).toEqual([]);
    expect(synonyms).toEqual([{ term: 'CAB', means: 'change advisory board', also: [], concepts: ['change-enablement'] }]);
  });

  it('refuses a spelling repeated across entries whatever its case and punctuation, and a concept listed twice', () => {
    const { problems } = readText('- term: Shadow IT\n  concepts: [change-enablement, change-enablement]\n- term: Shadow-IT\n  concepts: [change-enablement]\n');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringContaining('[0].concepts[1] "change-enablement" repeats concept 1 of this entry'),
      expect.stringContaining('[1].term "Shadow-IT" is already a spelling of entry [0] (Shadow IT)'),
    ]);
  });

  it('refuses a file that is not a list, and reads a missing or empty file as no synonyms', () => {
    expect(readText('term: CAB\n').problems.map(formatProblem)).toEqual([expect.stringContaining('must be a list of synonyms')]);
    expect(readText('')).toEqual({ synonyms: [], problems: [] });
    expect(readSynonyms('test/fixtures/small-graph/synonyms.yaml', [])).toEqual({ synonyms: [], problems: [] });
  });

  it('accepts the real file', () => {
    const { problems, synonyms } = validateContent();
    expect(problems).toEqual([]);
    expect(synonyms.map((s) => s.term)).toEqual(expect.arrayContaining(['SoD', 'PAM', 'ALE', 'CAB', 'war room']));
  });
});
