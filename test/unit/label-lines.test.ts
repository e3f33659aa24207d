import { describe, expect, it } from 'vitest';
import { labelLines } from '../../src/graph/label-lines.ts';

describe('a graph label broken into lines', () => {
  it('keeps a short title on one line', () => {
    expect(labelLines('Change enablement', 24)).toEqual(['Change enablement']);
  });

  it('wraps at spaces and never truncates when lines are unlimited', () => {
    const lines = labelLines('Integrating security with IT operations', 24);
    expect(lines).toEqual(['Integrating security', 'with IT operations']);
    expect(lines.join(' ')).toBe('Integrating security with IT operations');
  });

  it('ends the last allowed line in an ellipsis when the title is longer', () => {
    const lines = labelLines('Security acceptance criteria in release readiness', 20, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(21);
  });

  it('cuts a single word longer than a line', () => {
    expect(labelLines('Supercalifragilistic', 10)).toEqual(['Supercali…']);
  });
});
