/**
 * End to end: several roles in one step (`roles`, `roles_chain`), each written to its own profile and read back by the
 * real AWS CLI and boto3 with --profile; all or nothing; every bad line reported before any call.
 */

import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { AUTHENTICATE, runStep } from '../support/run-step';
import { have } from '../support/tools';
import { awsFiles, until, withEmulator } from '../support/world';

const HUB = 'arn:aws:iam::123456789012:role/bitrise-deploy';
const STAGING = 'arn:aws:iam::123456789012:role/staging-deploy';
const PRODUCTION = 'arn:aws:iam::210987654321:role/production-deploy';
const AUDIT = 'arn:aws:iam::123456789012:role/audit';
const REFUSING = 'arn:aws:iam::123456789012:role/refusing';
const HUB_SESSION = 'arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42';
const ROLES = `# one OIDC provider per account\nstaging=${STAGING}\n\n production = ${PRODUCTION}\naudit=${AUDIT}\n`;

const emu = withEmulator(async (emu) => {
  // Each role trusts the token (the emulator's default) and, for AssumeRole, the hub's session only.
  for (const arn of [STAGING, PRODUCTION, AUDIT]) emu.sts.addRole({ arn, trustedPrincipals: [HUB_SESSION] });
  emu.sts.addRole({ arn: REFUSING, trust: () => false, trustedPrincipals: [] });
});

/** The credentials file's sections: profile → access key ID. */
function keysByProfile(path: string): Map<string, string> {
  const found = new Map<string, string>();
  let section = '';
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const header = /^\[(.+)\]$/.exec(line);
    if (header) section = header[1] ?? '';
    const key = /^aws_access_key_id = (.+)$/.exec(line);
    if (key) found.set(section, key[1] ?? '');
  }
  return found;
}

const issuedFor = (roleArn: string) => {
  const [, , , , account, resource] = roleArn.split(':');
  const name = resource?.split('/').at(-1);
  return emu.sts.issued.filter((c) => c.assumedRoleArn.startsWith(`arn:aws:sts::${account}:assumed-role/${name}/`));
};

describe('roles: several roles in one step', () => {
  it('one token request, four exchanges with the same token, each profile holding its own role', async () => {
    const files = awsFiles();
    const inputs = { roles: ROLES, profile_name: 'main', export_identity_env: 'true', ...files };
    const run = await runStep(AUTHENTICATE, emu.stepEnv(inputs));
    expect(run.code, run.stdout).toBe(0);
    expect(emu.bitrise.tokenRequests).toHaveLength(1);
    const calls = emu.sts.calls.map((c) => c.params);
    expect(calls.map((p) => p.Action)).toEqual(Array(4).fill('AssumeRoleWithWebIdentity'));
    expect(new Set(calls.map((p) => p.WebIdentityToken)).size).toBe(1);
    expect(calls.map((p) => p.RoleArn).sort()).toEqual([HUB, STAGING, PRODUCTION, AUDIT].sort());
    const keys = keysByProfile(files.AWS_SHARED_CREDENTIALS_FILE);
    expect(keys.get('main')).toBe(issuedFor(HUB).at(-1)?.accessKeyId);
    expect(keys.get('staging')).toBe(issuedFor(STAGING).at(-1)?.accessKeyId);
    expect(keys.get('production')).toBe(issuedFor(PRODUCTION).at(-1)?.accessKeyId);
    expect(keys.get('audit')).toBe(issuedFor(AUDIT).at(-1)?.accessKeyId);
    // role_arn stays the main role: its credentials are the ones published.
    expect(run.published.get('AWS_ACCESS_KEY_ID')?.value).toBe(issuedFor(HUB).at(-1)?.accessKeyId);
    expect(run.published.get('AWS_ASSUMED_ROLE_ARN')?.value).toBe(HUB_SESSION);
  });

  it('with roles_chain, each role is assumed with AssumeRole signed by the hub session', async () => {
    const files = awsFiles();
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ roles: ROLES, roles_chain: 'true', chain_duration_seconds: '900', ...files }),
    );
    expect(run.code, run.stdout).toBe(0);
    const hub = issuedFor(HUB).at(-1);
    const chained = emu.sts.calls.filter((c) => c.params.Action === 'AssumeRole');
    expect(chained.map((c) => c.params.RoleArn).sort()).toEqual([STAGING, PRODUCTION, AUDIT].sort());
    for (const call of chained) {
      expect(call.signedBy).toBe(hub?.accessKeyId);
      expect(call.params.DurationSeconds).toBe('900');
    }
    expect(keysByProfile(files.AWS_SHARED_CREDENTIALS_FILE).get('production')).toBe(
      issuedFor(PRODUCTION).at(-1)?.accessKeyId,
    );
  });

  it('overlap in time: with every STS answer delayed, the roles are asked together', async () => {
    emu.sts.latencyMs = 400;
    // And then until the four requests have arrived (for at most 5 s), however slow the machine: a step that asked one
    // role after the other would send its second request only after the first answer, 5 s late.
    for (let i = 0; i < 4; i++) emu.sts.holds.push(() => until(() => emu.sts.calls.length >= 4, 5000));
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ roles: ROLES, ...awsFiles() }));
    expect(run.code, run.stdout).toBe(0);
    const calls = emu.sts.calls;
    expect(calls).toHaveLength(4);
    // Every request arrived before the first answer was sent.
    const firstAnswer = Math.min(...calls.map((c) => c.answeredAt ?? Number.POSITIVE_INFINITY));
    for (const call of calls) expect(call.receivedAt).toBeLessThan(firstAnswer);
  });

  it('one role refused: nothing is published, no profile is written, the error names the line and the role', async () => {
    const files = awsFiles();
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ roles: `${ROLES}broken=${REFUSING}`, profile_name: 'main', ...files }),
    );
    expect(run.code).toBe(3);
    expect(run.stdout).toContain(`\`roles\` line 6 (profile broken), ${REFUSING}:`);
    expect(run.stdout).toContain('AccessDenied');
    expect(run.published.size).toBe(0);
    expect(run.calls).toEqual([]);
    expect(() => readFileSync(files.AWS_SHARED_CREDENTIALS_FILE)).toThrow();
  });

  it('every bad line is refused with its number, before any call', async () => {
    const roles = [
      `good=${STAGING}`,
      'no-equals-sign',
      `bad name=${AUDIT}`,
      `good=${AUDIT}`,
      'main=arn:aws:iam::123456789012:role/x',
      'cn=arn:aws-cn:iam::123456789012:role/x',
      'notarole=arn:aws:iam::123456789012:user/x',
    ].join('\n');
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ roles, profile_name: 'main' }));
    expect(run.code).toBe(2);
    for (const line of [2, 3, 4, 5, 6, 7]) expect(run.stdout).toContain(`\`roles\` line ${line} `);
    expect(run.stdout).not.toContain('`roles` line 1 ');
    expect(emu.bitrise.tokenRequests).toHaveLength(0);
    expect(emu.sts.calls).toHaveLength(0);
  });

  it('more than 20 roles are refused', async () => {
    const roles = Array.from({ length: 21 }, (_, i) => `p${i}=${STAGING}`).join('\n');
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ roles }));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('at most 20');
  });

  describe.skipIf(!have('reading the roles back with the AWS clients', 'awsClients'))('read back', () => {
    it('by the AWS CLI and boto3 with --profile', async () => {
      const files = awsFiles();
      const run = await runStep(AUTHENTICATE, emu.stepEnv({ roles: ROLES, ...files }));
      expect(run.code, run.stdout).toBe(0);
      const env = { PATH: process.env.PATH ?? '', HOME: tmpdir(), AWS_ENDPOINT_URL_STS: emu.sts.url, ...files };
      for (const [profile, arn] of [
        ['staging', STAGING],
        ['production', PRODUCTION],
      ] as const) {
        const cli = await execa(
          'aws',
          ['--profile', profile, 'sts', 'get-caller-identity', '--query', 'Arn', '--output', 'text'],
          {
            env,
            extendEnv: false,
            reject: false,
          },
        );
        expect(cli.exitCode, cli.stderr).toBe(0);
        const role = arn.split('/').at(-1);
        expect(cli.stdout.trim()).toBe(`arn:aws:sts::${arn.split(':')[4]}:assumed-role/${role}/bitrise-42`);
        const boto = await execa(
          'python3',
          [
            '-c',
            `import boto3; print(boto3.Session(profile_name="${profile}").client("sts").get_caller_identity()["Arn"])`,
          ],
          { env, extendEnv: false, reject: false },
        );
        expect(boto.exitCode, boto.stderr).toBe(0);
        expect(boto.stdout.trim()).toBe(cli.stdout.trim());
      }
    });
  });
});
