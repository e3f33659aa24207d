import { describe, expect, it } from 'vitest';
import { conceptPath, joinBase } from '../../src/site/url.ts';

describe('site URLs', () => {
  it('puts every path under the base, with or without slashes', () => {
    expect(joinBase('/', conceptPath('x'))).toBe('/concepts/x/');
    expect(joinBase('/converge/', 'concepts/')).toBe('/converge/concepts/');
    expect(joinBase('/converge', '/concepts/')).toBe('/converge/concepts/');
    expect(joinBase('/converge/', '')).toBe('/converge/');
  });
});
