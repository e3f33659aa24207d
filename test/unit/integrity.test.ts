import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblems } from '../../src/schema/problem.ts';
import { validateContent } from '../../src/site/validate-content.ts';

/** The report lines an author would read for a fixture folder. */
const report = (fixture: string) => validateContent(`test/fixtures/${fixture}`).problems.map(formatProblem);

describe('content integrity', () => {
  it('accepts a small, well-formed graph', () => {
    const { concepts, problems } = validateContent('test/fixtures/small-graph');
    expect(problems).toEqual([]);
    expect(concepts.map((c) => c.id)).toContain('change-enablement');
  });

  it('names the file, field and missing id of a broken relation, with a close match', () => {
    expect(report('missing-relation')).toEqual([
      'test/fixtures/missing-relation/concepts/change-enablement.mdx:6  relations.requires[0] "incident-managment" names no concept (did you mean "incident-management"?)',
    ]);
  });

  it('refuses two files with the same id, naming both', () => {
    const [line, ...rest] = report('duplicate-id');
    expect(rest).toEqual([]);
    expect(line).toContain('"change-enablement" duplicates the id of');
    expect(line).toContain('archive/change-enablement.mdx');
    expect(line).toContain('practices/change-enablement.mdx');
  });

  it('refuses an alias another concept already uses, whatever its case', () => {
    expect(report('duplicate-alias')).toEqual([
      'test/fixtures/duplicate-alias/concepts/configuration-control.mdx:5  aliases[0] "change control" is already the id, title or alias of change-enablement',
    ]);
  });

  it('refuses a concept related to itself', () => {
    expect(report('self-relation')).toEqual([
      'test/fixtures/self-relation/concepts/change-enablement.mdx:6  relations.relatedTo[0] "change-enablement" relates the concept to itself',
    ]);
  });

  it('refuses identifiers not in the framework catalog and suggests the well-formed one', () => {
    const lines = report('malformed-mapping');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('mappings[0].identifier "CM3" is not in SP 800-53 Rev. 5, release 5.0.1: expected a family and number');
    expect(lines[0]).toContain('(did you mean "CM-3"?)');
    expect(lines[1]).toContain('mappings[1].identifier "8.99" is not in ISO/IEC 27001:2022 Annex A (93 controls): expected an Annex A control');
    expect(lines[2]).toContain('mappings[2].framework "nist-csf" is not one of');
    expect(lines[2]).toContain('(did you mean "nist-csf-2"?)');
  });

  it('refuses an IS-NOT item that names a non-boundary or a missing concept', () => {
    const lines = report('isnot-not-boundary');
    expect(lines).toEqual([
      'test/fixtures/isnot-not-boundary/concepts/change-enablement.mdx:7  isNot[0].boundary "incident-management" names a practice, but an IS-NOT item may only name a boundary concept',
      'test/fixtures/isnot-not-boundary/concepts/change-enablement.mdx:9  isNot[1].boundary "tooling-without-proces" names no concept (did you mean "tooling-without-process"?)',
    ]);
  });

  it('reports every problem of every file in one run, not only the first', () => {
    const lines = report('many-problems');
    const text = lines.join('\n');
    expect(text).toContain('bad-yaml.mdx:2  (frontmatter) is not valid YAML');
    expect(text).toContain('type "practise" is not one of');
    expect(text).toContain('(did you mean "practice"?)');
    expect(text).toContain('relation is not a known field');
    expect(text).toContain('(did you mean "relations"?)');
    // the relation is still checked although the same file has schema errors
    expect(text).toContain('relations.requires[0] "incidnet-management" names no concept (did you mean "incident-management"?)');
    expect(text).toContain('"Incident_Response" is not a valid concept id');
    expect(text).toContain('(did you mean "incident-response"?)');
    expect(text).toContain('incident-management.mdx:5  updated "not a date" must be a date such as 2026-11-23');
    expect(text).toContain('incident-management.mdx  measure is required on a metric');
    // sorted by file, then line
    const files = lines.map((l) => l.split(/[: ]/)[0]!);
    expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b)));
  });

  it('refuses a learning path step that names no concept or repeats one', () => {
    expect(report('broken-path')).toEqual([
      'test/fixtures/broken-path/paths/change-basics.mdx:10  steps[1].concept "change-risk-ratng" names no concept (did you mean "change-risk-rating"?)',
      'test/fixtures/broken-path/paths/change-basics.mdx:13  steps[2].concept "change-enablement" repeats step 1 of this path',
    ]);
  });

  it('prints a count before the lines', () => {
    const { problems } = validateContent('test/fixtures/self-relation');
    expect(formatProblems(problems).split('\n')[0]).toBe('Content has 1 problem:');
  });
});
