import { describe, expect, it } from 'vitest';
import { damagedKey, emptyAssessment, loadAssessment, mergeAssessments, saveAssessment, type KeyValueStore } from '../../src/assessment/storage.ts';
import { SAVED_KEY } from '../../src/schema/saved-assessment.ts';

class MemoryStore implements KeyValueStore {
  items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('saved assessment', () => {
  it('survives a save and a load', () => {
    const store = new MemoryStore();
    const record = { ...emptyAssessment(1, 10), organization: 'Acme', answers: { 'change.process': { value: 2 as const, note: 'CAB minutes', at: 5 } } };
    expect(saveAssessment(store, record, null)).toMatchObject({ status: 'saved', merged: false });
    expect(loadAssessment(store)).toEqual({ status: 'loaded', record });
  });

  it('keeps evidence with the answers, including an item whose title is still being typed', () => {
    const store = new MemoryStore();
    const evidence = [
      { title: 'CAB minutes', ref: 'https://wiki.example/cab', owner: 'Ana', collected: '2026-10-01', reviewBy: '2027-04-01' },
      { title: '', ref: '', owner: '' },
    ];
    const record = { ...emptyAssessment(1, 10), answers: { 'change.process': { value: 2 as const, evidence, at: 5 } } };
    saveAssessment(store, record, null);
    expect(loadAssessment(store)).toEqual({ status: 'loaded', record });
    // Records saved before evidence existed still load unchanged.
    const before = { ...emptyAssessment(1, 10), answers: { 'change.process': { value: 2 as const, at: 5 } } };
    store.setItem(SAVED_KEY, JSON.stringify(before));
    expect(loadAssessment(store)).toEqual({ status: 'loaded', record: before });
  });

  it('keeps unreadable data aside for download instead of losing it', () => {
    const store = new MemoryStore();
    store.setItem(SAVED_KEY, '{"format":"converge-assessment", oops');
    const result = loadAssessment(store);
    expect(result.status).toBe('damaged');
    expect(result.status === 'damaged' && result.message).toContain('not valid JSON');
    expect(store.getItem(damagedKey())).toBe('{"format":"converge-assessment", oops');
    expect(store.getItem(SAVED_KEY)).toBeNull();
  });

  it('merges another tab’s answers rather than overwriting them', () => {
    const store = new MemoryStore();
    const base = emptyAssessment(1, 1);
    const seen = JSON.stringify(base);
    store.setItem(SAVED_KEY, seen);
    // Tab B answers one question and saves.
    const tabB = { ...base, answers: { 'incident.process': { value: 3 as const, at: 20 } } };
    saveAssessment(store, tabB, seen);
    // Tab A, which last saw the base record, answers another.
    const tabA = { ...base, answers: { 'change.process': { value: 1 as const, at: 30 } } };
    const saved = saveAssessment(store, tabA, seen);
    expect(saved).toMatchObject({ status: 'saved', merged: true });
    const loaded = loadAssessment(store);
    expect(loaded.status === 'loaded' && Object.keys(loaded.record.answers).sort()).toEqual(['change.process', 'incident.process']);
  });

  it('keeps the newer of two answers to the same question', () => {
    const a = { ...emptyAssessment(1, 1), answers: { q: { value: 1 as const, at: 5 } } };
    const b = { ...emptyAssessment(1, 2), answers: { q: { value: 4 as const, at: 9 } } };
    expect(mergeAssessments(a, b).answers['q']!.value).toBe(4);
    expect(mergeAssessments(b, a).answers['q']!.value).toBe(4);
  });

  it('says so when storage is full, and keeps the record in memory', () => {
    const store = new MemoryStore();
    store.full = true;
    const result = saveAssessment(store, emptyAssessment(1), null);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toContain('storage for this site is full');
  });
});
