import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/graph/read-yaml.ts';

describe('parseYaml', () => {
  it('gives the same result for an unchanged file, which whoever reads it cannot spoil', () => {
    const text = 'title: Change enablement\nrelations:\n  requires: [a, b]\n';
    const first = parseYaml(text, 'concepts/x.mdx', 2);
    (first.source!.data as { title: string }).title = 'changed by a reader';
    const again = parseYaml(text, 'concepts/x.mdx', 2);
    expect(again.source!.data).toEqual({ title: 'Change enablement', relations: { requires: ['a', 'b'] } });
    expect(again.source!.lineOf(['relations', 'requires'])).toBe(4);
  });

  it('parses a changed file again, and reports its errors at their lines', () => {
    parseYaml('title: A\n', 'concepts/y.mdx', 2);
    expect(parseYaml('title: B\n', 'concepts/y.mdx', 2).source!.data).toEqual({ title: 'B' });
    const broken = parseYaml('title: B\nrelations: [a\n', 'concepts/y.mdx', 2);
    expect(broken.source).toBeUndefined();
    expect(broken.problems[0]).toMatchObject({ file: 'concepts/y.mdx', message: expect.stringContaining('is not valid YAML') });
  });
});
