import { describe, expect, it } from 'vitest';
import { conceptSchema, suggestIdentifier } from '../../src/schema/concept.ts';
import { FRAMEWORKS, type FrameworkKey } from '../../src/schema/frameworks.ts';
import { issuesToProblems } from '../../src/schema/issues.ts';
import { formatProblem } from '../../src/schema/problem.ts';

const minimal = { title: 'Change enablement', type: 'practice', summary: 'Changes made safely.', updated: '2026-11-23' };

/** The problems an author would see for `data`, one line each, without a file. */
function problemsOf(data: Record<string, unknown>): string[] {
  const result = conceptSchema.safeParse(data);
  if (result.success) return [];
  return issuesToProblems(result.error.issues, data, conceptSchema, { file: 'x.mdx' }).map(formatProblem);
}

describe('concept schema', () => {
  it('fills defaults so pages never meet a missing list', () => {
    const concept = conceptSchema.parse(minimal);
    expect(concept.aliases).toEqual([]);
    expect(concept.relations.requires).toEqual([]);
    expect(concept.updated).toBeInstanceOf(Date);
  });

  it('accepts an IS-NOT item as plain text or as text naming a boundary', () => {
    const concept = conceptSchema.parse({ ...minimal, isNot: ['A tool purchase.', { text: 'A SOC.', boundary: 'standalone-soc' }] });
    expect(concept.isNot).toEqual([
      { text: 'A tool purchase.', boundary: undefined },
      { text: 'A SOC.', boundary: 'standalone-soc' },
    ]);
  });

  it('names a missing required field', () => {
    expect(problemsOf({ type: 'practice', summary: 'x', updated: '2026-11-23' })).toEqual(['x.mdx  title is required (string)']);
  });

  it('refuses an unknown relation type and suggests the right one', () => {
    expect(problemsOf({ ...minimal, relations: { require: ['x'] } })).toEqual([
      'x.mdx  relations.require is not a known field (known: partOf, requires, enables, relatedTo, constrains, measuredBy, ownedBy, informs) (did you mean "requires"?)',
    ]);
  });

  it('accepts informs as a relation and defaults it to an empty list', () => {
    expect(conceptSchema.parse(minimal).relations.informs).toEqual([]);
    expect(conceptSchema.parse({ ...minimal, relations: { informs: ['problem-management'] } }).relations.informs).toEqual(['problem-management']);
  });

  it('refuses relation targets that are not ids', () => {
    expect(problemsOf({ ...minimal, relations: { requires: ['Incident Management'] } })[0]).toContain(
      'relations.requires[0] "Incident Management" must be a concept id in kebab case',
    );
  });

  it('requires how a metric is measured, and only on metrics', () => {
    expect(problemsOf({ ...minimal, type: 'metric' })).toEqual(['x.mdx  measure is required on a metric (formula, unit, direction, source)']);
    const measure = { formula: 'a ÷ b', unit: 'percent', direction: 'higher-is-better', source: 'ITSM' };
    expect(problemsOf({ ...minimal, type: 'metric', measure })).toEqual([]);
    expect(problemsOf({ ...minimal, measure })).toEqual(['x.mdx  measure belongs only on metrics, not on a practice']);
  });

  it('requires why a boundary tempts and what to do instead', () => {
    expect(problemsOf({ ...minimal, type: 'boundary' })).toEqual(['x.mdx  boundary is required on a boundary (tempting, instead)']);
  });

  it('says how a concept relates to each control it maps to, overlapping unless told otherwise', () => {
    const concept = conceptSchema.parse({
      ...minimal,
      mappings: [
        { framework: 'nist-sp-800-53', identifier: 'CM-3' },
        { framework: 'itil-4', identifier: 'change-enablement', relationship: 'equivalent-to' },
      ],
    });
    expect(concept.mappings.map((m) => m.relationship)).toEqual(['intersects-with', 'equivalent-to']);
    expect(problemsOf({ ...minimal, mappings: [{ framework: 'nist-sp-800-53', identifier: 'CM-3', relationship: 'intersect-with' }] })).toEqual([
      'x.mdx  mappings[0].relationship "intersect-with" is not one of: equivalent-to, subset-of, superset-of, intersects-with (did you mean "intersects-with"?)',
    ]);
  });

  it('tells an author who still writes `verified` to say how the mapping relates instead', () => {
    const [problem, ...rest] = problemsOf({ ...minimal, mappings: [{ framework: 'nist-sp-800-53', identifier: 'CM-3', verified: true }] });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^x\.mdx {2}mappings\[0\]\.verified was retired: remove it .*`relationship: /);
  });

  it('refuses a summary longer than one sentence allows', () => {
    expect(problemsOf({ ...minimal, summary: 'word '.repeat(80) })[0]).toContain('summary');
  });
});

// The shape of each framework's identifiers; which ones exist is framework-catalogs.test.ts's business.
describe('framework identifier shapes', () => {
  const cases: Record<FrameworkKey, { valid: string[]; invalid: string[] }> = {
    'nist-csf-2': { valid: ['GV', 'ID.AM', 'PR.PS-01', 'RS.MA-01'], invalid: ['PR.PS-1', 'XX.AM', 'pr.ps-01', 'PR-PS-01'] },
    'nist-sp-800-53': { valid: ['CM-3', 'AC-2', 'AC-2(4)', 'SR-3', 'SC-51'], invalid: ['CM3', 'XY-1', 'CM-0', 'cm-3', 'AC-2(0)'] },
    'iso-iec-27001-2022': { valid: ['5.9', '5.37', '6.8', '7.14', '8.32'], invalid: ['5.38', '8.35', '4.1', 'A.8.32', '8'] },
    'cis-controls-v8': { valid: ['7', '7.1', '17.4', '18'], invalid: ['19', '0', '7.', 'CIS 7'] },
    'itil-4': { valid: ['change-enablement', 'incident-management'], invalid: ['Change Enablement', 'change-management'] },
    cism: { valid: ['1', '4'], invalid: ['5', 'D3'] },
    'soc-2': { valid: ['CC8.1', 'CC6.1', 'A1.2', 'PI1.3', 'P4.1'], invalid: ['CC8', 'C8.1', 'cc8.1'] },
    'pci-dss-4': { valid: ['6.3.3', '10', '12.10', '11.3', 'A1.1.1', 'A3.1.1'], invalid: ['13', '6.3.3.1.1', 'Req 6', 'A4.1'] },
    'hipaa-security-rule': { valid: ['164.308(a)(1)(ii)(A)', '164.312(b)', '164.308(a)(6)'], invalid: ['164.5', '45 CFR 164.312', '164.312b'] },
  };
  for (const [framework, { valid, invalid }] of Object.entries(cases) as [FrameworkKey, (typeof cases)[FrameworkKey]][]) {
    it(`checks ${FRAMEWORKS[framework].name} identifiers`, () => {
      for (const id of valid) expect(FRAMEWORKS[framework].isValid(id), id).toBe(true);
      for (const id of invalid) expect(FRAMEWORKS[framework].isValid(id), id).toBe(false);
      for (const id of FRAMEWORKS[framework].examples) expect(FRAMEWORKS[framework].isValid(id), id).toBe(true);
    });
  }

  it('suggests the well-formed spelling of a near miss', () => {
    expect(suggestIdentifier('nist-sp-800-53', 'cm3')).toBe('CM-3');
    expect(suggestIdentifier('nist-csf-2', 'pr.ps-01')).toBe('PR.PS-01');
    expect(suggestIdentifier('itil-4', 'Change Enablement')).toBe('change-enablement');
    expect(suggestIdentifier('iso-iec-27001-2022', 'nonsense')).toBeUndefined();
  });
});
