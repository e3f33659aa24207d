/**
 * The frameworks a concept can map to, and the shape each one's identifiers take.
 * A framework's key doubles as the id of its `framework` concept, so a mapping
 * becomes a `mapsTo` edge to that concept's page. Where a framework has a catalog in
 * content/frameworks/, framework-catalogs.ts checks identifiers against it; the shape here
 * then only words the error.
 */
import { LAYER_CATALOGS } from './layer-catalogs.ts';

/** A rule that says whether an identifier is well-formed for one framework. */
export interface FrameworkRule {
  name: string;
  /** A plain-language description of the expected shape, shown in errors. */
  shape: string;
  /** Examples of valid identifiers, used in errors and as suggestions. */
  examples: string[];
  isValid: (identifier: string) => boolean;
  /** What identifiers are checked against when the framework has no catalog; absent means form only. */
  checkedAgainst?: string;
}

const inRange = (value: string, min: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max;
};

const SP800_53_FAMILIES = [
  'AC', 'AT', 'AU', 'CA', 'CM', 'CP', 'IA', 'IR', 'MA', 'MP', 'PE', 'PL', 'PM', 'PS', 'PT', 'RA',
  'SA', 'SC', 'SI', 'SR',
];

const CSF_FUNCTIONS = ['GV', 'ID', 'PR', 'DE', 'RS', 'RC'];

/** Annex A of ISO/IEC 27001:2022: four themes and how many controls each holds. */
const ISO_27001_THEMES: Record<string, number> = { '5': 37, '6': 8, '7': 14, '8': 34 };

/** The 34 ITIL 4 management practices, by their kebab-case names. */
export const ITIL4_PRACTICES = [
  // general management
  'architecture-management', 'continual-improvement', 'information-security-management',
  'knowledge-management', 'measurement-and-reporting', 'organizational-change-management',
  'portfolio-management', 'project-management', 'relationship-management', 'risk-management',
  'service-financial-management', 'strategy-management', 'supplier-management',
  'workforce-and-talent-management',
  // service management
  'availability-management', 'business-analysis', 'capacity-and-performance-management',
  'change-enablement', 'incident-management', 'it-asset-management',
  'monitoring-and-event-management', 'problem-management', 'release-management',
  'service-catalogue-management', 'service-configuration-management',
  'service-continuity-management', 'service-design', 'service-desk',
  'service-level-management', 'service-request-management', 'service-validation-and-testing',
  // technical management
  'deployment-management', 'infrastructure-and-platform-management',
  'software-development-and-management',
];

export const FRAMEWORKS = {
  'nist-csf-2': {
    name: 'NIST Cybersecurity Framework 2.0',
    shape: 'a function (GV), category (GV.OC) or subcategory (PR.PS-01)',
    examples: ['GV', 'ID.AM', 'PR.PS-01'],
    isValid: (id) => {
      const m = /^([A-Z]{2})(?:\.([A-Z]{2})(?:-(\d{2}))?)?$/.exec(id);
      return !!m && CSF_FUNCTIONS.includes(m[1]!);
    },
  },
  'nist-sp-800-53': {
    name: 'NIST SP 800-53 Rev. 5',
    shape: 'a family and number such as CM-3, optionally with an enhancement such as AC-2(4)',
    examples: ['CM-3', 'IR-4', 'AC-2(4)'],
    isValid: (id) => {
      // Which numbers exist, per family, is the catalog's business: families end anywhere from 6 to 51.
      const m = /^([A-Z]{2})-([1-9]\d?)(?:\(([1-9]\d?)\))?$/.exec(id);
      return !!m && SP800_53_FAMILIES.includes(m[1]!);
    },
  },
  'iso-iec-27001-2022': {
    name: 'ISO/IEC 27001:2022',
    shape: 'an Annex A control: 5.1–5.37, 6.1–6.8, 7.1–7.14 or 8.1–8.34',
    examples: ['5.9', '8.8', '8.32'],
    isValid: (id) => {
      const m = /^([5-8])\.(\d{1,2})$/.exec(id);
      return !!m && inRange(m[2]!, 1, ISO_27001_THEMES[m[1]!]!);
    },
  },
  'cis-controls-v8': {
    name: 'CIS Critical Security Controls v8',
    shape: 'a control 1–18 or a safeguard such as 7.1',
    examples: ['7', '7.1', '17.4'],
    isValid: (id) => {
      const m = /^(\d{1,2})(?:\.(\d{1,2}))?$/.exec(id);
      return !!m && inRange(m[1]!, 1, 18) && (m[2] === undefined || inRange(m[2], 1, 20));
    },
  },
  'itil-4': {
    name: 'ITIL 4',
    shape: 'a practice name in kebab case, such as change-enablement',
    examples: ['change-enablement', 'incident-management'],
    isValid: (id) => ITIL4_PRACTICES.includes(id),
    checkedAgainst: 'the 34 ITIL 4 management practices',
  },
  cism: {
    name: 'ISACA CISM',
    shape: 'a domain number 1–4',
    examples: ['1', '3'],
    isValid: (id) => /^[1-4]$/.test(id),
    checkedAgainst: 'the four domains of the 2022 CISM exam content outline',
  },
  'soc-2': {
    name: 'SOC 2 Trust Services Criteria',
    shape: 'a criterion such as CC8.1, A1.2, C1.1, PI1.3 or P4.1',
    examples: ['CC6.1', 'CC8.1', 'A1.2'],
    isValid: (id) => /^(CC[1-9]|A1|C1|PI1|P[1-8])\.\d{1,2}$/.test(id),
  },
  'pci-dss-4': {
    // v4.0 was retired on 31 December 2024. No complete list of defined requirements is at
    // hand, so identifiers are checked for form only, and the framework page says so.
    name: 'PCI DSS v4.0.1',
    shape: 'a requirement 1–12 or an appendix A1–A3, optionally with sub-requirements such as 6.3.3 or A1.1.1',
    examples: ['6.3.3', '10', '12.10'],
    isValid: (id) => {
      const m = /^(\d{1,2}|A[1-3])(\.\d{1,2}){0,3}$/.exec(id);
      return !!m && (m[1]!.startsWith('A') || inRange(m[1]!, 1, 12));
    },
  },
  'hipaa-security-rule': {
    name: 'HIPAA Security Rule (45 CFR 164)',
    shape: 'a section such as 164.308(a)(1)(ii)(A)',
    examples: ['164.308(a)(6)', '164.312(b)'],
    isValid: (id) => /^164\.3(0[2-9]|1[0-8])(\([a-zA-Z0-9]{1,4}\))*$/.test(id),
  },
} satisfies Record<string, FrameworkRule>;

export type FrameworkKey = keyof typeof FRAMEWORKS;

/** Internal catalogs of an organization's layer whose framework id is already one of ours: refused. */
export const LAYER_FRAMEWORK_CLASHES = LAYER_CATALOGS.catalogs.filter((c) => Object.hasOwn(FRAMEWORKS, c.framework));

// An organization's internal catalogs join ours, so mappings to `ACME-CTL-12` are checked, titled
// and exported like any other. Their keys are not in the FrameworkKey type (they are only known
// when the build runs), but every lookup goes through FRAMEWORKS and CATALOGS, which hold them.
for (const catalog of LAYER_CATALOGS.catalogs) {
  if (Object.hasOwn(FRAMEWORKS, catalog.framework)) continue;
  (FRAMEWORKS as Record<string, FrameworkRule>)[catalog.framework] = {
    name: catalog.name,
    shape: `one of its ${catalog.current.length} identifiers, such as ${catalog.current[0]}`,
    examples: catalog.current.slice(0, 3),
    isValid: (id) => catalog.byId.has(id),
  };
}

export const FRAMEWORK_KEYS = Object.keys(FRAMEWORKS) as [FrameworkKey, ...FrameworkKey[]];
