import { describe, expect, it } from 'vitest';
import { countBits, highlightWords, trimSnippet } from '../../src/search/snippet.ts';

const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

describe('snippets', () => {
  it('highlights every form a query word matched, and says which words it covered', () => {
    const text = 'Changes reach the change advisory board; the Board votes.';
    const { highlights, covered } = highlightWords(text, [new Set(['change', 'changes']), new Set(['board']), new Set(['absent'])]);
    expect(marked(text, highlights)).toEqual(['Changes', 'change', 'board', 'Board']);
    expect(covered).toBe(0b011);
    expect(countBits(covered)).toBe(2);
  });

  it('joins adjacent matched words into one highlight', () => {
    const text = 'the joint change advisory board meets';
    const { highlights } = highlightWords(text, [new Set(['joint']), new Set(['change']), new Set(['advisory'])]);
    expect(marked(text, highlights)).toEqual(['joint change advisory']);
  });

  it('leaves short snippets whole', () => {
    const snippet = { text: 'short', highlights: [[0, 5]] as [number, number][] };
    expect(trimSnippet(snippet)).toBe(snippet);
  });

  it('cuts long text around the first highlight, on word boundaries, moving the highlights along', () => {
    const text = `${'lorem ipsum '.repeat(30)}the needle is here ${'dolor sit '.repeat(30)}`;
    const start = text.indexOf('needle');
    const trimmed = trimSnippet({ text, highlights: [[start, start + 6]] }, 80);
    expect(trimmed.text.length).toBeLessThanOrEqual(82);
    expect(trimmed.text.startsWith('…')).toBe(true);
    expect(trimmed.text.endsWith('…')).toBe(true);
    expect(marked(trimmed.text, trimmed.highlights)).toEqual(['needle']);
    expect(trimmed.text).toMatch(/^…\w/);
  });
});
