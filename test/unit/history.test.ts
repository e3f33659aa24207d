import { describe, expect, it } from 'vitest';
import { answerChanges, KEEP, readSnapshot, summarize, takeSnapshot, toPrune, worthKeeping } from '../../src/assessment/history.ts';
import { emptyAssessment } from '../../src/assessment/storage.ts';
import { makeModel } from '../support/assessment-model.ts';

const record = (answers: Record<string, { value?: 0 | 1 | 2 | 3 | 4 | 'na' | 'unknown'; note?: string }>, organization = 'Acme') => ({ ...emptyAssessment(1, 1000), organization, answers });

describe('history', () => {
  it('keeps the newest 50, or the newest 5 MB when that is more, and drops the oldest first', () => {
    const small = Array.from({ length: 60 }, (_, i) => ({ id: `s${String(i).padStart(2, '0')}`, takenAt: i, bytes: 1000 }));
    expect(toPrune(small)).toEqual([]); // 60 kB is far under 5 MB: all stay
    const big = Array.from({ length: 60 }, (_, i) => ({ id: `b${String(i).padStart(2, '0')}`, takenAt: i, bytes: 200_000 }));
    expect(toPrune(big)).toEqual(['b00', 'b01', 'b02', 'b03', 'b04', 'b05', 'b06', 'b07', 'b08', 'b09']); // 50 stay, 10 MB
    const huge = Array.from({ length: 3 }, (_, i) => ({ id: `h${i}`, takenAt: i, bytes: KEEP.bytes }));
    expect(toPrune(huge)).toEqual([]); // fewer than 50: none dropped whatever their size
  });

  it('copies the record, so later edits do not change what was kept', () => {
    const live = record({ 'change.process': { value: 2 } });
    const snapshot = takeSnapshot(live, 'import', 5000);
    live.answers['change.process']!.value = 4;
    expect(snapshot.record.answers['change.process']!.value).toBe(2);
    expect(snapshot.bytes).toBeGreaterThan(100);
    expect(snapshot.id).toMatch(/^0{11}5000-/);
  });

  it('keeps nothing worth nothing: an empty record is not a state anyone would restore', () => {
    expect(worthKeeping(record({}, ''))).toBe(false);
    expect(worthKeeping(record({}, 'Acme'))).toBe(true);
    expect(worthKeeping(record({ 'change.process': { note: 'a note' } }, ''))).toBe(true);
  });

  it('summarizes who and how many answers', () => {
    expect(summarize(record({ 'change.process': { value: 2, note: 'n' }, 'change.tooling': { note: 'x' } }))).toEqual({ who: 'Acme', perspective: 'joint', modelVersion: 1, answered: 1, notes: 2 });
  });

  it('lists the questions a restore would change, answers and notes, in model order', () => {
    const model = makeModel();
    const changes = answerChanges(model, { 'incident.process': { value: 1 }, 'change.process': { value: 2, note: 'a' } }, { 'change.process': { value: 2, note: 'b' }, 'incident.process': { value: 3 }, 'change.tooling': { value: 'na' } });
    expect(changes.map((c) => [c.number, c.now, c.then, c.noteChanged])).toEqual([
      ['1.1', 2, 2, true],
      ['1.2', undefined, 'na', false],
      ['2.1', 1, 3, false],
    ]);
  });

  it('refuses a damaged stored entry instead of trusting it', () => {
    const good = takeSnapshot(record({ 'change.process': { value: 1 } }), 'reset', 1);
    expect(readSnapshot(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(readSnapshot({ ...good, reason: 'hacked' })).toBeNull();
    expect(readSnapshot({ ...good, record: { ...good.record, answers: { x: { value: 9 } } } })).toBeNull();
    expect(readSnapshot('text')).toBeNull();
  });
});
