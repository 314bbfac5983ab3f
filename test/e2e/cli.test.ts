/** End to end: the `authenticate-with-aws` CLI (dist/cli.cjs as a process): every command, its flags, its exit codes. */

import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { cli, file } from '../support/cli';
import { HOST, LOCKED, lockedTrust, policy } from '../support/policies';
import { withEmulator } from '../support/world';

const emu = withEmulator(async (emu) => {
  emu.sts.addRole({ arn: LOCKED, trust: lockedTrust });
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
    // The policy itself, literally: it admits exactly this token's aud and sub (StringEquals), so a build of the same
    // app's `pr` workflow (another sub) is refused.
    expect(JSON.parse(result.stdout)).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${HOST}` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com', [`${HOST}:sub`]: 'app:a1b2:workflow:deploy' },
          },
        },
      ],
    });
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
    expect(exports.stderr).toContain('- --region: eu-west-1');
    const json = await cli(['assume', '--json', '--session-name', 'from-cli', '--export-identity-env'], { env });
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

describe('doctor: exit codes and --json', () => {
  const trust = (condition: Record<string, unknown>) =>
    file(
      'trust.json',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${HOST}` },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: condition,
          },
        ],
      }),
    );

  it('exits 0 only for an allow, 3 for a refusal, 5 when it cannot tell, 2 for bad input', async () => {
    const token = file('t.jwt', await emu.issuer.mint({ aud: 'sts.amazonaws.com', sub: 'app:x:workflow:main' }));
    const run = (policy: string) => cli(['doctor', '--token-file', token, '--trust-policy', policy]);
    expect((await run(trust({ StringEquals: { [`${HOST}:sub`]: 'app:x:workflow:main' } }))).exitCode).toBe(0);
    // A key of another provider is missing from the request: IAM refuses, and so must `doctor && deploy`.
    expect((await run(trust({ StringEquals: { 'token.actions.githubusercontent.com:sub': 'x' } }))).exitCode).toBe(3);
    expect((await run(trust({ StringEquals: { 'aws:SourceIp': '203.0.113.7' } }))).exitCode).toBe(5);
    const bad = await run('{"Version":"2012-10-17"}');
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr + bad.stdout).toContain('--trust-policy');
  });

  it('--json prints one versioned document with the claims, each condition, the verdict, the reasons and the fix', async () => {
    const token = await emu.issuer.mint({ aud: 'sts.amazonaws.com', sub: 'app:x:workflow:pr' });
    const result = await cli(
      [
        'doctor',
        '--json',
        '--token-file',
        file('t.jwt', token),
        '--trust-policy',
        trust({ StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com', [`${HOST}:sub`]: 'app:x:workflow:main' } }),
      ],
      { stdoutIsClean: true },
    );
    expect(result.exitCode).toBe(3);
    const doc = JSON.parse(result.stdout);
    expect(doc).toMatchObject({
      version: 1,
      verdict: 'denied',
      exitCode: 3,
      claims: { aud: 'sts.amazonaws.com', sub: 'app:x:workflow:pr' },
      expired: false,
      trustPolicy: {
        verdict: 'denied',
        statements: [
          {
            index: 1,
            effect: 'Allow',
            applies: false,
            conditions: [
              { operator: 'StringEquals', key: `${HOST}:aud`, policyValues: ['sts.amazonaws.com'], result: true },
              {
                operator: 'StringEquals',
                key: `${HOST}:sub`,
                policyValues: ['app:x:workflow:main'],
                tokenValues: ['app:x:workflow:pr'],
                missing: false,
                negated: false,
                result: false,
              },
            ],
          },
        ],
      },
    });
    expect(doc.trustPolicy.decidedBy[0]).toContain('No Allow statement matches');
    expect(doc.trustPolicy.fix).toContain('app:x:workflow:main');
    expect(result.stdout).not.toContain(token.split('.')[2]);
  });

  it('doctor … | head -2 ends quietly, without an EPIPE stack trace', async () => {
    const token = file('t.jwt', await emu.issuer.mint({ aud: 'sts.amazonaws.com', sub: 's' }));
    const { ROOT, STEP_NODE } = await import('../support/run-step');
    const cliPath = `${ROOT}/dist/cli.cjs`;
    const result = await execa(
      'bash',
      [
        '-c',
        `set -o pipefail; "${STEP_NODE}" "${cliPath}" doctor --token-file "${token}" | head -2; echo "codes \${PIPESTATUS[*]}" >&2`,
      ],
      { reject: false, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, extendEnv: false },
    );
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.stderr).not.toMatch(/at .*\.cjs:\d+/);
    expect(result.stdout.split('\n')).toHaveLength(2);
  });
});

describe('the CLI behaves like one', () => {
  it('takes bare boolean flags: --verbose means true', async () => {
    const result = await cli(['assume', '--verbose', '--region', 'eu-west-1'], {
      env: { ...emu.stepEnv(), PATH: process.env.PATH ?? '' },
    });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toContain('- --verbose: true');
    expect(result.stderr).toContain('AssumeRoleWithWebIdentity at');
  });

  it('prints --version', async () => {
    const { version } = JSON.parse(
      (await import('node:fs')).readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const result = await cli(['--version'], { stdoutIsClean: true });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it.each([
    ['an unknown flag', ['assume', '--rol-arn', 'x']],
    ['a missing required flag', ['trust-policy']],
    ['a flag without its value', ['doctor', '--token-file']],
  ])('exits 2 on %s', async (_name, args) => {
    const result = await cli(args);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--help');
  });

  it('names its own flags in messages and hints, not the step input keys', async () => {
    const result = await cli(['assume', '--region', 'eu-west-1'], {
      env: { PATH: process.env.PATH ?? '', BITRISE_BUILD_URL: emu.bitrise.buildUrl },
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('`--role-arn` is required but empty.');
    expect(result.stderr).not.toContain('Input `role_arn`');
    const token = await cli(['token', '--audience', 'sts.amazonaws.com', '--build-url', emu.bitrise.buildUrl]);
    expect(token.exitCode).toBe(2);
    // A secret is never a flag: the message names the variable that holds it.
    expect(token.stderr).toContain('`$BITRISE_BUILD_API_TOKEN`');
    expect(token.stderr).not.toContain('`build_api_token`');
  });

  it('calls a missing or unreadable file a bad input, naming the flag', async () => {
    const missing = await cli(['doctor', '--token-file', '/nonexistent/t.jwt']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr + missing.stdout).toContain('Cannot read --token-file /nonexistent/t.jwt: no such file.');
    expect(missing.stderr + missing.stdout).not.toContain('Unexpected error');
    expect(missing.stderr + missing.stdout).not.toContain('verbose: "true"');
    const policy = await cli(['doctor', '--token-file', file('t.jwt', 'a.b.c'), '--trust-policy', '/nonexistent.json']);
    expect(policy.exitCode).toBe(2);
    expect(policy.stderr + policy.stdout).toContain('Cannot read --trust-policy /nonexistent.json');
    const trustPolicy = await cli(['trust-policy', '--account', '123456789012', '--token-file', '/nonexistent']);
    expect(trustPolicy.exitCode).toBe(2);
  });
});

describe('streams and colours', () => {
  it("doctor's errors go to stderr; its stdout stays for the report", async () => {
    const result = await cli(['doctor', '--token-file', '/nonexistent/token.jwt']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('/nonexistent/token.jwt');
    expect(result.stdout).toBe('');
  });

  it('no colours into a pipe; FORCE_COLOR turns them on, NO_COLOR off', async () => {
    const args = ['doctor', '--token-file', '/nonexistent/token.jwt'];
    const plain = await cli(args, { env: { NO_COLOR: '' } });
    expect(plain.stderr).toContain('/nonexistent/token.jwt');
    expect(plain.stderr).not.toContain('\x1b[');
    const forced = await cli(args, { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain('\x1b[31;1m');
    const both = await cli(args, { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(both.stderr).not.toContain('\x1b[');
  });
});
