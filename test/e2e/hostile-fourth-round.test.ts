/** Hardening, fourth round: values that used to break the step or slip past a refusal. */

import { describe, expect, it } from 'vitest';
import { cli, file } from '../support/cli';
import { AUTHENTICATE, runStep } from '../support/run-step';
import { withEmulator } from '../support/world';

const emu = withEmulator();

describe('hardening, fourth round', () => {
  it('a 100,000-character BITRISE_APP_SLUG: the step succeeds, and the user agent leaves the slug out', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ BITRISE_APP_SLUG: 'a'.repeat(100_000) }));
    expect(run.code, run.stdout).toBe(0);
    expect(emu.sts.userAgents.at(-1)).not.toContain('bitrise-app');
    expect(emu.sts.userAgents.at(-1)?.length).toBeLessThan(1000);
  });

  it('a secret flag is refused on every command, whatever else is given', async () => {
    const token = file('token.jwt', 'a.b.c');
    for (const args of [
      ['doctor', '--token-file', token, '--build-api-token', 'not-on-the-command-line'],
      ['setup', '--format', 'terraform', '--sub-like', 'app:x:*', '--build-api-token', 'not-on-the-command-line'],
      [
        'trust-policy',
        '--account',
        '123456789012',
        '--sub',
        'app:x',
        '--web-identity-token',
        'not-on-the-command-line',
      ],
      ['token', '--audience', 'sts.amazonaws.com', '--build-api-token=not-on-the-command-line'],
    ]) {
      const result = await cli(args);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('would put a secret on the command line');
      expect(result.stdout).toBe('');
    }
  });
});
