/**
 * Beyond the peers: a trust policy that admits the next build of the same app, `setup` in three formats (the aws-cli
 * commands run against moto, the CloudFormation template checked against the resource specification, the Terraform
 * parsed as HCL), a session length that negotiates, and a user agent CloudTrail can tie to the build. The rules that
 * judge the generated policies are written here, not taken from the product's evaluator.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { specification } from '@aws-cdk/cfnspec';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { execa } from 'execa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { Emulator } from '../../emulator/emulator';
import { MotoServer } from '../../emulator/moto';
import { cli } from '../support/cli';
import { AUTHENTICATE, runStep } from '../support/run-step';
import { recordCapture } from '../support/secrets';
import { stsError } from '../support/sts-answers';
import { findTool, have } from '../support/tools';

const withMoto = have('the setup tests against moto', 'moto', 'awsClients');
const SECOND = 'arn:aws:iam::210987654321:role/deployer';
const SHORT = 'arn:aws:iam::123456789012:role/short';
let emu: Emulator;
let moto: MotoServer | undefined;

beforeAll(async () => {
  emu = await Emulator.start();
  emu.sts.addRole({
    arn: SECOND,
    trustedPrincipals: ['arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42'],
  });
  emu.sts.addRole({ arn: SHORT, maxSessionDuration: 3600 });
  if (withMoto) moto = await MotoServer.start(findTool('moto_server'));
}, 40_000);
afterAll(async () => {
  moto?.close();
  await emu.close();
});
beforeEach(() => emu.reset());

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** The AWS CLI's environment as an administrator of moto's account (moto checks no signature). */
const adminOnMoto = (url: string) => ({
  PATH: process.env.PATH ?? '',
  HOME: tmpdir(),
  AWS_ACCESS_KEY_ID: 'AKIAMOTOADMIN0000000',
  AWS_SECRET_ACCESS_KEY: 'x',
  AWS_DEFAULT_REGION: 'eu-west-1',
  AWS_ENDPOINT_URL: url,
});

/** A token of one build, minted by the emulator's issuer, in a file (as the Get OIDC Identity Token step saves it). */
async function tokenFile(claims: Record<string, unknown>): Promise<string> {
  const file = join(tempDir('token-'), 'token.jwt');
  writeFileSync(file, await emu.issuer.mint({ aud: 'sts.amazonaws.com', ...claims }));
  return file;
}

const BUILD_1 = { sub: 'app:a1b2c3:build:b0001', app_slug: 'a1b2c3', build_slug: 'b0001', build_number: 7 };
const BUILD_2 = { sub: 'app:a1b2c3:build:b0002', app_slug: 'a1b2c3', build_slug: 'b0002', build_number: 8 };
const OTHER_APP = { sub: 'app:zz9988:build:b0003', app_slug: 'zz9988', build_slug: 'b0003', build_number: 9 };

/** IAM's StringLike, by this test's own rule: `*` any run of characters, `?` one character, the rest literal. */
function like(pattern: string, value: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${regex}$`).test(value);
}

/** Whether a generated one-statement policy admits a token's aud and sub, by this test's own rules. */
function admits(
  policy: { Statement: Array<{ Condition: Record<string, Record<string, string>> }> },
  claims: Record<string, unknown>,
): boolean {
  const condition = policy.Statement[0]?.Condition ?? {};
  const value = (key: string) => String(claims[key.split(':').at(-1) ?? ''] ?? '');
  const equals = Object.entries(condition.StringEquals ?? {}).every(([k, v]) => value(k) === v);
  const likes = Object.entries(condition.StringLike ?? {}).every(([k, v]) => like(v, value(k)));
  return equals && likes;
}

describe('trust-policy from a token admits the next build of the same app', () => {
  it('per-build parts of sub become wildcards: both builds of the app are admitted, another app is not', async () => {
    const result = await cli(['trust-policy', '--account', '123456789012', '--token-file', await tokenFile(BUILD_1)]);
    expect(result.exitCode, result.stderr).toBe(0);
    const policy = JSON.parse(result.stdout);
    expect(policy.Statement[0].Condition).toEqual({
      StringEquals: { 'token.builds.bitrise.io:aud': 'sts.amazonaws.com' },
      StringLike: { 'token.builds.bitrise.io:sub': 'app:a1b2c3:build:*' },
    });
    const aud = { aud: 'sts.amazonaws.com' };
    expect(admits(policy, { ...aud, ...BUILD_1 })).toBe(true);
    expect(admits(policy, { ...aud, ...BUILD_2 })).toBe(true);
    expect(admits(policy, { ...aud, ...OTHER_APP })).toBe(false);
    expect(result.stderr).toContain('carries per-build parts (build_slug), replaced by *');
  });

  it('a sub of nothing but per-build parts is refused', async () => {
    const result = await cli([
      'trust-policy',
      '--account',
      '123456789012',
      '--token-file',
      await tokenFile({ sub: 'b0001:7', build_slug: 'b0001', build_number: 7, app_slug: 'a1b2c3' }),
    ]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('keeps nothing that names the app');
  });
});

describe('setup', () => {
  it.skipIf(!withMoto)(
    '--format aws-cli: the commands create the provider and the role in moto, and the step assumes it',
    async () => {
      const url = moto?.url ?? '';
      const aws = (args: string[]) =>
        execa('aws', [...args, '--output', 'json'], {
          env: {
            PATH: process.env.PATH ?? '',
            HOME: tmpdir(),
            AWS_ACCESS_KEY_ID: 'AKIAMOTOADMIN0000000',
            AWS_SECRET_ACCESS_KEY: 'x',
            AWS_DEFAULT_REGION: 'eu-west-1',
            AWS_ENDPOINT_URL: url,
          },
          extendEnv: false,
          reject: false,
        });
      const policyName = `deploy-${Date.now()}`;
      expect(
        (
          await aws([
            'iam',
            'create-policy',
            '--policy-name',
            policyName,
            '--policy-document',
            '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}',
          ])
        ).exitCode,
      ).toBe(0);
      const token = await tokenFile(BUILD_1);
      const setupRun = await cli([
        'setup',
        '--format',
        'aws-cli',
        '--account',
        '123456789012',
        '--region',
        'eu-west-1',
        '--role-name',
        'bitrise-setup',
        '--max-session-duration',
        '7200',
        '--managed-policy-arn',
        `arn:aws:iam::123456789012:policy/${policyName}`,
        '--token-file',
        token,
      ]);
      expect(setupRun.exitCode, setupRun.stderr).toBe(0);
      expect(setupRun.stderr).toContain('- role_arn: "arn:aws:iam::123456789012:role/bitrise-setup"');
      const script = join(tempDir('setup-'), 'setup.sh');
      writeFileSync(script, setupRun.stdout);
      const applied = await execa('sh', [script], {
        env: adminOnMoto(url),
        extendEnv: false,
        reject: false,
      });
      expect(applied.exitCode, applied.stderr).toBe(0);

      const providers = JSON.parse((await aws(['iam', 'list-open-id-connect-providers'])).stdout);
      expect(JSON.stringify(providers)).toContain('oidc-provider/token.builds.bitrise.io');
      const role = JSON.parse((await aws(['iam', 'get-role', '--role-name', 'bitrise-setup'])).stdout).Role;
      expect(role.MaxSessionDuration).toBe(7200);
      const trust =
        typeof role.AssumeRolePolicyDocument === 'string'
          ? JSON.parse(decodeURIComponent(role.AssumeRolePolicyDocument))
          : role.AssumeRolePolicyDocument;
      expect(trust.Statement[0].Principal.Federated).toBe(
        'arn:aws:iam::123456789012:oidc-provider/token.builds.bitrise.io',
      );
      expect(trust.Statement[0].Condition.StringLike).toEqual({ 'token.builds.bitrise.io:sub': 'app:a1b2c3:build:*' });
      const attached = JSON.parse(
        (await aws(['iam', 'list-attached-role-policies', '--role-name', 'bitrise-setup'])).stdout,
      );
      expect(attached.AttachedPolicies.map((p: { PolicyName: string }) => p.PolicyName)).toEqual([policyName]);

      const run = await runStep(AUTHENTICATE, {
        ...emu.stepEnv({
          role_arn: 'arn:aws:iam::123456789012:role/bitrise-setup',
          region: 'eu-west-1',
          export_identity_env: 'true',
        }),
        AWS_ENDPOINT_URL_STS: url,
      });
      expect(run.code, run.stdout).toBe(0);
      expect(run.published.get('AWS_ASSUMED_ROLE_ARN')?.value).toBe(
        'arn:aws:sts::123456789012:assumed-role/bitrise-setup/bitrise-42',
      );
    },
  );

  /** The CloudFormation resource specification: types, properties (their kinds), required ones, attributes. */
  function checkAgainstSpec(template: Record<string, Record<string, unknown>>): void {
    const spec = specification();
    const kind = (value: unknown) =>
      Array.isArray(value)
        ? 'List'
        : typeof value === 'number'
          ? 'Integer'
          : typeof value === 'string'
            ? 'String'
            : 'Json';
    for (const [name, resource] of Object.entries(template.Resources ?? {})) {
      const { Type, Properties } = resource as { Type: string; Properties: Record<string, unknown> };
      const type = spec.ResourceTypes[Type];
      expect(type, `${name}: ${Type}`).toBeDefined();
      for (const [property, value] of Object.entries(Properties)) {
        const expected = type?.Properties?.[property] as { Type?: string; PrimitiveType?: string } | undefined;
        expect(expected, `${Type}.${property}`).toBeDefined();
        const want = expected?.Type ?? expected?.PrimitiveType;
        // An intrinsic function ({ Ref }, { Fn::… }) stands for a value of any kind.
        const intrinsic =
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.keys(value).some((k) => k === 'Ref' || k.startsWith('Fn::'));
        if (!intrinsic)
          expect(
            kind(value) === want || (want === 'Json' && kind(value) === 'Json'),
            `${Type}.${property}: ${want}`,
          ).toBe(true);
      }
      for (const [property, definition] of Object.entries(type?.Properties ?? {})) {
        if ((definition as { Required?: boolean }).Required)
          expect(Properties, `${Type} needs ${property}`).toHaveProperty(property);
      }
    }
    for (const output of Object.values(template.Outputs ?? {})) {
      const [resource = '', attribute = ''] =
        (output as { Value: { 'Fn::GetAtt': string[] } }).Value['Fn::GetAtt'] ?? [];
      const type = (template.Resources?.[resource] as { Type: string } | undefined)?.Type ?? '';
      expect(spec.ResourceTypes[type]?.Attributes?.[attribute], `${type}.${attribute}`).toBeDefined();
    }
  }

  it('--format cloudformation: a template of the resource specification’s types and properties', async () => {
    const result = await cli([
      'setup',
      '--format',
      'cloudformation',
      '--token-file',
      await tokenFile(BUILD_1),
      '--managed-policy-arn',
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      '--max-session-duration',
      '14400',
      '--thumbprint',
      '0123456789ABCDEF0123456789abcdef01234567',
    ]);
    expect(result.exitCode, result.stderr).toBe(0);
    const template = parseYaml(result.stdout);
    checkAgainstSpec(template);
    expect(template.Resources.BitriseOidcProvider.Properties).toEqual({
      Url: 'https://token.builds.bitrise.io',
      ClientIdList: ['sts.amazonaws.com'],
      ThumbprintList: [{ Ref: 'BitriseOidcThumbprint' }],
    });
    expect(template.Parameters.BitriseOidcThumbprint.Default).toBe('0123456789abcdef0123456789abcdef01234567');
    const role = template.Resources.BitriseRole.Properties;
    expect(role.MaxSessionDuration).toBe(14400);
    expect(role.ManagedPolicyArns).toEqual(['arn:aws:iam::aws:policy/ReadOnlyAccess']);
    expect(role.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({ Federated: { Ref: 'BitriseOidcProvider' } });
    expect(admits(role.AssumeRolePolicyDocument, { aud: 'sts.amazonaws.com', ...BUILD_2 })).toBe(true);
    expect(admits(role.AssumeRolePolicyDocument, { aud: 'sts.amazonaws.com', ...OTHER_APP })).toBe(false);

    const existing = await cli([
      'setup',
      '--format',
      'cloudformation',
      '--sub',
      'app:a1b2c3:workflow:deploy',
      '--existing-provider',
    ]);
    const second = parseYaml(existing.stdout);
    checkAgainstSpec(second);
    expect(Object.keys(second.Resources)).toEqual(['BitriseRole']);
    expect(second.Resources.BitriseRole.Properties.AssumeRolePolicyDocument.Statement[0].Principal.Federated).toEqual({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation's own substitution syntax
      'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:oidc-provider/token.builds.bitrise.io',
    });
  });

  it('--format terraform: HCL that parses into the provider and the role with the right attributes', async () => {
    const result = await cli([
      'setup',
      '--format',
      'terraform',
      '--sub-like',
      'app:a1b2c3:*',
      '--role-name',
      'ci-role',
      '--region',
      'us-gov-west-1',
      '--managed-policy-arn',
      'arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess',
    ]);
    expect(result.exitCode, result.stderr).toBe(0);
    const hcl = (await parseHcl('main.tf', result.stdout)) as Record<
      string,
      Record<string, Record<string, Array<Record<string, unknown>>>>
    >;
    expect(hcl.resource?.aws_iam_openid_connect_provider?.bitrise?.[0]).toEqual({
      url: 'https://token.builds.bitrise.io',
      client_id_list: ['sts.amazonaws.com'],
    });
    const role = hcl.resource?.aws_iam_role?.bitrise?.[0] ?? {};
    expect(role.name).toBe('ci-role');
    expect(role.max_session_duration).toBe(3600);
    expect(role.assume_role_policy).toContain('"Federated" = aws_iam_openid_connect_provider.bitrise.arn');
    expect(role.assume_role_policy).toContain('"token.builds.bitrise.io:sub" = "app:a1b2c3:*"');
    expect(hcl.resource?.aws_iam_role_policy_attachment?.bitrise_1?.[0]).toEqual({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Terraform's reference, as hcl2json renders it
      role: '${aws_iam_role.bitrise.name}',
      policy_arn: 'arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess',
    });
    expect(result.stderr).toContain('role_arn: "arn:aws-us-gov:iam::<ACCOUNT_ID>:role/ci-role"');
  });

  it('refuses what IAM cannot evaluate or take, before printing anything', async () => {
    const contradiction = await cli([
      'setup',
      '--format',
      'terraform',
      '--token-file',
      await tokenFile(BUILD_1),
      '--workflow',
      'nightly',
    ]);
    expect(contradiction.exitCode).toBe(2);
    expect(contradiction.stdout).toBe('');
    const noAccount = await cli(['setup', '--format', 'aws-cli', '--sub', 'app:a:workflow:b']);
    expect(noAccount.exitCode).toBe(2);
    expect(noAccount.stderr).toContain('--account');
    const tooLong = await cli(['setup', '--format', 'terraform', '--sub', 'a:b', '--max-session-duration', '50000']);
    expect(tooLong.exitCode).toBe(2);
  });
});

describe('a session length that negotiates', () => {
  it("asks once more for an hour when the role's maximum is shorter, says so, and publishes the real expiration", async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ role_arn: SHORT, duration_seconds: '7200' }));
    expect(run.code, run.stdout).toBe(0);
    expect(emu.sts.calls.map((c) => c.params.DurationSeconds)).toEqual(['7200', '3600']);
    const warnings = run.stdout.split('\n').filter((l) => l.includes('does not allow sessions of 7200 s'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("raise the role's maximum session duration");
    const expiration = Date.parse(run.published.get('AWS_CREDENTIAL_EXPIRATION')?.value ?? '');
    expect(Math.abs(expiration - (Date.now() + 3600_000))).toBeLessThan(120_000);
  });

  it('retries no other refusal this way', async () => {
    emu.sts.faults.push(
      stsError(400, 'ValidationError', '1 validation error detected: Value at roleSessionName failed'),
    );
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ duration_seconds: '7200' }));
    expect(run.code).toBe(2);
    expect(emu.sts.calls).toHaveLength(1);
    expect(run.stdout).not.toContain('asking for 3600 s');
  });
});

describe('builds you can find in CloudTrail', () => {
  const build = { BITRISE_APP_SLUG: 'a1b2c3d4e5f60718', BITRISE_BUILD_SLUG: 'f00dfeedcafe0042' };
  const expectTagged = (agents: string[]) => {
    expect(agents.length).toBeGreaterThan(0);
    for (const agent of agents) {
      expect(agent).toMatch(/(^| )md\/authenticate-with-aws#\d+\.\d+\.\d+( |$)/);
      expect(agent).toContain(`md/bitrise-app#${build.BITRISE_APP_SLUG}`);
      expect(agent).toContain(`md/bitrise-build#${build.BITRISE_BUILD_SLUG}`);
    }
  };

  it('every AWS call of the step carries the step, its version and the build', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ ...build, chain_role_arn: SECOND, check_identity: 'true' }));
    expect(run.code, run.stdout).toBe(0);
    expect(emu.sts.userAgents).toHaveLength(3);
    expectTagged(emu.sts.userAgents);
  });

  it('and every call of credential-process, the build number where there is no build slug', async () => {
    const files = tempDir('aws-files-');
    const paths = { AWS_SHARED_CREDENTIALS_FILE: join(files, 'credentials'), AWS_CONFIG_FILE: join(files, 'config') };
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'p', refresh: 'true', ...paths }));
    expect(run.code, run.stdout).toBe(0);
    const cache = join(run.home, '.authenticate-with-aws', 'cache');
    for (const file of readdirSync(cache)) rmSync(join(cache, file));
    emu.sts.userAgents.length = 0;
    const line = /credential_process = (.*)/.exec(readFileSync(paths.AWS_CONFIG_FILE, 'utf8'))?.[1] ?? '';
    const renewal = await execa('/bin/sh', ['-c', line], {
      env: {
        PATH: process.env.PATH ?? '',
        BITRISE_BUILD_URL: emu.bitrise.buildUrl,
        BITRISE_BUILD_API_TOKEN: emu.bitrise.apiToken,
        BITRISE_APP_SLUG: build.BITRISE_APP_SLUG,
        BITRISE_BUILD_SLUG: build.BITRISE_BUILD_SLUG,
      },
      extendEnv: false,
      reject: false,
    });
    recordCapture('credential-process stderr', renewal.stderr);
    expect(renewal.exitCode, renewal.stderr).toBe(0);
    expectTagged(emu.sts.userAgents);

    // Without a build slug, the build number (BITRISE_BUILD_NUMBER, 42 in the emulator's build).
    await runStep(AUTHENTICATE, emu.stepEnv({ BITRISE_APP_SLUG: build.BITRISE_APP_SLUG }));
    expect(emu.sts.userAgents.at(-1)).toContain('md/bitrise-build-number#42');
  });
});
