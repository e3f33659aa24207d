import { describe, expect, it } from 'vitest';
import { channelName, formatElapsed, hashOf, keyAction, moveTo, readMessage, stepFromHash } from '../../src/components/present/deck.ts';

describe('the presentation deck', () => {
  it('maps the keys a presenter (or a clicker) sends, and leaves modified keys to the browser', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((key) => keyAction({ key }))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((key) => keyAction({ key }))).toEqual(['previous', 'previous']);
    expect(keyAction({ key: ' ', shiftKey: true })).toBe('previous');
    expect([keyAction({ key: 'Home' }), keyAction({ key: 'End' })]).toEqual(['first', 'last']);
    expect([keyAction({ key: 'f' }), keyAction({ key: 'F' }), keyAction({ key: 'n' }), keyAction({ key: 'Escape' })]).toEqual(['fullscreen', 'fullscreen', 'notes', 'leave']);
    expect(keyAction({ key: 'ArrowLeft', altKey: true })).toBeUndefined();
    expect(keyAction({ key: 'f', ctrlKey: true })).toBeUndefined();
    expect(keyAction({ key: 'x' })).toBeUndefined();
  });

  it('stops at either end of the deck', () => {
    expect(moveTo(0, 'previous', 5)).toBe(0);
    expect(moveTo(4, 'next', 5)).toBe(4);
    expect(moveTo(2, 'next', 5)).toBe(3);
    expect(moveTo(2, 'first', 5)).toBe(0);
    expect(moveTo(0, 'last', 5)).toBe(4);
  });

  it('reads the step from the hash as people count, clamped to the deck', () => {
    expect(stepFromHash('#3', 5)).toBe(2);
    expect(stepFromHash('#99', 5)).toBe(4);
    expect(stepFromHash('#0', 5)).toBe(0);
    expect(stepFromHash('', 5)).toBe(0);
    expect(stepFromHash('#step-3', 5)).toBe(0);
    expect(hashOf(2)).toBe('#3');
  });

  it('accepts only its own messages on a channel named for the path', () => {
    expect(channelName('a')).not.toBe(channelName('b'));
    expect(readMessage({ kind: 'at', step: 3 })).toEqual({ kind: 'at', step: 3 });
    expect(readMessage({ kind: 'where' })).toEqual({ kind: 'where' });
    expect(readMessage({ kind: 'at', step: -1 })).toBeUndefined();
    expect(readMessage({ kind: 'at', step: '3' })).toBeUndefined();
    expect(readMessage('at')).toBeUndefined();
    expect(readMessage(null)).toBeUndefined();
  });

  it('shows elapsed time as minutes and seconds, with hours past the hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
