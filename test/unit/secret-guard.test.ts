/** The suite-wide secret guard (test/support/secrets.ts), held to what it must find. */
import { describe, expect, it } from 'vitest';
import { findLeaks } from '../support/secrets';

describe('the secret guard', () => {
  it('finds a secret inside any capture and nothing else', () => {
    const leaks = findLeaks(
      ['secret-one', 'secret-two'],
      [
        { label: 'stdout', text: 'ok' },
        { label: 'stderr', text: 'xx secret-two yy' },
      ],
    );
    expect(leaks).toEqual([{ label: 'stderr', secretStart: 'secret…' }]);
    expect(findLeaks(['secret-one'], [{ label: 'a', text: 'secret-on' }])).toEqual([]);
  });
});
