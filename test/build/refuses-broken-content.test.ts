import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/build-site.ts';

describe('broken content', () => {
  const expected = 'test/fixtures/missing-relation/concepts/change-enablement.mdx:6  relations.requires[0] "incident-managment" names no concept (did you mean "incident-management"?)';

  it('stops the build, naming the file, the field and the bad id, without a stack trace', () => {
    const { status, output } = astroBuild({ outDir: '.cache/test-site/broken', contentDir: 'test/fixtures/missing-relation' });
    expect(status).not.toBe(0);
    expect(output).toContain(expected);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('makes npm run validate exit non-zero with the same line', () => {
    const result = spawnSync('node', ['scripts/validate.ts', 'test/fixtures/missing-relation'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(expected);
  });

  it('stops the build on a search synonym naming a missing concept, with file, line, field and value', () => {
    const line = 'test/fixtures/broken-synonyms/synonyms.yaml:8  [1].concepts[0] "change-enablment" names no concept (did you mean "change-enablement"?)';
    const { status, output } = astroBuild({ outDir: '.cache/test-site/broken-synonyms', contentDir: 'test/fixtures/broken-synonyms' });
    expect(status).not.toBe(0);
    expect(output).toContain(line);
    const result = spawnSync('node', ['scripts/validate.ts', 'test/fixtures/broken-synonyms'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(line);
  });
});
