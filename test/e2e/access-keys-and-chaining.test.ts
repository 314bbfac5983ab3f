/** End to end: IAM users' access keys (with and without a role to assume), and role chaining. */

import { describe, expect, it } from 'vitest';
import { AUTHENTICATE, runStep } from '../support/run-step';
import { withEmulator } from '../support/world';

const SECOND = 'arn:aws:iam::210987654321:role/deployer';
let user: { accessKeyId: string; secretAccessKey: string };

const emu = withEmulator(async (emu) => {
  user = emu.sts.addUser('arn:aws:iam::123456789012:user/ci');
  emu.sts.addRole({
    arn: SECOND,
    trustedPrincipals: [`arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42`],
  });
});

describe('access keys', () => {
  it('assume the role with AssumeRole signed by the keys, without the Bitrise API', async () => {
    const run = await runStep(AUTHENTICATE, {
      ...emu.stepEnv({ access_key_id: user.accessKeyId, secret_access_key: user.secretAccessKey }),
      build_url: '',
      build_api_token: '',
    });
    expect(run.code, run.stdout).toBe(0);
    expect(emu.bitrise.requests).toEqual([]);
    expect(emu.sts.calls.map((c) => [c.params.Action, c.signedBy])).toEqual([['AssumeRole', user.accessKeyId]]);
    expect(run.published.get('AWS_SESSION_TOKEN')?.value).toBe(emu.sts.issued.at(-1)?.sessionToken);
    expect(run.stdout).toContain('- access_key_id: [REDACTED]');
  });

  it('without a role, are checked with GetCallerIdentity and published as they are', async () => {
    const run = await runStep(AUTHENTICATE, {
      ...emu.stepEnv({
        access_key_id: user.accessKeyId,
        secret_access_key: user.secretAccessKey,
        role_arn: '',
        export_identity_env: 'true',
      }),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(emu.sts.calls.map((c) => c.params.Action)).toEqual(['GetCallerIdentity']);
    expect(run.published.get('AWS_ACCESS_KEY_ID')?.value).toBe(user.accessKeyId);
    expect(run.published.get('AWS_SECRET_ACCESS_KEY')?.value).toBe(user.secretAccessKey);
    expect(run.published.get('AWS_SESSION_TOKEN')?.value).toBe('');
    expect(run.published.get('AWS_ASSUMED_ROLE_ARN')?.value).toBe('arn:aws:iam::123456789012:user/ci');
    expect(run.stdout).toContain('The access keys work');
  });

  it('that AWS does not know fail clearly', async () => {
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ access_key_id: 'AKIAUNKNOWNKEY123456', secret_access_key: 'nope-nope', role_arn: '' }),
    );
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('The access keys do not work');
    expect(run.stdout).toContain('UnrecognizedClientException');
    expect(run.calls).toEqual([]);
  });

  const refusals: Array<[string, Record<string, string>, string]> = [
    ['one key only', { access_key_id: 'AKIAABCDEFGHIJKLMNOP' }, 'secret_access_key'],
    [
      'keys and a token',
      { access_key_id: 'AKIAABCDEFGHIJKLMNOP', secret_access_key: 'x', web_identity_token: 'a.b.c' },
      'web_identity_token',
    ],
    ['export_env off without a profile', { export_env: 'false' }, 'export_env'],
    ['refresh without a profile', { refresh: 'true' }, 'refresh'],
    ['refresh with a token file', { refresh: 'true', profile_name: 'p', web_identity_token_file: '/t' }, 'refresh'],
    [
      'a chained session over an hour',
      { chain_role_arn: SECOND, chain_duration_seconds: '7200' },
      'chain_duration_seconds',
    ],
    ['a bad profile name', { profile_name: 'my profile' }, 'profile_name'],
  ];
  it.each(refusals)('refuses %s, naming the input, before any call', async (_name, inputs, key) => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv(inputs));
    expect(run.code, run.stdout).toBe(2);
    expect(run.stdout).toContain(`\`${key}\``);
    expect(emu.sts.calls).toEqual([]);
    expect(emu.bitrise.requests).toEqual([]);
  });
});

describe('role chaining', () => {
  it("assumes the second role signed with the first role's credentials and publishes the second's", async () => {
    const inputs = { chain_role_arn: SECOND, chain_session_name: 'chained', export_identity_env: 'true' };
    const run = await runStep(AUTHENTICATE, emu.stepEnv(inputs));
    expect(run.code, run.stdout).toBe(0);
    const [first, second] = emu.sts.issued.slice(-2);
    expect(emu.sts.calls.map((c) => [c.params.Action, c.signedBy])).toEqual([
      ['AssumeRoleWithWebIdentity', undefined],
      ['AssumeRole', first?.accessKeyId],
    ]);
    expect(emu.sts.calls[1]?.params).toMatchObject({
      RoleArn: SECOND,
      RoleSessionName: 'chained',
      DurationSeconds: '3600',
    });
    expect(run.published.get('AWS_SESSION_TOKEN')?.value).toBe(second?.sessionToken);
    expect(run.published.get('AWS_ACCOUNT_ID')?.value).toBe('210987654321');
  });
});
