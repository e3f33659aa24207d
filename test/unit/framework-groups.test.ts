import { describe, expect, it } from 'vitest';
import { groupIdentifiers } from '../../src/site/framework-groups.ts';

const rows = (...identifiers: string[]) => identifiers.map((identifier) => ({ identifier }));

describe("a framework page's identifiers under their headings", () => {
  it('groups CSF identifiers by function, with the official function name and statement', () => {
    const groups = groupIdentifiers('nist-csf-2', rows('GV.OV', 'GV.RR', 'ID.AM', 'ID.AM-01', 'PR.PS-01'));
    expect(groups.map((g) => g.label)).toEqual(['Govern (GV)', 'Identify (ID)', 'Protect (PR)']);
    expect(groups[0]!.statement).toMatch(/risk management strategy/);
    expect(groups[1]!.items.map((r) => r.identifier)).toEqual(['ID.AM', 'ID.AM-01']);
  });

  it('groups SP 800-53 controls by family and ISO controls by theme', () => {
    expect(groupIdentifiers('nist-sp-800-53', rows('AC-2', 'AC-2(4)', 'CM-3')).map((g) => [g.label, g.items.length])).toEqual([['Access Control (AC)', 2], ['Configuration Management (CM)', 1]]);
    expect(groupIdentifiers('iso-iec-27001-2022', rows('5.9', '8.32')).map((g) => g.label)).toEqual(['Organizational controls (5)', 'Technological controls (8)']);
  });

  it('groups HIPAA by section and ITIL 4 by practice group', () => {
    expect(groupIdentifiers('hipaa-security-rule', rows('164.308(a)(1)', '164.312(b)')).map((g) => g.label)).toEqual(['§ 164.308 Administrative safeguards', '§ 164.312 Technical safeguards']);
    expect(groupIdentifiers('itil-4', rows('risk-management', 'change-enablement', 'deployment-management')).map((g) => g.label)).toEqual(['General management practices', 'Service management practices', 'Technical management practices']);
  });

  it('keeps one unnamed group, in the given order, where names are not ours to print', () => {
    const groups = groupIdentifiers('cis-controls-v8', rows('1.1', '6.2', '16'));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.label).toBe('');
    expect(groups[0]!.items.map((r) => r.identifier)).toEqual(['1.1', '6.2', '16']);
  });
});
