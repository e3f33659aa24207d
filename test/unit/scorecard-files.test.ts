import { describe, expect, it } from 'vitest';
import { questionIds } from '../../src/assessment/read-model.ts';
import { toScorecard } from '../../src/assessment/scorecard.ts';
import { readScorecardFiles, readScorecardText, type LoadResult } from '../../src/components/scorecard-view/scorecard-files.ts';
import { SCORECARD_MAX_BYTES } from '../../src/schema/scorecard.ts';
import { makeModel } from '../support/assessment-model.ts';

const model = makeModel();
const versions = new Map([[model.modelVersion, questionIds(model)]]);
const read = (files: File[], chunk?: number) => readScorecardFiles<LoadResult>(files, (text, source) => readScorecardText(text, source, model, versions), (r) => r, chunk);
// Team names with characters of two, three and four bytes, so a text cut at the wrong byte would show.
const file = (i: number) => {
  const scorecard = toScorecard(model, { 'change.process': { value: (i % 5) as 0 | 1 | 2 | 3 | 4 } }, {}, { organization: 'Åcme', team: `Team ${i} 東京 🚀`, date: '2026-11-01' });
  return new File([JSON.stringify(scorecard)], `team-${i}.json`, { type: 'application/json' });
};

describe('reading many scorecard files', () => {
  it('reads 120 files in chunks, in order, each whole', async () => {
    const files = Array.from({ length: 120 }, (_, i) => file(i));
    const reads = await read(files, 50);
    expect(reads.map((r) => r.ok && r.scorecard.team)).toEqual(files.map((_, i) => `Team ${i} 東京 🚀`));
    expect(reads.map((r) => r.source)).toEqual(files.map((f) => f.name));
    expect(reads.map((r) => r.ok && r.result.dimensions[0]!.score)).toEqual(files.map((_, i) => i % 5));
  });

  it('refuses a bad or oversized file on its own and reads the files around it', async () => {
    const big = new File(['x'.repeat(SCORECARD_MAX_BYTES + 1)], 'big.json');
    const bad = new File(['{"format": "something else"}'], 'bad.json');
    const reads = await read([file(1), big, file(2), bad, file(3)], 2);
    expect(reads.map((r) => r.ok)).toEqual([true, false, true, false, true]);
    expect(!reads[1]!.ok && reads[1]!.error).toMatch(/larger than 1 MB/);
    expect(!reads[3]!.ok && reads[3]!.error).toMatch(/not a Converge scorecard/);
    expect(reads.map((r) => r.ok && r.scorecard.team)).toEqual(['Team 1 東京 🚀', false, 'Team 2 東京 🚀', false, 'Team 3 東京 🚀']);
  });

  it('drops a byte-order mark as reading one file does', async () => {
    const withMark = new File(['\uFEFF', await file(7).text()], 'bom.json');
    const [alone] = await read([withMark]);
    const [together] = await read([file(6), withMark], 10).then((r) => r.slice(1));
    expect(alone!.ok && alone!.scorecard.team).toBe('Team 7 東京 🚀');
    expect(together).toEqual(alone);
  });
});
