import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `value`, if it is close enough to be a likely typo:
 * within a third of the value's length in edits, or sharing its words in another order.
 */
export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  const wanted = value.toLowerCase();
  const words = (s: string) => s.toLowerCase().split(/[-_\s]+/).sort().join(' ');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    if (words(candidate) === words(value)) return candidate;
    const d = distance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const tolerance = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}
