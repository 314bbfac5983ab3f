/**
 * End to end: the local STS enforces a trust policy with the same evaluator, the step explains the refusal, and the
 * `authenticate-with-aws` CLI (dist/cli.cjs as a process) diagnoses tokens and writes trust policies.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/emulator';
import { evaluateTrustPolicy } from '../../src/trust-policy/evaluate';
import { AUTHENTICATE, ROOT, runStep, STEP_NODE } from '../support/run-step';
import { recordCapture } from '../support/secrets';

const HOST = 'token.builds.bitrise.io';
const LOCKED = 'arn:aws:iam::123456789012:role/locked-to-main';
let emu: Emulator;

function policy(sub: string, extra: Record<string, string> = {}) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${HOST}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com', [`${HOST}:sub`]: sub, ...extra } },
      },
    ],
  };
}

/** Runs the CLI bundle. Its stdout is captured for the secret guard only where it must hold no secret. */
async function cli(
  args: string[],
  options: { env?: Record<string, string>; input?: string; stdoutIsClean?: boolean } = {},
) {
  const result = await execa(STEP_NODE, [join(ROOT, 'dist/cli.cjs'), ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), NO_COLOR: '1', ...options.env },
    extendEnv: false,
    reject: false,
    ...(options.input === undefined ? {} : { input: options.input }),
  });
  recordCapture(`cli ${args[0]} stderr`, result.stderr);
  if (options.stdoutIsClean) recordCapture(`cli ${args[0]} stdout`, result.stdout);
  return result;
}

function file(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'doctor-')), name);
  writeFileSync(path, content);
  return path;
}

beforeAll(async () => {
  emu = await Emulator.start();
  // IAM's judgement of policy('app:…:workflow:release'), written by hand: aud and sub must both match.
  emu.sts.addRole({
    arn: LOCKED,
    trust: (c) => c.aud === 'sts.amazonaws.com' && c.sub === 'app:a1b2c3d4e5f60718:workflow:release',
  });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

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

describe('authenticate-with-aws CLI', () => {
  it.each(['assume', 'token', 'doctor', 'trust-policy', 'credential-process'])(
    '%s --help describes its flags',
    async (command) => {
      const result = await cli([command, '--help'], { stdoutIsClean: true });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain(`authenticate-with-aws ${command}`);
      expect(result.stdout).toContain('--help');
      if (command === 'assume') expect(result.stdout).toContain('--role-arn');
      if (command === 'doctor') expect(result.stdout).toContain('--trust-policy');
    },
  );

  it('--help lists the commands; an unknown command fails', async () => {
    const help = await cli(['--help'], { stdoutIsClean: true });
    expect(help.stdout).toMatch(/assume[\s\S]*token[\s\S]*doctor[\s\S]*trust-policy/);
    const bad = await cli(['frobnicate']);
    expect(bad.exitCode).not.toBe(0);
    expect(bad.stderr).toContain('Unknown argument: frobnicate');
  });

  it('doctor explains a token from a file against a trust policy, never printing the token', async () => {
    const token = await emu.issuer.mint({ aud: 'sts.amazonaws.com', sub: 'app:x:workflow:pr' });
    const result = await cli(
      [
        'doctor',
        '--token-file',
        file('t.jwt', token),
        '--trust-policy',
        file('trust.json', JSON.stringify(policy('app:x:workflow:main'))),
        '--role-arn',
        LOCKED,
      ],
      { stdoutIsClean: true },
    );
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('sub: app:x:workflow:pr');
    expect(result.stdout).toMatch(/exp: valid for \d+ min/);
    expect(result.stdout).toContain(
      `[FAIL] StringEquals ${HOST}:sub: expected "app:x:workflow:main"; token "app:x:workflow:pr"`,
    );
    expect(result.stdout).toContain('Fix: StringEquals on token.builds.bitrise.io:sub expects "app:x:workflow:main"');
    expect(result.stdout).not.toContain(token.split('.')[2]);
  });

  it('doctor reads stdin, and flags an expired token', async () => {
    const token = await emu.issuer.mint({ aud: 'sts.amazonaws.com', sub: 's' }, { expiresIn: -600 });
    const result = await cli(['doctor', '--token-file', '-'], { input: token, stdoutIsClean: true });
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toContain('exp: EXPIRED 10 min ago');
  });

  it('doctor asks the Bitrise API as the step does', async () => {
    const result = await cli(['doctor', '--audience', 'sts.amazonaws.com'], {
      env: { BITRISE_BUILD_URL: emu.bitrise.buildUrl, BITRISE_BUILD_API_TOKEN: emu.bitrise.apiToken },
      stdoutIsClean: true,
    });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain(`sub: ${emu.bitrise.subject}`);
  });

  it('trust-policy writes a policy from a token that lets exactly that token in', async () => {
    const token = await emu.issuer.mint({ aud: 'sts.amazonaws.com', sub: 'app:a1b2:workflow:deploy' });
    const result = await cli(
      ['trust-policy', '--account', '123456789012', '--token-file', file('t.jwt', token), '--app-slug', 'a1b2'],
      { stdoutIsClean: true },
    );
    expect(result.exitCode, result.stderr).toBe(0);
    const generated = JSON.parse(result.stdout) as unknown;
    const claims = { iss: `https://${HOST}`, aud: 'sts.amazonaws.com', sub: 'app:a1b2:workflow:deploy' };
    expect(evaluateTrustPolicy(generated, { claims, roleArn: LOCKED }).verdict).toBe('allowed');
    expect(
      evaluateTrustPolicy(generated, { claims: { ...claims, sub: 'app:a1b2:workflow:pr' }, roleArn: LOCKED }).verdict,
    ).toBe('denied');
    expect(result.stdout).not.toContain(':app_slug');
    expect(result.stderr).toContain('app_slug "a1b2"');
    expect(result.stderr).toContain('pins it through :sub');
  });

  it('trust-policy refuses a wish that contradicts the token, naming --sub and --sub-like', async () => {
    // A token from a `deploy` build cannot make a policy for `nightly`: pinning its sub would do the opposite.
    const token = await emu.issuer.mint({ aud: 'sts.amazonaws.com', sub: 'app:a1b2:workflow:deploy' });
    const args = ['trust-policy', '--account', '123456789012', '--token-file', file('t.jwt', token)];
    const result = await cli([...args, '--workflow', 'nightly']);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--workflow nightly contradicts the token');
    expect(result.stderr).toContain('--sub or --sub-like');
    // With the sub given, the wish is only reported: IAM has no :workflow key to restrict on.
    const given = await cli([...args, '--workflow', 'nightly', '--sub', 'app:a1b2:workflow:deploy'], {
      stdoutIsClean: true,
    });
    expect(given.exitCode).toBe(0);
    expect(given.stderr).toContain('workflow "nightly"');
    expect(given.stderr).toContain('IAM cannot restrict on it');
  });

  it('trust-policy with --sub-like uses StringLike, and refuses to pin nothing', async () => {
    const like = await cli(['trust-policy', '--account', '123456789012', '--sub-like', 'app:a1b2:*'], {
      stdoutIsClean: true,
    });
    expect(JSON.parse(like.stdout).Statement[0].Condition.StringLike).toEqual({ [`${HOST}:sub`]: 'app:a1b2:*' });
    const none = await cli(['trust-policy', '--account', '123456789012']);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('any Bitrise build could assume the role');
  });

  it('assume prints export lines and --json, from the step code', async () => {
    const env = { ...emu.stepEnv(), PATH: process.env.PATH ?? '' };
    const exports = await cli(['assume', '--region', 'eu-west-1'], { env });
    expect(exports.exitCode, exports.stderr).toBe(0);
    const issued = emu.sts.issued.at(-1);
    // A shell that evaluates the lines gets exactly the values.
    const shell = await execa('bash', [
      '-c',
      'eval "$1"; printf "%s\\n" "$AWS_SESSION_TOKEN" "$AWS_REGION"',
      '-',
      exports.stdout,
    ]);
    expect(shell.stdout).toBe(`${issued?.sessionToken}\neu-west-1`);
    expect(exports.stderr).toContain('- region: eu-west-1');
    const json = await cli(['assume', '--json', '--session-name', 'from-cli'], { env });
    expect(JSON.parse(json.stdout).AWS_ASSUMED_ROLE_ARN).toBe(
      'arn:aws:sts::123456789012:assumed-role/bitrise-deploy/from-cli',
    );
  });

  it('redacts secrets in its error messages too', async () => {
    // A hostile answer that echoes the API token back: the message shown must not carry it.
    emu.bitrise.faults.push({
      status: 403,
      contentType: 'application/json',
      body: JSON.stringify({ error_msg: `token ${emu.bitrise.apiToken} is revoked` }),
    });
    const result = await cli(['assume'], { env: { ...emu.stepEnv(), PATH: process.env.PATH ?? '' } });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('Bitrise refused the build API token (HTTP 403: token [REDACTED] is revoked)');
    expect(result.stderr).not.toContain(emu.bitrise.apiToken);
  });

  it('token prints the token', async () => {
    const result = await cli(['token', '--audience', 'vault'], {
      env: { BITRISE_BUILD_URL: emu.bitrise.buildUrl, BITRISE_BUILD_API_TOKEN: emu.bitrise.apiToken },
    });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(emu.bitrise.minted.at(-1));
  });
});
