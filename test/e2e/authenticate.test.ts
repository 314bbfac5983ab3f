/** End to end: `bash step.sh` as a process against the local issuer, Bitrise API and STS, with a recording envman. */

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLE_ARN } from '../../emulator/emulator';
import { setLatency } from '../../emulator/http';
import {
  AUTHENTICATE,
  isEmptyDir,
  NODE22,
  nodeMajor,
  OLD_NODES,
  runStep,
  STEP_NODE,
  type StepRun,
} from '../support/run-step';
import { stsErrorBody } from '../support/sts-answers';
import { haveNode } from '../support/tools';
import { withEmulator } from '../support/world';

const emu = withEmulator();

function expectNothingPublished(run: StepRun): void {
  expect(run.calls).toEqual([]);
}

/**
 * Every published value matches what STS issued, with the right flags; the value files were 0600 and are gone. The six
 * outputs by default; with `identity` (export_identity_env) the account and the role session's ARN after them.
 */
function expectPublishedCredentials(run: StepRun, region = 'us-east-1', identity = false): void {
  const issued = emu.sts.issued.at(-1);
  if (!issued) throw new Error('STS issued nothing');
  const expected: Record<string, [string, boolean]> = {
    AWS_ACCESS_KEY_ID: [issued.accessKeyId, true],
    AWS_SECRET_ACCESS_KEY: [issued.secretAccessKey, true],
    AWS_SESSION_TOKEN: [issued.sessionToken, true],
    AWS_REGION: [region, false],
    AWS_DEFAULT_REGION: [region, false],
    AWS_CREDENTIAL_EXPIRATION: [new Date(issued.expiration).toISOString(), false],
    ...(identity
      ? {
          AWS_ACCOUNT_ID: ['123456789012', false] as [string, boolean],
          AWS_ASSUMED_ROLE_ARN: [issued.assumedRoleArn, false] as [string, boolean],
        }
      : {}),
  };
  // The adds run together (one envstore each), so their calls come in any order; the envstore holds them in order.
  expect(run.calls.map((c) => c.key).sort()).toEqual(Object.keys(expected).sort());
  if (run.envstore) expect([...run.envstore.keys()]).toEqual(Object.keys(expected));
  for (const [key, [value, sensitive]] of Object.entries(expected)) {
    const call = run.published.get(key);
    expect(call?.value, key).toBe(value);
    expect(call?.sensitive, `${key} sensitive`).toBe(sensitive);
    expect(call?.noExpand, `${key} --no-expand`).toBe(true);
    expect(call?.mode, `${key} value file mode`).toBe('600');
    expect(call?.argv, `${key} argv`).not.toContain(value);
    expect(existsSync(call?.valuefile ?? ''), `${key} value file removed`).toBe(false);
  }
  expect(isEmptyDir(run.tmp)).toBe(true);
}

const nodes = [STEP_NODE];
if (STEP_NODE !== NODE22 && haveNode('the happy path on Node.js 22', NODE22, '22')) nodes.push(NODE22);

describe.each(nodes.map((node) => [`node ${nodeMajor(node)}`, node] as const))('happy path on %s', (_label, node) => {
  it('publishes the assumed role credentials and makes exactly the expected requests', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv(), { node });
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expectPublishedCredentials(run);

    const [tokenRequest, ...more] = emu.bitrise.tokenRequests;
    expect(more).toEqual([]);
    expect(tokenRequest?.method).toBe('POST');
    expect(tokenRequest?.headers.authorization).toBe(emu.bitrise.apiToken);
    expect(tokenRequest?.headers.build_api_token).toBe(emu.bitrise.apiToken);
    expect(JSON.parse(tokenRequest?.body ?? '')).toEqual({ aud: 'sts.amazonaws.com' });

    expect(emu.sts.calls).toHaveLength(1);
    const call = emu.sts.calls[0];
    expect(call?.authorization).toBeUndefined();
    expect(call?.params).toMatchObject({
      Action: 'AssumeRoleWithWebIdentity',
      RoleArn: ROLE_ARN,
      RoleSessionName: 'bitrise-42',
      DurationSeconds: '3600',
      WebIdentityToken: emu.bitrise.minted.at(-1),
    });
    expect(call?.params.Policy).toBeUndefined();

    expect(run.stdout).toContain('- build_api_token: [REDACTED]');
    expect(run.stdout).toContain(`Assumed arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42 until`);
    expect(run.stdout).toContain('- $AWS_SESSION_TOKEN (sensitive)');
    if (nodeMajor(node) >= 22) expect(run.stdout).not.toContain('Node.js 22 or newer');
    else expect(run.stdout).toContain('AWS SDK releases after January 2027 need Node.js 22 or newer');
    expect(run.stdout).not.toContain('NodeVersionSupportWarning');
  });
});

describe('export_identity_env', () => {
  it('"true" publishes the account and the role session ARN after the six, two more envman calls', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ export_identity_env: 'true' }));
    expect(run.code, run.stdout).toBe(0);
    expectPublishedCredentials(run, 'us-east-1', true);
    expect(run.stdout).toContain('- $AWS_ACCOUNT_ID\n- $AWS_ASSUMED_ROLE_ARN');
  });

  it('off by default: six envman calls, and a later step finds neither variable', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code, run.stdout).toBe(0);
    expect(run.calls).toHaveLength(6);
    expect(run.stdout).not.toContain('AWS_ACCOUNT_ID');
    if (run.envstore) expect([...run.envstore.keys()]).not.toContain('AWS_ASSUMED_ROLE_ARN');
  });
});

describe('inputs reach STS', () => {
  it('sends the session name, duration, inline and managed session policies, and the audience', async () => {
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        session_name: 'release@acme.com',
        duration_seconds: '7200',
        session_policy: policy,
        managed_session_policies: 'arn:aws:iam::aws:policy/ReadOnlyAccess\n\narn:aws:iam::123456789012:policy/deploy\n',
        region: 'eu-west-2',
      }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(emu.sts.calls[0]?.params).toMatchObject({
      RoleSessionName: 'release@acme.com',
      DurationSeconds: '7200',
      Policy: policy,
      'PolicyArns.member.1.arn': 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      'PolicyArns.member.2.arn': 'arn:aws:iam::123456789012:policy/deploy',
    });
    expectPublishedCredentials(run, 'eu-west-2');
  });

  it('sanitises the default session name built from the build number', async () => {
    const run = await runStep(AUTHENTICATE, { ...emu.stepEnv(), BITRISE_BUILD_NUMBER: '7 (retry)', session_name: '' });
    expect(run.code, run.stdout).toBe(0);
    expect(emu.sts.calls[0]?.params.RoleSessionName).toBe('bitrise-7--retry-');
  });

  it('verbose mode shows the request flow and still no secret', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ verbose: 'true' }));
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(`POST ${emu.bitrise.buildUrl}/id_token.json (attempt 1/5)`);
    expect(run.stdout).toContain('AssumeRoleWithWebIdentity at');
    expect(run.stdout).toContain('envman add --key AWS_SESSION_TOKEN --valuefile');
    expect(run.stdout).not.toContain(emu.bitrise.apiToken);
    expect(run.stdout).not.toContain(emu.bitrise.minted.at(-1));
    expect(run.stdout).not.toContain(emu.sts.issued.at(-1)?.secretAccessKey);
  });
});

describe('bad inputs are refused before any network or envman call', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['missing role', { role_arn: '' }, 'role_arn'],
    ['role name instead of ARN', { role_arn: 'bitrise-deploy' }, 'role_arn'],
    ['role ARN with a short account', { role_arn: 'arn:aws:iam::12345:role/x' }, 'role_arn'],
    ['role ARN of another partition', { role_arn: 'arn:aws-cn:iam::123456789012:role/x' }, 'role_arn'],
    ['bad region', { region: 'US East' }, 'region'],
    ['session name with a space', { session_name: 'my session' }, 'session_name'],
    ['session name too short', { session_name: 'x' }, 'session_name'],
    ['session name too long', { session_name: 'a'.repeat(65) }, 'session_name'],
    ['duration below 900', { duration_seconds: '899' }, 'duration_seconds'],
    ['duration above 43200', { duration_seconds: '43201' }, 'duration_seconds'],
    ['duration not a number', { duration_seconds: '1h' }, 'duration_seconds'],
    ['policy not JSON', { session_policy: '{"Version":' }, 'session_policy'],
    ['policy too long', { session_policy: `{"Statement":[],"x":"${'a'.repeat(2048)}"}` }, 'session_policy'],
    [
      'eleven managed policies',
      { managed_session_policies: Array.from({ length: 11 }, (_, i) => `arn:aws:iam::aws:policy/P${i}`).join('\n') },
      'managed_session_policies',
    ],
    ['managed policy not an ARN', { managed_session_policies: 'ReadOnlyAccess' }, 'managed_session_policies'],
    ['verbose not a boolean', { verbose: 'yes' }, 'verbose'],
    ['audience with a space', { audience: 'sts.amazonaws.com ' + 'x' }, 'audience'],
    ['plain http build URL', { build_url: 'http://app.bitrise.io/build/1' }, 'build_url'],
    ['empty build API token', { build_api_token: '' }, 'build_api_token'],
    [
      'both token inputs',
      { web_identity_token: 'a.b.c', web_identity_token_file: '/tmp/x' },
      'web_identity_token_file',
    ],
    ['timeout not a number', { timeout_seconds: 'soon' }, 'timeout_seconds'],
  ];
  it.each(cases)('%s', async (_name, inputs, key) => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv(inputs));
    expect(run.code, run.stdout).toBe(2);
    expect(run.stdout).toContain(`\`${key}\``);
    expect(emu.bitrise.requests).toEqual([]);
    expect(emu.sts.calls).toEqual([]);
    expectNothingPublished(run);
  });

  it('says how to run locally when not on Bitrise', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ build_url: '', BITRISE_BUILD_URL: '' }));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Not running on Bitrise');
    expect(run.stdout).toContain('`web_identity_token_file`');
    expect(run.stdout).toContain('`web_identity_token`');
    expect(run.stdout).toContain('`access_key_id`');
    expectNothingPublished(run);
  });
});

describe('step.sh', () => {
  // Real old Node.js releases (scripts/ensure-nodes.sh installs them from npm): the bundle itself refuses them, so
  // step.sh starts no process to ask node for its version.
  const old = [
    ['a major below 20', OLD_NODES.node18, '18'],
    ['a 20 below 20.18.1', OLD_NODES.node2011, '20.11.1'],
  ] as const;
  it.each(old.filter(([name, path, version]) => haveNode(`refusing Node.js with ${name}`, path, version)))(
    'refuses Node.js with %s, with a clear message, before anything runs',
    async (_name, node) => {
      const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
      const run = await runStep(AUTHENTICATE, emu.stepEnv(), { node });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`This needs Node.js 20.18.1 or newer on PATH; found ${version}.`);
      expect(emu.bitrise.requests).toEqual([]);
      expect(run.calls).toEqual([]);
    },
  );
});

describe('start-up overlap', () => {
  it('the AWS SDK is loaded and warmed while the identity token request is in flight', async () => {
    // Every emulator answer waits 600 ms: the warm-up (started when the token request is on the wire) ends first.
    setLatency(600);
    try {
      const run = await runStep(AUTHENTICATE, emu.stepEnv({ AUTHENTICATE_WITH_AWS_TIMING: '1' }));
      expect(run.code, run.stdout).toBe(0);
      const line = run.stderr.split('\n').find((l) => l.startsWith('timing ')) ?? 'timing []';
      const marks = new Map(JSON.parse(line.slice(7)) as Array<[string, number]>);
      const warmed = marks.get('AWS SDK warmed up');
      const token = marks.get('identity token received');
      expect(warmed, line).toBeDefined();
      expect(token, line).toBeDefined();
      expect(warmed as number).toBeLessThan(token as number);
    } finally {
      setLatency(0);
    }
  });
});

describe('faults', () => {
  it('retries STS throttling twice, then succeeds', async () => {
    const throttle = { status: 400, body: stsErrorBody('Throttling', 'Rate exceeded'), contentType: 'text/xml' };
    emu.sts.faults.push(throttle, throttle);
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code, run.stdout).toBe(0);
    expect(emu.sts.calls).toHaveLength(3);
    expect(emu.bitrise.tokenRequests).toHaveLength(1);
    expect(run.stdout.match(/Throttling.*Retrying in/g)).toHaveLength(2);
    expectPublishedCredentials(run);
  });

  it('retries a token API 503 twice, then succeeds', async () => {
    const unavailable = { status: 503, body: '{"error_msg":"Service Unavailable"}', contentType: 'application/json' };
    emu.bitrise.faults.push(unavailable, unavailable);
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code, run.stdout).toBe(0);
    expect(emu.bitrise.tokenRequests).toHaveLength(3);
    expect(run.stdout.match(/HTTP 503 \(Service Unavailable\)\. Retrying in/g)).toHaveLength(2);
    expectPublishedCredentials(run);
  });

  it('fails on AccessDenied after one STS call, showing the claims and the fix', async () => {
    emu.sts.addRole({ arn: 'arn:aws:iam::123456789012:role/locked', trust: () => false });
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ role_arn: 'arn:aws:iam::123456789012:role/locked' }));
    expect(run.code).toBe(3);
    expect(emu.sts.calls).toHaveLength(1);
    expect(run.stdout).not.toContain('Retrying');
    expect(run.stdout).toContain('AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity');
    expect(run.stdout).toContain(`sub: ${emu.bitrise.subject}`);
    expect(run.stdout).toContain('aud: sts.amazonaws.com');
    expect(run.stdout).toContain('iss: https://token.builds.bitrise.io');
    expect(run.stdout).toContain(
      'Principal.Federated is arn:aws:iam::123456789012:oidc-provider/token.builds.bitrise.io',
    );
    expect(run.stdout).toContain('StringLike');
    expectNothingPublished(run);
  });

  it('fails at once on a 401 from the token API, naming build_api_token', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ build_api_token: 'not-the-build-token' }));
    expect(run.code).toBe(3);
    expect(emu.bitrise.tokenRequests).toHaveLength(1);
    expect(emu.sts.calls).toEqual([]);
    expect(run.stdout).toContain('Bitrise refused the build API token (HTTP 401: Unauthorized)');
    expect(run.stdout).toContain('`build_api_token`');
    expectNothingPublished(run);
  });

  it('fails on an expired token after one fresh token, also expired, without retrying further', async () => {
    // Every token Bitrise mints here has expired: the step asks for one fresh token, once, then gives up.
    emu.bitrise.mintOptions = { expiresIn: -120 };
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code).toBe(3);
    expect(emu.sts.calls).toHaveLength(2);
    expect(emu.bitrise.tokenRequests).toHaveLength(2);
    expect(run.stdout).toContain('ExpiredTokenException');
    expect(run.stdout).toMatch(/exp: \d+ \(/);
    expectNothingPublished(run);
  });

  it('fails on a wrong audience with the provider hint', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ audience: 'api.example.com' }));
    expect(run.code, run.stdout).toBe(3);
    expect(run.stdout).toContain('InvalidIdentityToken: Incorrect token audience');
    expect(run.stdout).toContain('aud: api.example.com');
    expect(run.stdout).toContain('whose audiences include "api.example.com"');
    expectNothingPublished(run);
  });

  it('gives up on a token API that keeps failing, with the transient exit code', async () => {
    for (let i = 0; i < 5; i++)
      emu.bitrise.faults.push({ status: 502, body: '<html>Bad Gateway</html>', contentType: 'text/html' });
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code).toBe(4);
    expect(emu.bitrise.tokenRequests).toHaveLength(5);
    expect(run.stdout).toContain('gave up after 5 attempts');
    expect(run.stdout).toContain('text/html answer');
    expect(run.stdout).not.toContain('<html>');
    expectNothingPublished(run);
  });

  it('reports an envman failure without the value, with a non-zero exit code', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv(), { envmanFailKey: 'AWS_SESSION_TOKEN' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('envman could not publish AWS_SESSION_TOKEN: it exited with code 1');
    expect(run.stdout).toContain('read-only file system');
    // envman's colours are removed, not shown as escaped text in the message.
    expect(run.stdout).toContain('Failed to write envstore: open ');
    expect(run.stdout).not.toContain('\\x1b');
    expect(run.stdout).not.toContain('\u001b[31');
    expect(isEmptyDir(run.tmp)).toBe(true);
  });

  it('reports a missing envman', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv(), { noEnvman: true });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('envman was not found on PATH');
  });
});
