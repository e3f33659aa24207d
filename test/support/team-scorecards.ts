// Eight teams of one organization, made from one fixture scorecard by changing the team, the date
// and the answers: enough rows to see whether the aggregate heatmap fits a screen and a page.
import { readFileSync } from 'node:fs';
import type { Scorecard } from '../../src/schema/scorecard.ts';

export const TEAMS = ['Platform Operations', 'App Support EMEA', 'Cloud Platform', 'Data Center Ops', 'Identity Team', 'Network Engineering', 'Service Desk', 'SRE'] as const;

/** `[file name, JSON text]` per team: each team's answers sit around its own level, varying by question. */
export function teamScorecards(organization = 'Acme Corp', teams: readonly string[] = TEAMS): [string, string][] {
  const base = JSON.parse(readFileSync('test/fixtures/scorecards/acme-platform-2026-10.json', 'utf8')) as Scorecard;
  const ids = Object.keys(base.answers);
  return teams.map((team, t) => {
    const centre = [2, 2, 1.6, 0.4, 3.3, 1.6, 2.3, 3.4][t % 8]!;
    const dimensions = [...new Set(ids.map((id) => id.split('.')[0]!))];
    // Each team is stronger in some dimensions and weaker in others, and its questions vary a little.
    const lean = (id: string) => (((dimensions.indexOf(id.split('.')[0]!) * 5 + t * 3) % 7) - 3) * 0.35;
    const answers = Object.fromEntries(ids.map((id, i) => [id, { value: Math.max(0, Math.min(4, Math.round(centre + lean(id) + (((i * 7 + t) % 3) - 1) * 0.4))) }]));
    const day = String(1 + ((t * 4) % 28)).padStart(2, '0');
    const scorecard = { ...base, organization, team, assessor: 'Test assessor', date: `2026-11-${day}`, answers };
    return [`${team.toLowerCase().replace(/\W+/g, '-')}.json`, JSON.stringify(scorecard)];
  });
}
