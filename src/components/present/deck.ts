// The presentation's rules without the DOM: which key does what, where a move lands, what the
// hash names, and what the two windows say to each other. The page scripts only wire these up.

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'notes' | 'leave';

/** The action of a key press, or undefined for a key the deck leaves alone (and to the browser). */
export function keyAction(event: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean }): DeckAction | undefined {
  // Alt+← is the browser's Back, Ctrl+F its find: modified keys stay the browser's.
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  switch (event.key) {
    case 'ArrowRight': case 'ArrowDown': case 'PageDown': return 'next';
    // Shift+Space goes back, as it scrolls up on any page.
    case ' ': case 'Spacebar': return event.shiftKey ? 'previous' : 'next';
    case 'ArrowLeft': case 'ArrowUp': case 'PageUp': return 'previous';
    case 'Home': return 'first';
    case 'End': return 'last';
    case 'f': case 'F': return 'fullscreen';
    case 'n': case 'N': return 'notes';
    case 'Escape': return 'leave';
    default: return undefined;
  }
}

/** Where a move from `index` (0-based) lands in a deck of `total` steps; it stops at either end. */
export function moveTo(index: number, action: 'next' | 'previous' | 'first' | 'last', total: number): number {
  const target = action === 'next' ? index + 1 : action === 'previous' ? index - 1 : action === 'first' ? 0 : total - 1;
  return clampStep(target, total);
}

export const clampStep = (index: number, total: number) => Math.min(Math.max(0, index), Math.max(0, total - 1));

/** The step (0-based) a hash such as "#3" names (1-based, as people count); the first for anything else. */
export function stepFromHash(hash: string, total: number): number {
  const m = /^#?(\d{1,4})$/.exec(hash);
  return m ? clampStep(Number(m[1]) - 1, total) : 0;
}

/** The hash for a step (0-based): "#3" for the third. */
export const hashOf = (index: number) => `#${index + 1}`;

/** Presentation and presenter view of one path share a channel; another path's deck is not disturbed. */
export const channelName = (pathId: string) => `converge-present:${pathId}`;

/** What the windows of one deck say: "I am at step n", or "where are we?" from a window just opened. */
export type DeckMessage = { kind: 'at'; step: number } | { kind: 'where' };

/** A message from the channel, or undefined if it is not one of ours. */
export function readMessage(data: unknown): DeckMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.kind === 'where') return { kind: 'where' };
  if (m.kind === 'at' && Number.isInteger(m.step) && (m.step as number) >= 0) return { kind: 'at', step: m.step as number };
  return undefined;
}

/** Elapsed time as the presenter reads it: "4:05", or "1:02:09" past an hour. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
