// Many valid scorecards of one organization, generated from a fixture: the bench times reading
// 1,000 of them and the scale test loads them into the pages. Seeded, so the same files every run.
import { readFileSync } from 'node:fs';
import type { Scorecard } from '../../src/schema/scorecard.ts';
import { seeded } from './hostile-scorecards.ts';

/**
 * `count` valid scorecards as [file name, JSON text]: answers around a level that drifts from
 * file to file, a date a week apart, and a third each answered against model versions 1, 2 and
 * 3, so most are migrated on reading. `teams` sets how many teams they are spread over.
 */
export function generateScorecards(count: number, teams: number, seed = 18): [string, string][] {
  const base = JSON.parse(readFileSync('test/fixtures/scorecards/acme-platform-2026-10.json', 'utf8')) as Scorecard;
  const ids = Object.keys(base.answers);
  const random = seeded(seed);
  let centre = 2;
  return Array.from({ length: count }, (_, i) => {
    centre = Math.max(0.5, Math.min(3.5, centre + (random.next() - 0.5) * 0.6));
    const answers = Object.fromEntries(ids.map((id) => [id, random.next() < 0.05 ? {} : { value: Math.max(0, Math.min(4, Math.round(centre + (random.next() - 0.5) * 2))), ...(random.next() < 0.1 && { note: `Evidence reviewed in week ${i}.` }) }]));
    const date = new Date(Date.UTC(2010, 0, 4) + i * 7 * 86_400_000).toISOString().slice(0, 10);
    const team = teams === 1 ? 'Platform Operations' : `Team ${String(i % teams).padStart(4, '0')}`;
    const scorecard = { ...base, team, date, modelVersion: 1 + Math.floor((i * 3) / count), answers };
    return [`${team.toLowerCase().replace(/\W+/g, '-')}-${date}.json`, JSON.stringify(scorecard)];
  });
}
