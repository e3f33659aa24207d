import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionsByVersion, readVersionLock } from '../../src/assessment/read-model.ts';
import { readScorecard } from '../../src/assessment/scorecard.ts';
import { decodeShareFragment, encodeShareFragment } from '../../src/assessment/share-link.ts';
import { scorecardSchema } from '../../src/schema/scorecard.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { hostileScorecards, seeded } from '../support/hostile-scorecards.ts';

const model = validateContent().assessment!;
const versions = questionsByVersion(model, readVersionLock('content/assessment'));
const valid = readScorecard(readFileSync('test/fixtures/scorecards/acme-platform-security.json', 'utf8'), model, versions);
if (!valid.ok) throw new Error(valid.error);

describe('hostile scorecards (seeded fuzz)', { timeout: 120_000 }, () => {
  it('survives 10,000 damaged files: none throws, each is refused with a readable message or read into a valid scorecard', () => {
    const inputs = hostileScorecards(valid.scorecard, 10_000);
    const refused = new Map<string, number>();
    for (const { kind, text } of inputs) {
      let read;
      try {
        read = readScorecard(text, model, versions);
      } catch (error) {
        throw new Error(`${kind} input crashed the reader: ${(error as Error).message}\n${text.slice(0, 200)}`);
      }
      if (read.ok) {
        // Whatever got through is a well-formed scorecard of the current model, with recomputed results.
        expect(scorecardSchema.safeParse(read.scorecard).success, kind).toBe(true);
        expect(read.scorecard.modelVersion).toBe(model.modelVersion);
      } else {
        expect(read.error.length, kind).toBeGreaterThan(20);
        expect(read.error.length, kind).toBeLessThan(1_000);
        refused.set(kind, (refused.get(kind) ?? 0) + 1);
      }
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    // Every class of damage that cannot be a valid file was refused every time.
    for (const kind of ['truncated', 'hugeString', 'futureVersion', 'notAScorecard']) expect(refused.get(kind), kind).toBe(1000);
  });

  it('keeps text as data: markup and odd unicode come back exactly as written', () => {
    const organization = '<img src=x onerror="window.pwned=1"> \u202Eevil 👩🏽‍💻';
    const read = readScorecard(JSON.stringify({ ...valid.scorecard, organization }), model, versions);
    expect(read.ok && read.scorecard.organization).toBe(organization);
  });

  it('survives 10,000 damaged share links: none throws, each is refused or decodes to text the reader judges', async () => {
    const rand = seeded(7);
    const good = await encodeShareFragment(valid.scorecard, versions.get(model.modelVersion)!);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_%#.~';
    for (let i = 0; i < 10_000; i++) {
      const body = good.slice(3);
      const fragment = [
        () => `v1.${body.slice(0, rand.int(body.length))}`, // cut short
        () => `v1.${body.slice(0, rand.int(body.length))}${rand.pick([...alphabet])}${body.slice(rand.int(body.length))}`, // bit rot
        () => `v1.${Array.from({ length: rand.int(400) }, () => rand.pick([...alphabet])).join('')}`, // noise
        () => `v${rand.int(20)}.${body}`, // other versions
        () => rand.pick(['', '#', 'v1.', 'v1.====', '%', '#v1.%00']),
      ][i % 5]!();
      let decoded;
      try {
        decoded = await decodeShareFragment(fragment, versions);
      } catch (error) {
        throw new Error(`share link crashed the decoder: ${(error as Error).message}: ${fragment.slice(0, 80)}`);
      }
      if (decoded.ok) {
        const read = readScorecard(decoded.text, model, versions);
        if (!read.ok) expect(read.error.length).toBeGreaterThan(20);
      } else expect(decoded.error.length).toBeGreaterThan(20);
    }
  });
});
