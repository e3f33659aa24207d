import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { questionIds } from '../../src/assessment/read-model.ts';
import { readScorecard, toScorecard } from '../../src/assessment/scorecard.ts';
import { decodeShareFragment, encodeShareFragment, SHARE_LINK_COMFORT } from '../../src/assessment/share-link.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import type { AnswerValue } from '../../src/schema/assessment.ts';

const model = validateContent().assessment!;
const ids = questionIds(model);
const versions = new Map([[model.modelVersion, ids]]);
const CHOICES: AnswerValue[] = [0, 1, 2, 3, 4, 'na', 'unknown'];
const full = toScorecard(model, Object.fromEntries(ids.map((id, i) => [id, { value: CHOICES[(i * 3) % 7]! }])), { change: 4, governance: 1 }, {
  organization: 'Acme Bank plc',
  team: 'Platform operations',
  assessor: 'R. Okafor',
  date: '2026-11-23',
});

async function roundTrip(fragment: string) {
  const decoded = await decodeShareFragment(fragment, versions);
  if (!decoded.ok) throw new Error(decoded.error);
  const read = readScorecard(decoded.text, model, versions);
  if (!read.ok) throw new Error(read.error);
  return read.scorecard;
}

describe('share links', () => {
  it('round-trips a full assessment: the link opens to the identical scorecard', async () => {
    expect(await roundTrip(await encodeShareFragment(full, ids))).toEqual(full);
  });

  it('carries evidence only when asked to, and then exactly', async () => {
    const evidence = [
      { title: 'CAB minutes', ref: 'https://wiki.example/cab', owner: 'Ana', collected: '2026-01-10', reviewBy: '2026-06-30' },
      { title: 'Risk rule', ref: '', owner: '' },
    ];
    const withEvidence = { ...full, answers: { ...full.answers, [ids[2]!]: { ...full.answers[ids[2]!], evidence } } };
    const left = await roundTrip(await encodeShareFragment(withEvidence, ids));
    expect(left.answers[ids[2]!]!.evidence).toBeUndefined();
    expect(left).toEqual(full);
    const included = await roundTrip(await encodeShareFragment(withEvidence, ids, { evidence: true }));
    expect(included).toEqual(withEvidence);
  });

  it('refuses a link whose evidence is malformed, through the file checks', async () => {
    const packed = { m: model.modelVersion, o: 'A', t: '', a: '', d: '2026-11-23', s: '2', g: '', e: { '0': [['', 'x', 'y', 'z', 'w']] } };
    const fragment = `v1.${deflateRawSync(JSON.stringify(packed)).toString('base64url')}`;
    const decoded = await decodeShareFragment(fragment, versions);
    const read = decoded.ok ? readScorecard(decoded.text, model, versions) : decoded;
    expect(read.ok).toBe(false);
  });

  it('carries the perspective', async () => {
    expect((await roundTrip(await encodeShareFragment({ ...full, perspective: 'operations' }, ids))).perspective).toBe('operations');
  });

  it(`keeps a full ${ids.length}-question assessment under ${SHARE_LINK_COMFORT} characters`, async () => {
    const fragment = await encodeShareFragment(full, ids);
    expect(`https://converge.example.org/scorecard/#${fragment}`.length).toBeLessThan(SHARE_LINK_COMFORT);
  });

  it('carries notes when asked, and leaves them out when not', async () => {
    const withNote = { ...full, answers: { ...full.answers, [ids[0]!]: { value: 2 as const, note: 'CAB minutes <b>Q3</b>' } } };
    expect((await roundTrip(await encodeShareFragment(withNote, ids))).answers[ids[0]!]).toEqual({ value: 2, note: 'CAB minutes <b>Q3</b>' });
    expect((await roundTrip(await encodeShareFragment(withNote, ids, { notes: false }))).answers[ids[0]!]).toEqual({ value: 2 });
  });

  it('refuses a link cut short, with a message to ask again', async () => {
    const fragment = await encodeShareFragment(full, ids);
    const cut = await decodeShareFragment(fragment.slice(0, fragment.length / 2), versions);
    expect(cut.ok).toBe(false);
    expect(!cut.ok && cut.error).toContain('cut short');
  });

  it('refuses a link that inflates beyond any real scorecard', async () => {
    const bomb = deflateRawSync(Buffer.alloc(8 * 1024 * 1024, 32)).toString('base64url');
    const result = await decodeShareFragment(`v1.${bomb}`, versions);
    expect(result.ok).toBe(false);
  });

  it('refuses links of a newer format or an unknown model version', async () => {
    expect(await decodeShareFragment('v9.abc', versions)).toMatchObject({ ok: false, error: expect.stringContaining('newer Converge (link format 9)') });
    const other = await encodeShareFragment({ ...full, modelVersion: 7 }, ids);
    expect(await decodeShareFragment(other, versions)).toMatchObject({ ok: false, error: expect.stringContaining('model version 7') });
  });
});
