import { describe, expect, it } from 'vitest';
import { identifiersOf, mappingRows, mappingsCsv, mappingsJson } from '../../src/site/mapping-rows.ts';

const concepts = [
  { id: 'patching', data: { title: 'Patching', mappings: [{ framework: 'nist-sp-800-53', identifier: 'SI-2', note: '=HYPERLINK("x")' }, { framework: 'iso-iec-27001-2022', identifier: '8.8' }] } },
  { id: 'change', data: { title: 'Change, with a comma', mappings: [{ framework: 'nist-sp-800-53', identifier: 'CM-3' }, { framework: 'pci-dss-4', identifier: '6.5.1' }] } },
  { id: 'cab', data: { title: 'CAB', mappings: [{ framework: 'nist-sp-800-53', identifier: 'CM-3' }] } },
];

describe('mapping exports', () => {
  const rows = mappingRows(concepts);

  it('carries the official title and baselines where the catalog has them, and none for copyrighted frameworks', () => {
    expect(rows.find((r) => r.identifier === 'CM-3')).toMatchObject({ officialTitle: 'Configuration Change Control', baselines: ['MODERATE', 'HIGH'], frameworkName: 'NIST SP 800-53 Rev. 5' });
    expect(rows.find((r) => r.identifier === '8.8')?.officialTitle).toBeUndefined();
    expect(rows.map((r) => r.concept)).toEqual(['cab', 'change', 'change', 'patching', 'patching']);
  });

  it('writes CSV with a BOM, CRLF, quoting and formulas defused', () => {
    const csv = mappingsCsv(rows);
    expect(csv.startsWith('\uFEFFconcept,concept_title,framework,framework_name,identifier,official_title,baselines,relationship,note\r\n')).toBe(true);
    expect(csv).toContain('"Change, with a comma"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('says in the JSON what each framework was checked against, or that only the form was', () => {
    const json = mappingsJson(rows);
    expect(json.checkedAgainst['nist-sp-800-53']).toBe('SP 800-53 Rev. 5, release 5.0.1');
    expect(json.checkedAgainst['pci-dss-4']).toMatch(/^form only/);
  });

  it('lists each identifier once on a framework page, with every concept that maps it', () => {
    const listed = identifiersOf('nist-sp-800-53', concepts);
    expect(listed.map((i) => [i.identifier, i.concepts.map((c) => c.id)])).toEqual([['CM-3', ['change', 'cab']], ['SI-2', ['patching']]]);
  });
});
