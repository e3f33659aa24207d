// A scorecard as an OSCAL 1.0.6 assessment-results document, for GRC tools that read OSCAL.
// Each answered question is an interview observation; the SP 800-53 controls that its linked
// concepts map to are the reviewed controls; a control reached from a dimension below its
// target gets a "not-satisfied" finding, with the plain warning that a maturity level is not a
// pass/fail control result.
import type { AssessmentModel } from '../schema/assessment.ts';
import type { FrameworkKey } from '../schema/frameworks.ts';
import type { Scorecard } from '../schema/scorecard.ts';
import { v5 } from 'uuid';

export const OSCAL_VERSION = '1.0.6';
/** The framework key of NIST SP 800-53 in concept mappings. */
export const SP800_53: FrameworkKey = 'nist-sp-800-53';
/**
 * The namespace of Converge's own props. `.example` is a reserved domain, so it can never clash
 * with another organization's namespace; it names, it is not meant to resolve.
 */
export const CONVERGE_NS = 'https://converge.example/ns/oscal';
/** The namespace of every UUID in an export (a random v4 drawn once; never change it). */
export const CONVERGE_UUID_NAMESPACE = '2ef43f2f-fcb6-435a-977f-497fa15301d1';
/**
 * `import-ap` is required by the schema, but a Converge self-assessment is not run from an
 * OSCAL assessment plan: this URN stands in for the plan there is not.
 */
export const NO_ASSESSMENT_PLAN = 'urn:converge:no-assessment-plan';

export const NOT_PASS_FAIL =
  'A Converge maturity level is not a pass/fail control result. Its levels, 0 to 4, say how far security is integrated into the IT operations practices the controls rely on. A finding marked "not-satisfied" means only that a practice behind the control sits in a dimension scored below the team\'s own target; no control was tested, and none passed or failed.';

/** Concept id → its SP 800-53 identifiers as authored (`AC-2(4)`), for the concepts questions link to. */
export type ControlsByConcept = Readonly<Record<string, readonly string[]>>;

/** The SP 800-53 identifiers of each given concept that has any, for the export's `controlsByConcept`. */
export function sp80053ByConcept(concepts: Iterable<{ id: string; mappings: readonly { framework: string; identifier: string }[] }>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { id, mappings } of concepts) {
    const ids = mappings.filter((m) => m.framework === SP800_53).map((m) => m.identifier);
    if (ids.length) out[id] = ids;
  }
  return out;
}

/** An SP 800-53 identifier in OSCAL's form: `AC-2(4)` → `ac-2.4`, `CM-03` → `cm-3`. */
export function oscalControlId(identifier: string): string {
  const m = /^([A-Za-z]{2})-0*(\d+)(?:\(0*(\d+)\))?$/.exec(identifier.trim());
  if (!m) throw new Error(`not an SP 800-53 control identifier: ${identifier}`);
  return `${m[1]!.toLowerCase()}-${m[2]}${m[3] ? `.${m[3]}` : ''}`;
}

// The printed form, as the catalog labels it: `ac-2.4` → `AC-2(4)`.
const printedControlId = (id: string) => id.toUpperCase().replace(/\.(\d+)$/, '($1)');

// Family, then number, then enhancement: the order of the catalog.
const controlOrder = (a: string, b: string) => {
  const key = (id: string) => /^([a-z]+)-(\d+)(?:\.(\d+))?$/.exec(id)!;
  const [, fa, na, ea] = key(a);
  const [, fb, nb, eb] = key(b);
  return fa!.localeCompare(fb!) || Number(na) - Number(nb) || Number(ea ?? 0) - Number(eb ?? 0);
};

// Keys sorted, so the same scorecard names the same document however its object was built.
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value !== null && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(value);

/** An OSCAL document is plain JSON; its shape is checked against NIST's schema in the tests. */
export type OscalDocument = { 'assessment-results': Record<string, unknown> };

/** The scorecard as an OSCAL 1.0.6 assessment-results document, identical for identical scorecards. */
export function scorecardOscal(model: AssessmentModel, scorecard: Scorecard, controlsByConcept: ControlsByConcept): OscalDocument {
  // Name-based (version 5) UUIDs: the same scorecard gives the same identifiers, in the browser and the terminal alike.
  const documentUuid = v5(canonical(scorecard), CONVERGE_UUID_NAMESPACE);
  const uuid = (name: string) => v5(name, documentUuid);
  // A scorecard has a date, not a time: midnight UTC of that date keeps the export reproducible.
  const when = `${scorecard.date}T00:00:00Z`;
  const prop = (name: string, value: string | number) => ({ name, ns: CONVERGE_NS, value: String(value) });
  const levelName = (level: number) => `${level} ${model.levels[level]!.name}`;
  // OSCAL's plain strings are one line with no space at either end.
  const line = (text: string) => text.replace(/\s+/g, ' ').trim();
  const who = [scorecard.organization, scorecard.team].map(line).filter(Boolean).join(' · ') || 'Unnamed team';
  const resultsById = new Map(scorecard.results.dimensions.map((d) => [d.id, d]));

  const partyUuid = uuid('party:assessor');
  const party = line(scorecard.assessor)
    ? { uuid: partyUuid, type: 'person', name: line(scorecard.assessor) }
    : { uuid: partyUuid, type: 'organization', name: who, remarks: 'No assessor was named: the team assessed itself.' };

  const observations: Record<string, unknown>[] = [];
  /** OSCAL control id → the observations that reach it, by dimension. */
  const reached = new Map<string, Map<string, string[]>>();
  for (const dimension of model.dimensions) {
    const target = scorecard.targets[dimension.id] ?? model.targets[dimension.id]!;
    for (const question of dimension.questions) {
      const answer = scorecard.answers[question.id];
      if (answer?.value === undefined) continue;
      const observationUuid = uuid(`observation:${question.id}`);
      const value = answer.value;
      const answerText = value === 'na' ? 'not applicable' : value === 'unknown' ? "don't know" : `level ${levelName(value)}`;
      observations.push({
        uuid: observationUuid,
        title: `${dimension.title}: ${answerText}`,
        description: question.prompt,
        props: [prop('question', question.id), prop('dimension', dimension.id), prop('level', value === 'na' ? 'not-applicable' : value), prop('target', target)],
        methods: ['INTERVIEW'],
        collected: when,
        ...(answer.note?.trim() && { remarks: answer.note }),
      });
      for (const concept of question.concepts) {
        for (const identifier of controlsByConcept[concept] ?? []) {
          const controlId = oscalControlId(identifier);
          const byDimension = reached.get(controlId) ?? new Map<string, string[]>();
          const list = byDimension.get(dimension.id) ?? [];
          if (!list.includes(observationUuid)) list.push(observationUuid);
          byDimension.set(dimension.id, list);
          reached.set(controlId, byDimension);
        }
      }
    }
  }

  const controlIds = [...reached.keys()].sort(controlOrder);
  const findings = controlIds.flatMap((controlId) => {
    // A dimension that is not scored is never below target.
    const below = [...reached.get(controlId)!].filter(([id]) => {
      const d = resultsById.get(id);
      return d !== undefined && d.score !== null && d.gap > 0;
    });
    if (!below.length) return [];
    const dimensions = below.map(([id]) => resultsById.get(id)!);
    return [
      {
        uuid: uuid(`finding:${controlId}`),
        title: `${printedControlId(controlId)}: practice below target in ${dimensions.map((d) => d.title).join(', ')}`,
        description: dimensions.map((d) => `${d.title} scored ${d.score!.toFixed(1)} (level ${levelName(d.level!)}) against a target of ${levelName(d.target)}.`).join(' '),
        props: dimensions.flatMap((d) => [prop('dimension', d.id), prop('gap', d.gap)]),
        // The control's statement: SP 800-53 Rev. 5's OSCAL catalog names it `<control>_smt`
        // (`cm-3_smt`, `ac-2.4_smt`); the 5.0.1 catalog has no assessment-objective ids to name.
        target: {
          type: 'statement-id',
          'target-id': `${controlId}_smt`,
          status: { state: 'not-satisfied', remarks: NOT_PASS_FAIL },
        },
        'related-observations': below.flatMap(([, uuids]) => uuids).map((u) => ({ 'observation-uuid': u })),
      },
    ];
  });

  const result = {
    uuid: uuid('result'),
    title: `${model.title}: ${who}, ${scorecard.date}`,
    description: `A maturity self-assessment against Converge model version ${scorecard.modelVersion}, answered from the ${scorecard.perspective} perspective. Overall ${scorecard.results.score === null ? 'not scored' : `${scorecard.results.score.toFixed(1)} / 4, level ${levelName(scorecard.results.level!)}`}.`,
    start: when,
    props: [prop('perspective', scorecard.perspective), prop('model-version', scorecard.modelVersion), ...(scorecard.results.level === null ? [] : [prop('level', scorecard.results.level)])],
    'reviewed-controls': {
      description: 'The NIST SP 800-53 Rev. 5 controls that the concepts linked to the answered questions map to.',
      'control-selections': [
        controlIds.length
          ? { 'include-controls': controlIds.map((id) => ({ 'control-id': id })) }
          : { remarks: 'No answered question links to a concept mapped to SP 800-53.' },
      ],
    },
    ...(observations.length > 0 && { observations }),
    ...(findings.length > 0 && { findings }),
    remarks: NOT_PASS_FAIL,
  };

  return {
    'assessment-results': {
      uuid: documentUuid,
      metadata: {
        title: `Converge maturity scorecard: ${who}`,
        'last-modified': when,
        version: `${scorecard.date}, model ${scorecard.modelVersion}`,
        'oscal-version': OSCAL_VERSION,
        roles: [{ id: 'assessor', title: 'Assessor' }],
        parties: [party],
        'responsible-parties': [{ 'role-id': 'assessor', 'party-uuids': [partyUuid] }],
        remarks: NOT_PASS_FAIL,
      },
      'import-ap': {
        href: NO_ASSESSMENT_PLAN,
        remarks: 'There is no assessment plan: a Converge assessment is a self-assessment against the Converge maturity model, not run from an OSCAL assessment plan. The schema requires import-ap, so this URN stands in for it and resolves to nothing.',
      },
      results: [result],
    },
  };
}
