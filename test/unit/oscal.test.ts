import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONVERGE_NS, NOT_PASS_FAIL, NO_ASSESSMENT_PLAN, oscalControlId, scorecardOscal, sp80053ByConcept } from '../../src/assessment/oscal.ts';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard, toScorecard } from '../../src/assessment/scorecard.ts';
import { contentDir, validateContent } from '../../src/site/validate-content.ts';
import { makeModel } from '../support/assessment-model.ts';
import { oscalErrors } from '../support/oscal-schema.ts';

// Only the parts the tests read; the schema checks the rest.
interface Prop { name: string; ns?: string; value: string }
interface Observation { uuid: string; description: string; props: Prop[]; methods: string[]; collected: string; remarks?: string }
interface Finding { title: string; target: { type: string; 'target-id': string; status: { state: string; reason?: string; remarks?: string } }; props: Prop[]; 'related-observations': { 'observation-uuid': string }[] }
interface Result { observations?: Observation[]; findings?: Finding[]; remarks: string; 'reviewed-controls': { 'control-selections': { 'include-controls'?: { 'control-id': string }[] }[] } }
interface Document { uuid: string; metadata: Record<string, unknown> & { title: string; remarks: string; parties: { name: string; type: string }[] }; 'import-ap': { href: string; remarks: string }; results: Result[] }
const ar = (doc: unknown) => (doc as { 'assessment-results': Document })['assessment-results'];
const propOf = (props: Prop[], name: string) => props.find((p) => p.name === name)?.value;

describe('SP 800-53 identifiers in OSCAL form', () => {
  it.each([
    ['CM-3', 'cm-3'],
    ['AC-2(4)', 'ac-2.4'],
    ['SI-04(02)', 'si-4.2'],
  ])('%s becomes %s', (identifier, id) => expect(oscalControlId(identifier)).toBe(id));
});

describe('OSCAL export of the real model', () => {
  const { assessment: model, concepts } = validateContent();
  const versions = questionsByVersion(model!, readVersionLock(join(contentDir(), 'assessment')));
  const linked = new Set(model!.dimensions.flatMap((d) => d.questions.flatMap((q) => q.concepts)));
  const controls = sp80053ByConcept(concepts.filter((c) => linked.has(c.id)).map((c) => ({ id: c.id, mappings: c.data.mappings })));
  const files = readdirSync('test/fixtures/scorecards').filter((f) => f.endsWith('.json'));

  it('has SP 800-53 mappings to export', () => {
    expect(Object.keys(controls).length).toBeGreaterThan(5);
  });

  describe.each(files)('%s', (file) => {
    const read = readScorecard(readFileSync(join('test/fixtures/scorecards', file), 'utf8'), model!, versions);
    if (!read.ok) throw new Error(read.error);
    const { scorecard } = read;
    const doc = scorecardOscal(model!, scorecard, controls);
    const { metadata, results } = ar(doc);
    const result = results[0]!;
    const observations = result.observations ?? [];
    const findings = result.findings ?? [];

    it('validates against NIST’s OSCAL 1.0.6 assessment-results schema', () => {
      expect(oscalErrors(doc)).toEqual([]);
    });

    it('names the team, the assessor, and says a level is not a pass/fail result', () => {
      expect(metadata.title).toContain(`${scorecard.organization} · ${scorecard.team}`);
      expect(metadata['oscal-version']).toBe('1.0.6');
      expect(metadata.parties[0]!.name).toBe(scorecard.assessor);
      expect(metadata.remarks).toContain('not a pass/fail control result');
      expect(result.remarks).toBe(NOT_PASS_FAIL);
      expect(ar(doc)['import-ap'].href).toBe(NO_ASSESSMENT_PLAN);
    });

    it('has one interview observation per answered question, with its prompt, level, target and note', () => {
      const answered = Object.entries(scorecard.answers).filter(([, a]) => a.value !== undefined);
      expect(observations).toHaveLength(answered.length);
      for (const [id, answer] of answered) {
        const observation = observations.find((o) => propOf(o.props, 'question') === id)!;
        const question = model!.dimensions.flatMap((d) => d.questions).find((q) => q.id === id)!;
        expect(observation.description).toBe(question.prompt);
        expect(observation.methods).toEqual(['INTERVIEW']);
        expect(observation.collected).toBe(`${scorecard.date}T00:00:00Z`);
        expect(propOf(observation.props, 'level')).toBe(answer.value === 'na' ? 'not-applicable' : String(answer.value));
        expect(propOf(observation.props, 'target')).toBe(String(scorecard.targets[id.split('.')[0]!] ?? scorecard.targets[propOf(observation.props, 'dimension')!]));
        expect(observation.remarks).toBe(answer.note?.trim() ? answer.note : undefined);
        expect(observation.props.every((p) => p.ns === CONVERGE_NS)).toBe(true);
      }
    });

    it('reviews controls in OSCAL form, and finds only against dimensions below target', () => {
      const reviewed = result['reviewed-controls']['control-selections'][0]!['include-controls']!.map((c) => c['control-id']);
      expect(reviewed.length).toBeGreaterThan(0);
      for (const id of reviewed) expect(id).toMatch(/^[a-z]{2}-\d+(\.\d+)?$/);
      const below = new Set(scorecard.results.dimensions.filter((d) => d.score !== null && d.gap > 0).map((d) => d.id));
      const observationsById = new Map(observations.map((o) => [o.uuid, o]));
      for (const finding of findings) {
        expect(finding.target.status).toEqual({ state: 'not-satisfied', remarks: NOT_PASS_FAIL });
        expect(finding.target.type).toBe('statement-id');
        expect(reviewed).toContain(finding.target['target-id'].replace(/_smt$/, ''));
        for (const d of finding.props.filter((p) => p.name === 'dimension')) expect(below.has(d.value)).toBe(true);
        for (const { 'observation-uuid': uuid } of finding['related-observations']) expect(below.has(propOf(observationsById.get(uuid)!.props, 'dimension')!)).toBe(true);
      }
      // Every reviewed control reached from a below-target dimension has its finding, and no other has one.
      const reachedFromBelow = new Set(
        observations
          .filter((o) => below.has(propOf(o.props, 'dimension')!))
          .flatMap((o) => model!.dimensions.flatMap((d) => d.questions).find((q) => q.id === propOf(o.props, 'question'))!.concepts)
          .flatMap((c) => (controls[c] ?? []).map(oscalControlId)),
      );
      expect(findings.map((f) => f.target['target-id'].replace(/_smt$/, '')).sort()).toEqual([...reachedFromBelow].sort());
    });

    it('gives the same document for the same scorecard', () => {
      expect(scorecardOscal(model!, structuredClone(scorecard), controls)).toEqual(doc);
    });
  });

  it('gives another document UUID when an answer changes', () => {
    const read = readScorecard(readFileSync('test/fixtures/scorecards/acme-platform-2026-10.json', 'utf8'), model!, versions);
    if (!read.ok) throw new Error(read.error);
    const changed = { ...read.scorecard, answers: { ...read.scorecard.answers, 'change.security-vote-on-cab': { value: 0 as const } } };
    expect(ar(scorecardOscal(model!, changed, controls)).uuid).not.toBe(ar(scorecardOscal(model!, read.scorecard, controls)).uuid);
  });
});

describe('OSCAL export edge cases', () => {
  const model = makeModel();

  it('stays valid with no assessor, untidy names, a multi-line note and no SP 800-53 mapping', () => {
    const scorecard = toScorecard(model, { 'change.process': { value: 1, note: 'line one\nline two' }, 'change.tooling': { value: 'na' } }, {}, { organization: '  Acme\n', team: '', date: '2026-11-01' });
    const doc = scorecardOscal(model, scorecard, {});
    expect(oscalErrors(doc)).toEqual([]);
    expect(ar(doc).metadata.parties[0]).toMatchObject({ type: 'organization', name: 'Acme' });
    expect(ar(doc).results[0]!.observations!.map((o) => o.remarks)).toEqual(['line one\nline two', undefined]);
  });
});

describe('the OSCAL validator', () => {
  it('rejects a document that breaks the schema, so the tests above can fail', () => {
    const model = makeModel();
    const scorecard = toScorecard(model, { 'change.process': { value: 1 } }, {}, { organization: 'Acme', date: '2026-11-01' });
    const doc = ar(scorecardOscal(model, scorecard, { 'change-enablement': ['AC-2(4)'] }));
    expect(oscalErrors({ 'assessment-results': doc })).toEqual([]);
    expect((doc.results[0]!.findings ?? [])[0]!.title).toMatch(/^AC-2\(4\): practice below target in /);
    const broken = structuredClone(doc) as unknown as { results: { observations: Record<string, unknown>[]; 'reviewed-controls': { 'control-selections': { 'include-controls': { 'control-id': string }[] }[] } }[] };
    delete broken.results[0]!.observations[0]!['methods'];
    broken.results[0]!['reviewed-controls']['control-selections'][0]!['include-controls'][0]!['control-id'] = 'AC-2(4)';
    const errors = oscalErrors({ 'assessment-results': broken });
    expect(errors.some((e) => e.includes("required property 'methods'"))).toBe(true);
    expect(errors.some((e) => e.includes('control-id') && e.includes('pattern'))).toBe(true);
  });
});
