import { describe, expect, it } from 'vitest';
import { unfinishedFiles } from '../../src/authoring/unfinished-files.ts';

// `npm run new` writes valid files full of "TODO:" placeholders so a draft can be previewed;
// none may reach the published content.
describe('the real content', () => {
  it('holds no placeholder left by npm run new', () => {
    expect(unfinishedFiles('content').map(({ file, placeholders }) => `${file}:${placeholders[0]!.line} ${placeholders[0]!.text}`)).toEqual([]);
  });
});
