import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/schema/did-you-mean.ts';

describe('did you mean', () => {
  const ids = ['change-enablement', 'incident-management', 'problem-management'];
  it('finds a transposition or a dropped letter', () => {
    expect(didYouMean('chnage-enablement', ids)).toBe('change-enablement');
    expect(didYouMean('incident-managment', ids)).toBe('incident-management');
  });
  it('finds the same words in another order', () => {
    expect(didYouMean('management-problem', ids)).toBe('problem-management');
  });
  it('stays silent when nothing is close', () => {
    expect(didYouMean('zero-trust', ids)).toBeUndefined();
  });
});
