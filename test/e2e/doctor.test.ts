/**
 * End to end: the step explains a refusal by the local STS (whose trust rules are hand-written per role) with the
 * `trust_policy` input, or points to the doctor command it installed.
 */

import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { HOST, LOCKED, lockedTrust, policy } from '../support/policies';
import { AUTHENTICATE, runStep } from '../support/run-step';
import { withEmulator } from '../support/world';

const emu = withEmulator(async (emu) => {
  emu.sts.addRole({ arn: LOCKED, trust: lockedTrust });
});

describe('the step explains a refusal', () => {
  it('names the failing condition when trust_policy is given', async () => {
    const trust = JSON.stringify(policy('app:a1b2c3d4e5f60718:workflow:release'));
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ role_arn: LOCKED, trust_policy: trust }));
    expect(run.code).toBe(3);
    expect(emu.sts.calls).toHaveLength(1);
    expect(run.stdout).toContain(
      `[pass] StringEquals ${HOST}:aud: expected "sts.amazonaws.com"; token "sts.amazonaws.com"`,
    );
    expect(run.stdout).toContain(
      `[FAIL] StringEquals ${HOST}:sub: expected "app:a1b2c3d4e5f60718:workflow:release"; token "${emu.bitrise.subject}"`,
    );
    expect(run.stdout).toContain('Verdict: DENIED.');
    expect(run.calls).toEqual([]);
  });

  it('points to doctor without trust_policy', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ role_arn: LOCKED }));
    expect(run.code).toBe(3);
    // The hint names the CLI the step installed outside its own folder (which Bitrise empties before the next step),
    // and that command runs.
    const command = /`(\S+) doctor --trust-policy trust\.json`/.exec(run.stdout);
    expect(command?.[1]).toBe(`${run.home}/.authenticate-with-aws/bin/authenticate-with-aws`);
    const help = await execa(command?.[1] ?? '', ['doctor', '--help'], { reject: false });
    expect(help.stdout).toContain('--trust-policy');
  });

  it('refuses a trust_policy that is not a policy, before any call', async () => {
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ role_arn: LOCKED, trust_policy: '{"Version":"2012-10-17"}' }),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('`trust_policy`');
    expect(emu.sts.calls).toEqual([]);
  });

  it('shows a condition on app_slug both ways, as STS refuses it', async () => {
    const role = 'arn:aws:iam::123456789012:role/app-slug-condition';
    const trust = policy(emu.bitrise.subject, { [`${HOST}:app_slug`]: emu.bitrise.claims.app_slug });
    // IAM sets no :app_slug key for this provider, so StringEquals on it is false: the role refuses every token.
    emu.sts.addRole({ arn: role, trust: () => false });
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ role_arn: role, trust_policy: JSON.stringify(trust) }));
    expect(run.code).toBe(3);
    expect(run.stdout).toContain(`[FAIL] StringEquals ${HOST}:app_slug`);
    expect(run.stdout).toContain(
      'As documented, the verdict is DENIED; if IAM did set it from the token, it would be ALLOWED.',
    );
  });
});
