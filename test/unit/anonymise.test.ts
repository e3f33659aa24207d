import { describe, expect, it } from 'vitest';
import { aggregateScorecards, displayLabels } from '../../src/assessment/aggregate.ts';
import { organizationsHeading } from '../../src/assessment/aggregate-report.ts';
import { ANONYMISE_SUMMARY, anonymiseScorecard, isAnonymous, monthOf } from '../../src/assessment/anonymise.ts';
import { questionIds } from '../../src/assessment/read-model.ts';
import { readScorecard, toScorecard } from '../../src/assessment/scorecard.ts';
import { scorecardSchema } from '../../src/schema/scorecard.ts';
import { makeModel } from '../support/assessment-model.ts';

const model = makeModel();
const versions = new Map([[model.modelVersion, questionIds(model)]]);

const ORGANIZATION = 'Zyxwv Shipping Holdings';
const TEAM = 'Qwertz Platform Crew';
const ASSESSOR = 'Jolanda Vermeulen-Okafor';
const EVIDENCE = { title: 'Vlissingen on-call roster', ref: 'https://sharepoint.zyxwv.example/oncall', owner: 'Piet Janssen-Mbeki' };
const NOTES = ['Our CAB in Rotterdam meets Tuesdays, ask Piet', 'See https://wiki.zyxwv.example/change/risk', 'Ticket CHG-48213 shows the exception'];

/** A scorecard full of names: organization, team, assessor, a note on answered and unanswered questions. */
const named = () =>
  toScorecard(
    model,
    {
      'change.process': { value: 3, note: NOTES[0] },
      'change.tooling': { value: 'unknown', note: NOTES[1] },
      'incident.process': { value: 'na' },
      'incident.tooling': { value: 1 },
      'patch.governance': { note: NOTES[2] },
      // Evidence names places, systems and people: none of it may survive.
      'incident.governance': { value: 2, evidence: [{ title: EVIDENCE.title, ref: EVIDENCE.ref, owner: EVIDENCE.owner, collected: '2026-10-07', reviewBy: '2027-10-07' }] },
      'patch.process': { evidence: [{ title: 'Patch calendar of Qwertz', ref: '', owner: '' }] },
    },
    { change: 4, incident: 2 },
    {
      organization: ORGANIZATION,
      team: TEAM,
      assessor: ASSESSOR,
      perspective: 'security',
      date: '2026-11-23',
      // The roadmap names people (owners) and may name projects (phases): it goes whole.
      roadmap: { phases: ['Qwertz migration', 'Later'], items: [{ question: 'change.process', kind: 'raise', to: 4, phase: 0, owner: 'Piet Janssen-Mbeki', due: '2027-02-28' }] },
    },
  );

describe('anonymiseScorecard', () => {
  it('leaves no organization, team, assessor or note anywhere in the file', () => {
    const text = JSON.stringify(anonymiseScorecard(named()));
    const original = JSON.stringify(named());
    for (const secret of [ORGANIZATION, TEAM, ASSESSOR, ...NOTES, ...Object.values(EVIDENCE), 'Qwertz', 'evidence', 'roadmap', 'https://', 'Rotterdam', '2026-11-23', '2026-10-07', '2027-02-28']) {
      expect(original).toContain(secret); // the check can fail: the original holds it
      expect(text).not.toContain(secret);
    }
    const card = anonymiseScorecard(named());
    expect([card.organization, card.team, card.assessor]).toEqual(['', '', '']);
    expect(Object.values(card.answers).some((a) => 'note' in a)).toBe(false);
  });

  it('keeps every answer value, the targets, the model version, the perspective and the results', () => {
    const original = named();
    const card = anonymiseScorecard(original);
    expect(card.answers).toEqual({
      'change.process': { value: 3 },
      'change.tooling': { value: 'unknown' },
      'incident.process': { value: 'na' },
      'incident.tooling': { value: 1 },
      'incident.governance': { value: 2 },
    });
    expect(Object.fromEntries(Object.entries(original.answers).flatMap(([id, a]) => (a.value === undefined ? [] : [[id, a.value]])))).toEqual(
      Object.fromEntries(Object.entries(card.answers).map(([id, a]) => [id, a.value])),
    );
    expect(card.targets).toEqual(original.targets);
    expect(card.modelVersion).toBe(original.modelVersion);
    expect(card.perspective).toBe('security');
    expect(card.format).toBe(original.format);
    expect(card.version).toBe(original.version);
    // Results are those the engine computes from the anonymised answers, and unchanged.
    expect(card.results).toEqual(original.results);
    expect(card.results).toEqual(toScorecard(model, card.answers, card.targets, { organization: '' }).results);
  });

  it('rounds the date to the first of its month', () => {
    expect(anonymiseScorecard(named()).date).toBe('2026-11-01');
  });

  it('is idempotent', () => {
    const once = anonymiseScorecard(named());
    expect(anonymiseScorecard(once)).toEqual(once);
  });

  it('does not change the scorecard it is given', () => {
    const original = named();
    const copy = structuredClone(original);
    anonymiseScorecard(original);
    expect(original).toEqual(copy);
  });

  it('writes a valid scorecard of the current format that imports with the same results', () => {
    const card = anonymiseScorecard(named());
    expect(scorecardSchema.safeParse(card).success).toBe(true);
    const read = readScorecard(JSON.stringify(card), model, versions);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.scorecard).toEqual(card);
    expect(read.notices).toEqual([]);
  });

  it('marks the result as anonymous, and a named scorecard as not', () => {
    expect(isAnonymous(anonymiseScorecard(named()))).toBe(true);
    expect(isAnonymous(named())).toBe(false);
    expect(isAnonymous({ organization: ' ', team: '' })).toBe(true);
  });

  it('says in one line what it removes', () => {
    expect(ANONYMISE_SUMMARY).toMatch(/organization, team, assessor, notes, evidence links and the roadmap/);
    expect(ANONYMISE_SUMMARY).not.toMatch(/\n/);
  });
});

describe('monthOf', () => {
  it('keeps year and month, and the first and last days of months and years stay in their month', () => {
    expect(monthOf('2026-01-01')).toBe('2026-01-01');
    expect(monthOf('2026-01-31')).toBe('2026-01-01');
    expect(monthOf('2025-12-31')).toBe('2025-12-01');
    expect(monthOf('2028-02-29')).toBe('2028-02-01');
    expect(monthOf('2026-03-01')).toBe('2026-03-01');
  });

  it('does not depend on the time zone: the text is rounded, not a local Date', () => {
    // Under UTC−12 or UTC+14, new Date('2025-12-31') read back in local time is another day; the
    // month must still be December 2025 and the 1st of January stays in January.
    const before = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Etc/GMT+12', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = tz;
        expect(monthOf('2025-12-31')).toBe('2025-12-01');
        expect(monthOf('2026-01-01')).toBe('2026-01-01');
      }
    } finally {
      process.env.TZ = before;
    }
  });

  it('refuses what is not a date', () => {
    expect(() => monthOf('23/11/2026')).toThrow(/not a date/);
    expect(() => monthOf('2026-11')).toThrow(/not a date/);
  });
});

describe('a cohort of anonymised scorecards in the aggregate', () => {
  const anonymous = (answers: Parameters<typeof toScorecard>[1], date: string, perspective: 'joint' | 'security' | 'operations' = 'joint') => {
    const card = anonymiseScorecard(toScorecard(model, answers, {}, { organization: ORGANIZATION, team: TEAM, assessor: ASSESSOR, date, perspective }));
    const read = readScorecard(JSON.stringify(card), model, versions);
    if (!read.ok) throw new Error(read.error);
    return read;
  };
  const same = { 'change.process': { value: 2 as const } };

  it('labels each file as its own team, numbered with its month, even when two are identical', () => {
    const cohort = [anonymous(same, '2026-11-03'), anonymous(same, '2026-11-28'), anonymous({ 'change.process': { value: 4 } }, '2026-10-15'), anonymous(same, '2026-11-03', 'security')];
    const aggregate = aggregateScorecards(model, cohort);
    expect(aggregate.teams.map((t) => t.label)).toEqual(['Anonymous 1 (2026-11)', 'Anonymous 2 (2026-11)', 'Anonymous 3 (2026-10)', 'Anonymous 4 (2026-11, security)']);
    expect(displayLabels(aggregate)).toEqual(aggregate.teams.map((t) => t.label));
    expect(organizationsHeading(aggregate)).toBe('Anonymous cohort');
  });

  it('computes the statistics over every file, as the engine scores each', () => {
    const cohort = [anonymous({ 'change.process': { value: 1 } }, '2026-11-03'), anonymous({ 'change.process': { value: 3 } }, '2026-11-04'), anonymous({ 'change.process': { value: 4 } }, '2026-11-05')];
    const aggregate = aggregateScorecards(model, cohort);
    const change = aggregate.dimensions.find((d) => d.id === 'change')!;
    expect(aggregate.teams.map((t) => t.cells[0]!.score)).toEqual(cohort.map((c) => c.result.dimensions.find((d) => d.id === 'change')!.score));
    expect([change.scored, change.median, change.min, change.max, change.spread]).toEqual([3, 3, 1, 4, 3]);
  });

  it('never pairs an anonymous security scorecard with an unrelated anonymous operations one', () => {
    const aggregate = aggregateScorecards(model, [anonymous(same, '2026-11-03', 'security'), anonymous({ 'change.process': { value: 0 } }, '2026-11-03', 'operations')]);
    expect(aggregate.teams.map((t) => t.integrationGap)).toEqual([null, null]);
  });

  it('keeps named teams labelled as before beside anonymous ones', () => {
    const named = readScorecard(JSON.stringify(toScorecard(model, same, {}, { organization: 'Acme', team: 'Platform', date: '2026-11-02' })), model, versions);
    if (!named.ok) throw new Error(named.error);
    expect(aggregateScorecards(model, [anonymous(same, '2026-11-03'), named, anonymous(same, '2026-11-04')]).teams.map((t) => t.label)).toEqual(['Anonymous 1 (2026-11)', 'Acme · Platform', 'Anonymous 2 (2026-11)']);
  });
});
