import { describe, expect, it } from 'vitest';
import { audiencePhrase } from '../../src/site/audience.ts';

describe('audience phrase', () => {
  it('lower-cases the first letter so it reads mid-sentence', () => {
    expect(audiencePhrase('Change managers, CAB members')).toBe('change managers, CAB members');
    expect(audiencePhrase('Mixed security and IT operations teams')).toBe('mixed security and IT operations teams');
  });
  it('keeps an acronym or a name as written', () => {
    expect(audiencePhrase('IAM teams, service desk staff')).toBe('IAM teams, service desk staff');
    expect(audiencePhrase('DevOps engineers')).toBe('DevOps engineers');
    expect(audiencePhrase('CISOs and their deputies')).toBe('CISOs and their deputies');
  });
});
