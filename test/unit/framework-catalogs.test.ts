import { describe, expect, it } from 'vitest';
import { conceptSchema } from '../../src/schema/concept.ts';
import { CATALOGS, checkIdentifier, officialTitle } from '../../src/schema/framework-catalogs.ts';
import { FRAMEWORKS, type FrameworkKey } from '../../src/schema/frameworks.ts';

const refused = (framework: FrameworkKey, identifier: string) => {
  const problem = checkIdentifier(framework, identifier);
  expect(problem, `${framework} ${identifier} should be refused`).toBeDefined();
  return problem!;
};

describe('identifiers checked against the catalogs', () => {
  it('accepts current identifiers, including those above the old cap of 25', () => {
    const accepted: [FrameworkKey, string][] = [
      ['nist-sp-800-53', 'SC-28'], ['nist-sp-800-53', 'SC-51'], ['nist-sp-800-53', 'PM-32'], ['nist-sp-800-53', 'AC-2(4)'],
      ['nist-csf-2', 'ID.RA-07'], ['nist-csf-2', 'PR.IR-04'], ['nist-csf-2', 'GV'], ['nist-csf-2', 'DE.CM'],
      ['cis-controls-v8', '16.14'], ['cis-controls-v8', '18'], ['iso-iec-27001-2022', '8.32'], ['iso-iec-27001-2022', 'A.8.32'],
      ['soc-2', 'CC8.1'], ['soc-2', 'P8.1'], ['hipaa-security-rule', '164.308(a)(1)(ii)(A)'], ['hipaa-security-rule', '164.312(b)'],
      ['hipaa-security-rule', '164.308(a)(6)'], ['pci-dss-4', 'A1.1.1'], ['itil-4', 'change-enablement'], ['cism', '3'],
    ];
    for (const [framework, id] of accepted) expect(checkIdentifier(framework, id), `${framework} ${id}`).toBeUndefined();
  });

  it('accepts every example an error message offers', () => {
    for (const [framework, rule] of Object.entries(FRAMEWORKS) as [FrameworkKey, (typeof FRAMEWORKS)[FrameworkKey]][]) {
      for (const id of rule.examples) expect(checkIdentifier(framework, id), `${framework} ${id}`).toBeUndefined();
    }
  });

  it('refuses controls that never existed, naming the release and suggesting a neighbour', () => {
    const cm25 = refused('nist-sp-800-53', 'CM-25');
    expect(cm25.message).toBe('is not in SP 800-53 Rev. 5, release 5.0.1');
    expect(cm25.suggestion).toMatch(/^CM-[25]$/);
    expect(refused('nist-sp-800-53', 'AT-25').message).toContain('is not in SP 800-53 Rev. 5');
  });

  it('says where a withdrawn control went', () => {
    expect(refused('nist-sp-800-53', 'AC-13').message).toBe('was withdrawn: incorporated into AC-2 and AU-6 (SP 800-53 Rev. 5, release 5.0.1)');
    expect(refused('nist-sp-800-53', 'SA-12').message).toContain('was withdrawn: incorporated into the SR family (Supply Chain Risk Management)');
    const moved = refused('nist-sp-800-53', 'AU-8(1)');
    expect(moved.message).toContain('moved to SC-45(1)');
    expect(moved.suggestion).toBe('SC-45(1)');
  });

  it('says a CSF 1.1 identifier is CSF 1.1, and what the area holds in 2.0', () => {
    const ip = refused('nist-csf-2', 'PR.IP-01');
    expect(ip.message).toBe('is a CSF 1.1 identifier, retired in NIST Cybersecurity Framework 2.0, whose PR categories are PR.AA, PR.AT, PR.DS, PR.PS and PR.IR');
    expect(refused('nist-csf-2', 'PR.IP-1').message).toContain('CSF 1.1');
    expect(refused('nist-csf-2', 'PR.DS-05').message).toContain('whose PR.DS has PR.DS-01, PR.DS-02, PR.DS-10 and PR.DS-11');
    expect(refused('nist-csf-2', 'ID.BE').message).toContain('CSF 1.1');
  });

  it('refuses invented CSF numbers and categories', () => {
    expect(refused('nist-csf-2', 'PR.PS-99')).toMatchObject({ message: expect.stringContaining('is not in NIST CSF 2.0'), suggestion: expect.stringMatching(/^PR\.PS-0\d$/) });
    expect(refused('nist-csf-2', 'GV.AM').message).toContain('is not in NIST CSF 2.0');
  });

  it('refuses CIS safeguards, SOC 2 criteria and HIPAA sections that do not exist', () => {
    expect(refused('cis-controls-v8', '18.6')).toMatchObject({ message: expect.stringContaining('CIS Critical Security Controls v8'), suggestion: expect.stringMatching(/^18\.\d$/) });
    expect(refused('soc-2', 'CC8.2')).toMatchObject({ message: expect.stringContaining('Trust Services Criteria'), suggestion: 'CC8.1' });
    expect(refused('hipaa-security-rule', '164.309').message).toContain('45 CFR Part 164 Subpart C');
    expect(refused('hipaa-security-rule', '164.308(z)(99)').message).toContain('is not in');
  });

  it('keeps a shape check, and its suggestion, where there is no catalog', () => {
    expect(refused('pci-dss-4', '13').message).toContain('is not a valid PCI DSS v4.0.1 identifier');
    expect(refused('nist-sp-800-53', 'cm3').suggestion).toBe('CM-3');
    expect(refused('nist-csf-2', 'pr.ps-1').suggestion).toBe('PR.PS-01');
  });

  it('gives NIST titles and CSF text, and no titles for the copyrighted frameworks', () => {
    expect(officialTitle('nist-sp-800-53', 'AC-2(4)')?.title).toBe('Account Management | Automated Audit Actions');
    expect(officialTitle('nist-csf-2', 'GV.RR-02')?.title).toMatch(/^Roles, responsibilities, and authorities/);
    expect(officialTitle('iso-iec-27001-2022', '8.32')).toBeUndefined();
    expect(CATALOGS['nist-sp-800-53']!.byId.get('SC-28')?.baselines).toEqual(['MODERATE', 'HIGH']);
  });
});

describe('mappings in concept frontmatter', () => {
  const concept = (identifier: string) => ({
    title: 'T', type: 'control', summary: 'S.', updated: '2026-11-23',
    mappings: [{ framework: 'iso-iec-27001-2022', identifier }],
  });

  it('stores the 2013 spelling A.8.32 as 8.32', () => {
    const parsed = conceptSchema.parse(concept('A.8.32'));
    expect(parsed.mappings[0]!.identifier).toBe('8.32');
  });

  it('reports the lookup message as a problem on the identifier', () => {
    const result = conceptSchema.safeParse(concept('8.35'));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['mappings', 0, 'identifier'], message: expect.stringContaining('is not in ISO/IEC 27001:2022 Annex A') });
  });
});
