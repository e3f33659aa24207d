import { CATALOGS } from '../schema/framework-catalogs.ts';
import { ITIL4_PRACTICES, type FrameworkKey } from '../schema/frameworks.ts';

/** A heading over a framework page's identifiers: a CSF function, an SP 800-53 family, an ISO theme. */
export interface IdentifierGroup<T> {
  key: string;
  /** "Govern (GV)", "Configuration Management (CM)". */
  label: string;
  /** The group's own statement, where the publisher gives one (CSF functions). */
  statement?: string;
  items: T[];
}

/** SP 800-53 Rev. 5 control family names (public domain, NIST). */
const SP800_53_FAMILIES: Record<string, string> = {
  AC: 'Access Control', AT: 'Awareness and Training', AU: 'Audit and Accountability', CA: 'Assessment, Authorization, and Monitoring',
  CM: 'Configuration Management', CP: 'Contingency Planning', IA: 'Identification and Authentication', IR: 'Incident Response',
  MA: 'Maintenance', MP: 'Media Protection', PE: 'Physical and Environmental Protection', PL: 'Planning', PM: 'Program Management',
  PS: 'Personnel Security', PT: 'PII Processing and Transparency', RA: 'Risk Assessment', SA: 'System and Services Acquisition',
  SC: 'System and Communications Protection', SI: 'System and Information Integrity', SR: 'Supply Chain Risk Management',
};

/** ISO/IEC 27001:2022 Annex A themes, by clause number. */
const ISO_THEMES: Record<string, string> = { '5': 'Organizational controls', '6': 'People controls', '7': 'Physical controls', '8': 'Technological controls' };

/** HIPAA Security Rule sections (45 CFR Part 164 Subpart C, US law). */
const HIPAA_SECTIONS: Record<string, string> = {
  '164.302': 'Applicability', '164.304': 'Definitions', '164.306': 'Security standards: general rules', '164.308': 'Administrative safeguards',
  '164.310': 'Physical safeguards', '164.312': 'Technical safeguards', '164.314': 'Organizational requirements',
  '164.316': 'Policies and procedures and documentation requirements', '164.318': 'Compliance dates',
};

/** ITIL 4's three groups of management practices, in the order frameworks.ts lists them. */
const ITIL_GROUPS: [string, number][] = [['General management practices', 14], ['Service management practices', 17], ['Technical management practices', 3]];

const titleCase = (upper: string) => upper.charAt(0) + upper.slice(1).toLowerCase();

/** Which group an identifier falls in, and the group's heading; undefined where the framework is not grouped. */
function groupOf(framework: FrameworkKey, identifier: string): Omit<IdentifierGroup<never>, 'items'> | undefined {
  switch (framework) {
    case 'nist-csf-2': {
      const fn = identifier.slice(0, 2);
      const item = CATALOGS['nist-csf-2']?.byId.get(fn);
      return { key: fn, label: item?.title ? `${titleCase(item.title)} (${fn})` : fn, statement: item?.text };
    }
    case 'nist-sp-800-53': {
      const family = identifier.split('-')[0]!;
      return { key: family, label: SP800_53_FAMILIES[family] ? `${SP800_53_FAMILIES[family]} (${family})` : family };
    }
    case 'iso-iec-27001-2022': {
      const theme = identifier.replace(/^A\./, '').split('.')[0]!;
      return { key: theme, label: ISO_THEMES[theme] ? `${ISO_THEMES[theme]} (${theme})` : theme };
    }
    case 'hipaa-security-rule': {
      const section = /^164\.\d{3}/.exec(identifier)?.[0] ?? identifier;
      return { key: section, label: HIPAA_SECTIONS[section] ? `§ ${section} ${HIPAA_SECTIONS[section]}` : `§ ${section}` };
    }
    case 'itil-4': {
      let start = 0;
      for (const [label, count] of ITIL_GROUPS) {
        if (ITIL4_PRACTICES.slice(start, start + count).includes(identifier)) return { key: label, label };
        start += count;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * A framework page's identifiers under their function or family headings, keeping the order
 * given (the framework's own); one unnamed group where the framework has no grouping we may name.
 */
export function groupIdentifiers<T extends { identifier: string }>(framework: FrameworkKey, items: readonly T[]): IdentifierGroup<T>[] {
  const groups = new Map<string, IdentifierGroup<T>>();
  for (const item of items) {
    const heading = groupOf(framework, item.identifier) ?? { key: '', label: '' };
    const group = groups.get(heading.key) ?? groups.set(heading.key, { ...heading, items: [] }).get(heading.key)!;
    group.items.push(item);
  }
  return [...groups.values()];
}
