import type { Direction } from '../../assessment/compare.ts';
import type { AssessmentModel } from '../../schema/assessment.ts';

/** A score as pages show it: one decimal, or a dash when not scored. */
export const fixed = (n: number | null) => (n === null ? '–' : n.toFixed(1));

/** "2 · Coordinated", or "not scored". */
export const levelName = (model: AssessmentModel, level: number | null) => (level === null ? 'not scored' : `${level} · ${model.levels[level]!.name}`);

/** A change in words, which the arrow beside it only repeats: "up 0.7", "down 1.0", "same". */
export function changeWords(delta: number | null, direction: Direction | null): string {
  if (delta === null || direction === null) return 'not comparable';
  return direction === 'same' ? 'same' : `${direction} ${Math.abs(delta).toFixed(1)}`;
}

export const ARROWS: Record<Direction, string> = { up: '▲', down: '▼', same: '=' };
