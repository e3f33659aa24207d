import { execFileSync } from 'node:child_process';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { dayNumber, evidenceCsv, evidenceRegister, evidenceStatus, localToday } from '../../src/assessment/evidence.ts';
import { questionIds } from '../../src/assessment/read-model.ts';
import { readScorecard, toScorecard } from '../../src/assessment/scorecard.ts';
import { scorecardJsonSchema } from '../../src/schema/scorecard.ts';
import { makeModel } from '../support/assessment-model.ts';

const model = makeModel();
const versions = new Map([[model.modelVersion, questionIds(model)]]);

describe('evidence status on a given day', () => {
  const on = (reviewBy: string | undefined, today: string) => evidenceStatus({ reviewBy }, today);

  it.each([
    ['the review date is today', '2026-11-30', 'expiring'],
    ['the review date is in 30 days', '2026-12-30', 'expiring'],
    ['the review date is in 31 days', '2026-12-31', 'current'],
    ['the review date was yesterday', '2026-11-29', 'expired'],
    ['the review date was a year ago', '2025-11-30', 'expired'],
  ])('on 2026-11-30, when %s, is %s', (_, reviewBy, status) => {
    expect(on(reviewBy, '2026-11-30')).toBe(status);
  });

  it('counts days across month ends, leap days and daylight saving changes', () => {
    expect(on('2024-03-30', '2024-02-29')).toBe('expiring'); // 30 days, over a leap day
    expect(on('2024-03-31', '2024-02-29')).toBe('current');
    expect(on('2026-04-25', '2026-03-26')).toBe('expiring'); // 30 days over the European spring change
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-29')).toBe(1);
  });

  it('has no status but "no review date" when the review date is missing', () => {
    expect(on(undefined, '2026-11-30')).toBe('undated');
  });

  it('gives the same status in every time zone, for the same calendar day', () => {
    const script = `import('./src/assessment/evidence.ts').then((m) => console.log(JSON.stringify(['2026-11-30', '2026-12-30', '2026-12-31', '2026-11-29'].map((d) => m.evidenceStatus({ reviewBy: d }, '2026-11-30')))))`;
    const outputs = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin', 'UTC'].map((TZ) =>
      execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', '-e', script], { env: { ...process.env, TZ }, encoding: 'utf8' }).trim(),
    );
    expect(new Set(outputs)).toEqual(new Set(['["expiring","expiring","current","expired"]']));
  });

  it('reads "today" as the calendar day on the user’s clock', () => {
    // 23:30 on 30 November in the local zone is the 30th, whatever UTC says.
    expect(localToday(new Date(2026, 10, 30, 23, 30))).toBe('2026-11-30');
    expect(localToday(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
    const script = `import('./src/assessment/evidence.ts').then((m) => console.log(m.localToday(new Date('2026-11-30T11:30:00Z'))))`;
    const day = (TZ: string) => execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', '-e', script], { env: { ...process.env, TZ }, encoding: 'utf8' }).trim();
    expect(day('Pacific/Kiritimati')).toBe('2026-12-01'); // UTC+14
    expect(day('Pacific/Pago_Pago')).toBe('2026-11-30'); // UTC−11
  });
});

describe('the evidence register of an assessment', () => {
  const answers = {
    'change.process': {
      value: 2 as const,
      evidence: [
        { title: 'CAB minutes', ref: 'https://wiki.example/cab', owner: 'Ana', collected: '2026-01-10', reviewBy: '2026-06-30' },
        { title: 'Risk rule', ref: 'CHG-12', owner: 'Bo', reviewBy: '2026-12-15' },
      ],
    },
    'incident.tooling': { value: 3 as const, evidence: [{ title: '=cmd|calc', ref: '', owner: '', reviewBy: '2027-06-01' }] },
    'retired.question': { value: 1 as const, evidence: [{ title: 'Old', ref: '', owner: '' }] },
  };
  const register = evidenceRegister(model, answers, '2026-11-30');

  it('counts items per dimension and overall by status', () => {
    expect(register.byDimension['change']).toEqual({ current: 0, expiring: 1, expired: 1, undated: 0, total: 2 });
    expect(register.byDimension['incident']).toEqual({ current: 1, expiring: 0, expired: 0, undated: 0, total: 1 });
    expect(register.byDimension['patch']!.total).toBe(0);
    expect(register.total).toEqual({ current: 1, expiring: 1, expired: 1, undated: 0, total: 3 });
  });

  it('lists the expired items with their question', () => {
    expect(register.expired.map((e) => [e.questionId, e.item.title])).toEqual([['change.process', 'CAB minutes']]);
  });

  it('exports one CSV row per item, formulas defused', () => {
    const lines = evidenceCsv(model, answers, '2026-11-30').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('question_id,dimension,title,ref,owner,collected,review_by,status');
    expect(lines.slice(1)).toEqual([
      'change.process,Change,CAB minutes,https://wiki.example/cab,Ana,2026-01-10,2026-06-30,expired',
      'change.process,Change,Risk rule,CHG-12,Bo,,2026-12-15,expiring within 30 days',
      "incident.tooling,Incident,'=cmd|calc,,,,2027-06-01,current",
    ]);
  });
});

describe('formats 3 and 4 and their JSON Schemas', () => {
  const card = toScorecard(
    model,
    { 'change.process': { value: 2, note: 'n', evidence: [{ title: 'CAB minutes', ref: 'https://wiki.example/cab', owner: 'Ana', collected: '2026-01-10', reviewBy: '2026-06-30' }] } },
    {},
    { organization: 'Acme', team: 'Ops', date: '2026-11-30' },
  );
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const compiled = new Map([2, 3, 4].map((v) => [v, ajv.compile(scorecardJsonSchema('', v as 2 | 3 | 4))]));
  const validate = (version: 2 | 3 | 4, data: unknown) => compiled.get(version)!(data);

  it('validates a file with evidence against the published v3 schema, and not against v2', () => {
    expect(validate(3, { ...card, version: 3 }), JSON.stringify(compiled.get(3)!.errors)).toBe(true);
    expect(validate(2, { ...card, version: 2 })).toBe(false);
    expect(validate(3, { ...card, version: 3, answers: { 'change.process': { value: 2, evidence: [{ title: 'x', reviewBy: 'soon' }] } } })).toBe(false);
  });

  it('validates a file with a roadmap against the published v4 schema', () => {
    const roadmap = { phases: ['Now', 'Next'], items: [{ question: 'change.process', kind: 'raise', to: 3, phase: 1, owner: 'Ana', due: '2027-03-31' }] };
    expect(validate(4, card), JSON.stringify(compiled.get(4)!.errors)).toBe(true);
    expect(validate(4, { ...card, roadmap }), JSON.stringify(compiled.get(4)!.errors)).toBe(true);
    expect(validate(4, { ...card, roadmap: { ...roadmap, items: [{ ...roadmap.items[0], due: 'Q1' }] } })).toBe(false);
    expect(validate(4, { ...card, roadmap: { phases: [], items: [] } })).toBe(false);
  });

  it('migrates v1 and v2 files to v3 keeping every answer, note, target and name', () => {
    const plain = toScorecard(model, { 'change.process': { value: 2, note: 'CAB' }, 'incident.tooling': { value: 'na' } }, { change: 4 }, { organization: 'Acme', team: 'Ops', assessor: 'Ana', perspective: 'operations', date: '2026-11-30' });
    const v2 = { ...plain, version: 2 };
    const { perspective: _, ...v1 } = { ...plain, version: 1 };
    const fromV2 = readScorecard(JSON.stringify(v2), model, versions);
    const fromV1 = readScorecard(JSON.stringify(v1), model, versions);
    expect(fromV2.ok && fromV2.scorecard).toEqual(plain);
    expect(fromV1.ok && fromV1.scorecard).toEqual({ ...plain, perspective: 'joint' });
    expect(fromV1.ok && fromV1.notices).toEqual([]);
  });
});
