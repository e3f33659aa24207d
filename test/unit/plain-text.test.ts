import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/search/plain-text.ts';

describe('markdownToText', () => {
  it('keeps the words a reader sees and drops the markup around them', () => {
    const mdx = [
      "import Aside from '../components/Aside.astro';",
      '',
      '## Why it matters',
      '',
      'A **bold** claim, an *emphasised* one and `code`, with a [link](https://example.org/x).',
      '',
      '- **Gaming the questions**: requesters learn.',
      '1. First step',
      '',
      '> quoted',
      '',
      '<Aside type="tip">Inside a component</Aside>',
      '{/* an MDX comment */}',
      '![Diagram of the flow](flow.png)',
    ].join('\n');
    const text = markdownToText(mdx);
    expect(text).toContain('Why it matters');
    expect(text).toContain('A bold claim, an emphasised one and code, with a link.');
    expect(text).toContain('Gaming the questions: requesters learn.');
    expect(text).toContain('First step');
    expect(text).toContain('Inside a component');
    expect(text).toContain('Diagram of the flow');
    for (const gone of ['import', '##', '**', 'https', 'example.org', 'Aside', 'MDX comment', 'flow.png', '> ']) expect(text).not.toContain(gone);
  });

  it('leaves underscores inside words alone', () => {
    expect(markdownToText('Set max_session_age and _this_ too.')).toBe('Set max_session_age and this too.');
  });

  it('drops a frontmatter block if one is passed', () => {
    expect(markdownToText('---\ntitle: X\n---\nBody text')).toBe('Body text');
  });
});
