import { describe, expect, it } from 'vitest';
import { questionIds } from '../../src/assessment/read-model.ts';
import { readScorecard, toScorecard } from '../../src/assessment/scorecard.ts';
import { scorecardJsonSchema } from '../../src/schema/scorecard.ts';
import type { AssessmentModel } from '../../src/schema/assessment.ts';
import { makeModel } from '../support/assessment-model.ts';

const model = makeModel();
const versions = (m: AssessmentModel, extra: [number, string[]][] = []) => new Map<number, string[]>([...extra, [m.modelVersion, questionIds(m)]]);
const answers = { 'change.process': { value: 2 as const, note: 'CAB minutes' }, 'change.tooling': { value: 'unknown' as const }, 'incident.process': { value: 4 as const } };
const scorecard = toScorecard(model, answers, { change: 4 }, { organization: 'Acme', team: 'Platform', assessor: 'Ana', date: '2026-11-01' });
const text = JSON.stringify(scorecard);
const refusal = (input: string) => {
  const read = readScorecard(input, model, versions(model));
  return read.ok ? 'accepted' : read.error;
};

describe('scorecard files', () => {
  it('round-trips: export then import gives identical answers, targets and results', () => {
    const read = readScorecard(text, model, versions(model));
    expect(read.ok && read.scorecard).toEqual(scorecard);
    expect(read.ok && read.notices).toEqual([]);
  });

  it('carries the computed results for readers without Converge', () => {
    expect(scorecard.results.dimensions[0]).toMatchObject({ id: 'change', score: 2, level: 2, target: 4, gap: 2 });
    expect(scorecard.results.weakest).toBe('change');
  });

  it('recomputes results instead of trusting the file', () => {
    const forged = { ...scorecard, results: { ...scorecard.results, score: 4, level: 4 } };
    const read = readScorecard(JSON.stringify(forged), model, versions(model));
    expect(read.ok && read.scorecard.results.score).toBe(scorecard.results.score);
  });

  it.each([
    ['a file over 1 MB', JSON.stringify({ ...scorecard, organization: 'x'.repeat(1024 * 1024) }), 'larger than 1 MB'],
    ['text that is not JSON', '{"format": "converge-scorecard",', 'not valid JSON'],
    ['a JSON list', '[1,2]', 'holds a list, not a JSON object'],
    ['another format', JSON.stringify({ format: 'converge-graph', version: 1 }), 'its format is "converge-graph"'],
    ['no format at all', JSON.stringify({ organization: 'Acme' }), 'has no "format": "converge-scorecard" field'],
    ['a future format version', JSON.stringify({ ...scorecard, version: 5 }), 'written by a newer Converge (scorecard format 5)'],
    ['a roadmap in a format 3 file', JSON.stringify({ ...scorecard, version: 3, roadmap: { phases: ['Now'], items: [] } }), 'accepted'],
    ['a roadmap item in a phase it lacks', JSON.stringify({ ...scorecard, roadmap: { phases: ['Now'], items: [{ question: 'change.process', kind: 'raise', to: 3, phase: 2 }] } }), 'roadmap.items.0.phase: is phase 3, but the roadmap has 1'],
    ['a roadmap with a bad due date', JSON.stringify({ ...scorecard, roadmap: { phases: ['Now'], items: [{ question: 'change.process', kind: 'raise', to: 3, phase: 0, due: 'soon' }] } }), 'roadmap.items.0.due: must be a date such as 2027-03-31'],
    ['evidence without a title', JSON.stringify({ ...scorecard, answers: { 'change.process': { value: 2, evidence: [{ title: ' ' }] } } }), 'evidence needs a title'],
    ['evidence with a bad review date', JSON.stringify({ ...scorecard, answers: { 'change.process': { value: 2, evidence: [{ title: 'CAB minutes', reviewBy: '31/12/2026' }] } } }), 'answers.change.process.evidence.0.reviewBy'],
    ['evidence in a format 2 file', JSON.stringify({ ...scorecard, version: 2, answers: { 'change.process': { value: 2, evidence: [{ title: 'CAB minutes' }] } } }), 'answers.change.process'],
    ['a future model version', JSON.stringify({ ...scorecard, modelVersion: 9 }), 'answered against model version 9, newer than'],
    ['a level out of range', JSON.stringify({ ...scorecard, answers: { 'change.process': { value: 7 } } }), 'answers.change.process.value'],
    ['a bad date', JSON.stringify({ ...scorecard, date: 'yesterday' }), 'date: must be a date such as 2026-11-23'],
    ['a wrong type', JSON.stringify({ ...scorecard, organization: 42 }), 'organization'],
  ])('refuses %s with a message that says what is wrong', (_, input, message) => {
    expect(refusal(input)).toContain(message);
  });

  it('reads format 1 files, which predate perspectives, as joint assessments', () => {
    const { perspective: _, ...v1 } = { ...scorecard, version: 1 };
    const read = readScorecard(JSON.stringify(v1), model, versions(model));
    expect(read.ok && read.scorecard).toEqual({ ...scorecard, perspective: 'joint' });
  });

  it('reads format 2 and 3 files, which predate evidence and the roadmap, as format 4 with everything kept', () => {
    for (const version of [2, 3]) {
      const older = { ...scorecard, version, perspective: 'security' };
      const read = readScorecard(JSON.stringify(older), model, versions(model));
      expect(read.ok && read.notices).toEqual([]);
      expect(read.ok && read.scorecard).toEqual({ ...scorecard, perspective: 'security', version: 4 });
    }
  });

  it('writes format 4 with the roadmap, and reads it back unchanged', () => {
    const roadmap = { phases: ['Q1 2027', 'Q2 2027'], items: [{ question: 'change.process', kind: 'raise' as const, to: 3 as const, phase: 1, owner: 'Ana', due: '2027-06-30' }, { question: 'change.tooling', kind: 'find-out' as const, phase: 0, owner: '' }] };
    const card = toScorecard(model, answers, {}, { organization: 'Acme', date: '2026-11-01', roadmap });
    expect(card.version).toBe(4);
    expect(card.roadmap).toEqual(roadmap);
    // An empty plan is no plan: the file leaves it out.
    expect(toScorecard(model, answers, {}, { organization: 'Acme', roadmap: { phases: ['Now'], items: [] } })).not.toHaveProperty('roadmap');
    const read = readScorecard(JSON.stringify(card), model, versions(model));
    expect(read.ok && read.scorecard.roadmap).toEqual(roadmap);
    expect(read.ok && read.notices).toEqual([]);
  });

  it('moves a hand-edited roadmap item that comes before what it requires, and says so', () => {
    const ordered = structuredClone(model);
    ordered.dimensions[0]!.questions[0]!.requires = ['change.tooling'];
    const roadmap = { phases: ['Now', 'Next'], items: [{ question: 'change.tooling', kind: 'raise' as const, to: 2 as const, phase: 1, owner: '' }, { question: 'change.process', kind: 'raise' as const, to: 3 as const, phase: 0, owner: '' }] };
    const read = readScorecard(JSON.stringify({ ...scorecard, roadmap }), ordered, versions(ordered));
    expect(read.ok && read.scorecard.roadmap!.items.map((i) => i.phase)).toEqual([1, 1]);
    expect(read.ok && read.notices).toEqual(['The roadmap had “change.process” in Now, before “change.tooling”, which it requires; it is now in Next.']);
  });

  it('writes format 4 and carries evidence through export and import unchanged', () => {
    const evidence = [
      { title: 'CAB minutes', ref: 'https://wiki.example/cab', owner: 'Ana', collected: '2026-10-01', reviewBy: '2027-04-01' },
      { title: 'Risk rating rule', ref: 'CHG-1234', owner: '' },
    ];
    const card = toScorecard(model, { ...answers, 'change.process': { value: 2, evidence }, 'change.tooling': { evidence: [{ title: 'Pipeline export', ref: '', owner: 'Bo' }] } }, {}, { organization: 'Acme', date: '2026-11-01' });
    expect(card.version).toBe(4);
    expect(card.answers['change.process']!.evidence).toEqual(evidence);
    // Evidence alone keeps an unanswered question in the file, so nothing collected is lost.
    expect(card.answers['change.tooling']).toEqual({ evidence: [{ title: 'Pipeline export', ref: '', owner: 'Bo' }] });
    const read = readScorecard(JSON.stringify(card), model, versions(model));
    expect(read.ok && read.scorecard.answers).toEqual(card.answers);
  });

  it('refuses a perspective it does not know', () => {
    expect(refusal(JSON.stringify({ ...scorecard, perspective: 'auditors' }))).toContain('perspective');
  });

  it('reports fields it does not read instead of dropping them silently', () => {
    const read = readScorecard(JSON.stringify({ ...scorecard, department: 'IT' }), model, versions(model));
    expect(read.ok && read.notices).toEqual(['The file has fields this version of Converge does not read, left out: department.']);
  });

  it('cannot be used to pollute prototypes', () => {
    const hostile = text.replace('"answers":{', '"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"answers":{"__proto__":{"value":1},');
    readScorecard(hostile, model, versions(model));
    readScorecard(text.replace('"targets":{', '"targets":{"__proto__":4,"constructor":4,'), model, versions(model));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('publishes a JSON Schema that names the format and requires the fields', () => {
    const schema = scorecardJsonSchema('https://example.org/') as { $id: string; required: string[]; properties: Record<string, { const?: string }> };
    expect(schema.$id).toBe('https://example.org/schema/scorecard.v4.json');
    expect(Object.keys(schema.properties)).toContain('roadmap');
    expect(Object.keys((scorecardJsonSchema('', 3) as { properties: object }).properties)).not.toContain('roadmap');
    expect(schema.properties['format']!.const).toBe('converge-scorecard');
    expect(Object.keys(schema.properties)).toContain('perspective');
    expect(Object.keys((scorecardJsonSchema('', 1) as { properties: object }).properties)).not.toContain('perspective');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'modelVersion', 'organization', 'date', 'answers', 'targets', 'results']));
  });
});

describe('scorecards of an older model version', () => {
  // Version 2 of the fixture model renamed change.process and removed incident.tooling.
  const v2: AssessmentModel = structuredClone(model);
  v2.modelVersion = 2;
  v2.dimensions[0]!.questions[0]!.id = 'change.process-v2';
  v2.dimensions[1]!.questions.splice(1, 1);
  v2.migrations = [{ from: 1, renamed: { 'change.process': 'change.process-v2' }, removed: { 'incident.tooling': 'merged into incident.process' } }];
  const v1Answers = { ...answers, 'incident.tooling': { value: 3 as const } };
  const old = JSON.stringify(toScorecard(model, v1Answers, {}, { organization: 'Acme', date: '2026-01-01' }));
  const planned = {
    phases: ['Now', 'Next'],
    items: [
      { question: 'change.process', kind: 'raise' as const, to: 3 as const, phase: 0, owner: 'Ana' },
      { question: 'incident.tooling', kind: 'raise' as const, to: 4 as const, phase: 1, owner: '' },
    ],
  };

  it('carries a roadmap to the new model: renamed questions follow, removed ones are left out with a notice', () => {
    const withPlan = JSON.stringify(toScorecard(model, v1Answers, {}, { organization: 'Acme', date: '2026-01-01', roadmap: planned }));
    const read = readScorecard(withPlan, v2, versions(v2, [[1, questionIds(model)]]));
    if (!read.ok) throw new Error(read.error);
    expect(read.scorecard.roadmap).toEqual({ phases: ['Now', 'Next'], items: [{ ...planned.items[0], question: 'change.process-v2' }] });
    expect(read.notices).toContain('The roadmap plans 1 step for questions this model does not have, left out: incident.tooling.');
  });

  it('migrates renamed questions and tells the user what changed, dropping nothing', () => {
    const read = readScorecard(old, v2, versions(v2, [[1, questionIds(model)]]));
    if (!read.ok) throw new Error(read.error);
    expect(read.scorecard.modelVersion).toBe(2);
    expect(read.scorecard.answers['change.process-v2']).toEqual({ value: 2, note: 'CAB minutes' });
    expect(read.scorecard.answers['incident.tooling']).toEqual({ value: 3 }); // kept, not scored
    expect(read.notices).toEqual([
      'This scorecard was answered against model version 1; it was brought up to version 2.',
      'Question “change.process” is now “change.process-v2” (model version 2); your answer moved with it.',
      'Question “incident.tooling” was removed in model version 2 (merged into incident.process); your answer is kept in the file but no longer scored.',
    ]);
    expect(read.result.dimensions[0]!.answered).toBe(1);
    expect(read.result.dimensions[1]).toMatchObject({ questions: 2, answered: 1 });
  });
});
