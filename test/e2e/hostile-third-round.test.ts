/**
 * Hardening, third round: one test per finding, numbered by the item of the issue that reported it. Each failed on
 * the main branch before its fix. (Item 2, loopback and proxies, is in e2e/hardening *never proxies loopback*; item 6,
 * other signals, in e2e/hostile *6. signals*; ECR's expired password in e2e/ecr.)
 */

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { AUTHENTICATE, ROOT, runStep, STEP_NODE } from '../support/run-step';
import { recordCapture } from '../support/secrets';
import { stsAnswer, stsError } from '../support/sts-answers';
import { withEmulator } from '../support/world';

const SECOND = 'arn:aws:iam::210987654321:role/deployer';
const emu = withEmulator(async (emu) => {
  emu.sts.addRole({
    arn: SECOND,
    trustedPrincipals: ['arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42'],
  });
});

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const DEBUG_ALL = 'http,https,net,tls,undici,fetch,http2,stream';

/** A step folder whose script runs a bundle with node directly, without step.sh's own clean-up of the environment. */
function bareStep(bundle: string): string {
  const dir = tempDir('bare-step-');
  writeFileSync(join(dir, 'step.sh'), `exec node ${JSON.stringify(join(ROOT, bundle))}\n`);
  return join(dir, 'step.sh');
}

/** Every secret the emulators minted so far (credentials, identity tokens, the build API token): none may be printed. */
function secrets(): string[] {
  const issued = emu.sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]);
  return [...issued, ...emu.bitrise.minted, emu.bitrise.apiToken];
}

describe('1. NODE_DEBUG prints no secret, from any entry point', () => {
  it('the step bundle run directly, with a chained role and check_identity (signed calls)', async () => {
    const run = await runStep(
      bareStep('dist/main.cjs'),
      emu.stepEnv({ NODE_DEBUG: DEBUG_ALL, chain_role_arn: SECOND, check_identity: 'true' }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.stderr).toContain("NODE_DEBUG is set: Node's own debug lines are not shown");
    for (const secret of secrets()) {
      expect(run.stdout).not.toContain(secret);
      expect(run.stderr).not.toContain(secret);
    }
    expect(run.stderr).not.toMatch(/^(HTTP|NET|TLS|HTTPS|UNDICI|FETCH) \d+: /m);
  });

  it('step.sh and the variant', async () => {
    const step = await runStep(AUTHENTICATE, emu.stepEnv({ NODE_DEBUG: DEBUG_ALL, chain_role_arn: SECOND }));
    expect(step.code, step.stdout).toBe(0);
    const variant = await runStep(bareStep('variants/get-identity-token/dist/main.cjs'), {
      ...emu.stepEnv({ NODE_DEBUG: DEBUG_ALL, audience: 'sts.amazonaws.com' }),
    });
    expect(variant.code, variant.stdout).toBe(0);
    for (const run of [step, variant]) {
      for (const secret of secrets()) expect(`${run.stdout}${run.stderr}`).not.toContain(secret);
    }
  });

  it('the CLI run by hand, and the launcher credential_process runs', async () => {
    const env = {
      BITRISE_BUILD_URL: emu.bitrise.buildUrl,
      BITRISE_BUILD_API_TOKEN: emu.bitrise.apiToken,
      AWS_ENDPOINT_URL_STS: emu.sts.url,
      BITRISE_BUILD_NUMBER: '42',
      NODE_DEBUG: DEBUG_ALL,
    };
    const assume = await cli(
      ['assume', '--role-arn', 'arn:aws:iam::123456789012:role/bitrise-deploy', '--chain-role-arn', SECOND],
      { env },
    );
    expect(assume.exitCode, assume.stderr).toBe(0);
    for (const secret of secrets()) expect(assume.stderr).not.toContain(secret);

    const files = tempDir('aws-files-');
    const paths = { AWS_SHARED_CREDENTIALS_FILE: join(files, 'credentials'), AWS_CONFIG_FILE: join(files, 'config') };
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'p', refresh: 'true', ...paths }));
    expect(run.code, run.stdout).toBe(0);
    rmSync(join(run.home, '.authenticate-with-aws', 'cache'), { recursive: true });
    mkdirSync(join(run.home, '.authenticate-with-aws', 'cache'), { mode: 0o700 });
    const line = /credential_process = (.*)/.exec(readFileSync(paths.AWS_CONFIG_FILE, 'utf8'))?.[1] ?? '';
    const renewal = await execa('/bin/sh', ['-c', line], {
      env: { PATH: process.env.PATH ?? '', ...env },
      extendEnv: false,
      reject: false,
    });
    recordCapture('credential-process stderr under NODE_DEBUG', renewal.stderr);
    expect(renewal.exitCode, renewal.stderr).toBe(0);
    expect(renewal.stderr).toBe('');
  });
});

describe('3. an AWS error code is printed only when it is one', () => {
  it('a code with a line break and escapes is summarised, and the refusal stays a refusal (exit 3)', async () => {
    emu.sts.faults.push(
      stsError(403, 'AccessDenied&#10;&#27;[32mAssumed arn:aws:sts::1:assumed-role/admin/x&#27;[0m', 'denied'),
    );
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code, run.stdout).toBe(3);
    expect(run.stdout).toContain('(an error code AWS does not send)');
    expect(run.stdout).not.toContain('\u001b[32m');
    expect(run.stdout).not.toMatch(/^Assumed arn:aws:sts::1:/m);
    expect(run.stdout).not.toMatch(/Unexpected error|this is a bug/);
  });
});

describe('4. invisible characters from servers are escaped', () => {
  it('line and paragraph separators, zero-width and bidi marks, a BOM in a Bitrise error_msg', async () => {
    emu.bitrise.faults.push({
      status: 403,
      contentType: 'application/json',
      body: JSON.stringify({ error_msg: 'no\u2028Assumed\u2029x\u200by\u200ez\u200f\u061c\ufeffend' }),
    });
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('no\\u2028Assumed\\u2029x\\u200by\\u200ez\\u200f\\u061c\\ufeffend');
    expect(run.stdout).not.toMatch(/[\u2028\u2029\u200b\u200e\u200f\u061c\ufeff]/);
  });
});

describe('5. secrets are never CLI flags', () => {
  it.each([
    ['--build-api-token', 'BITRISE_BUILD_API_TOKEN'],
    ['--web-identity-token', 'web_identity_token'],
    ['--access-key-id', 'access_key_id'],
    ['--secret-access-key', 'secret_access_key'],
  ])('%s is refused with the variable to set instead, and the value is not echoed', async (flag, variable) => {
    const value = 'SECRETVALUE1234567890';
    const result = await cli(['assume', '--role-arn', 'arn:aws:iam::123456789012:role/r', flag, value]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`\`${flag}\` would put a secret on the command line`);
    expect(result.stderr).toContain(`Set the environment variable ${variable} instead`);
    expect(result.stderr).not.toContain(value);
    expect(emu.bitrise.requests).toEqual([]);
  });

  it('doctor refuses --build-api-token too', async () => {
    const result = await cli(['doctor', '--build-api-token', 'SECRETVALUE1234567890']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('would put a secret on the command line');
  });
});

describe('7. files the AWS SDK reads itself are checked before it loads', () => {
  it.each(['AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', '~/.aws/config'])(
    'a FIFO at %s is refused at once, naming it, and nothing is sent',
    async (where) => {
      const dir = tempDir('fifo-');
      const home = tempDir('home-');
      const path = where === '~/.aws/config' ? join(home, '.aws', 'config') : join(dir, 'fifo');
      mkdirSync(join(home, '.aws'), { recursive: true });
      expect(spawnSync('mkfifo', [path]).status).toBe(0);
      const env = where === '~/.aws/config' ? { HOME: home } : { HOME: home, [where]: path };
      const started = Date.now();
      const run = await runStep(AUTHENTICATE, emu.stepEnv({ ...env, timeout_seconds: '20' }));
      expect(run.code).toBe(2);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(run.stdout).toContain(`${path} (`);
      expect(run.stdout).toContain('is not a regular file but a pipe, socket or device');
      expect(emu.sts.calls).toEqual([]);
    },
  );
});

describe('8. the CLI opens no file it did not ship', () => {
  it('a planted locales file neither rewrites nor crashes it, and no file outside the bundle is opened', async () => {
    // The CLI copied to <root>/a/b/dist, so that <bundle>/../../../locales is <root>/locales.
    const root = tempDir('planted-locales-');
    const dist = join(root, 'a', 'b', 'dist');
    mkdirSync(dist, { recursive: true });
    for (const file of ['cli.cjs', 'aws.cjs']) cpSync(join(ROOT, 'dist', file), join(dist, file));
    mkdirSync(join(root, 'locales'));
    writeFileSync(join(root, 'locales', 'en.json'), JSON.stringify({ 'Commands:': 'PWNED:' }));
    writeFileSync(join(root, 'locales', 'en_US.json'), '{ not json');
    // Every file the process opens through node:fs, recorded by a preloaded hook.
    const opened = join(root, 'opened.txt');
    const hook = join(root, 'hook.cjs');
    writeFileSync(
      hook,
      `const fs = require('node:fs'); const log = (p) => fs.appendFileSync(${JSON.stringify(opened)}, String(p) + '\\n');
       for (const name of ['openSync', 'readFileSync', 'existsSync', 'statSync']) { const f = fs[name]; fs[name] = function (p, ...a) { if (typeof p === 'string' && p !== ${JSON.stringify(opened)}) log(p); return f.call(this, p, ...a); }; }
       const o = fs.promises.open; fs.promises.open = function (p, ...a) { log(p); return o.call(this, p, ...a); };`,
    );
    for (const args of [['--help'], ['nosuch'], ['doctor', '--token-file']]) {
      const result = spawnSync(STEP_NODE, ['--require', hook, join(dist, 'cli.cjs'), ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', HOME: root },
      });
      expect(result.status, result.stderr).toBe(args[0] === '--help' ? 0 : 2);
      expect(`${result.stdout}${result.stderr}`).not.toContain('PWNED');
      expect(result.stderr).not.toMatch(/SyntaxError|at Object\.|\bfunction\b/);
    }
    const paths = existsSync(opened)
      ? readFileSync(opened, 'utf8')
          .split('\n')
          .filter((p) => p !== '')
      : [];
    expect(
      paths.filter((p) => !p.startsWith(dist)),
      paths.join('\n'),
    ).toEqual([]);
  });
});

describe("AWS's exact limits", () => {
  it('a web_identity_token over 20,000 characters is refused before any call', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ web_identity_token: `a.${'b'.repeat(20_000)}.c` }));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('STS accepts 4 to 20000');
    expect(emu.sts.calls).toEqual([]);
  });

  it('the same managed policy ARN twice is sent once, and the config section says so', async () => {
    const arn = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ managed_session_policies: `${arn}\n${arn}` }));
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('(an ARN listed twice is sent once)');
    expect(emu.sts.calls[0]?.params).toMatchObject({ 'PolicyArns.member.1.arn': arn });
    expect(emu.sts.calls[0]?.params['PolicyArns.member.2.arn']).toBeUndefined();
  });

  it('a role path of other printable ASCII is accepted, as IAM accepts it', async () => {
    const role = 'arn:aws:iam::123456789012:role/team!a/deploy';
    emu.sts.addRole({ arn: role });
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ role_arn: role }));
    expect(run.code, run.stdout).toBe(0);
    expect(emu.sts.calls[0]?.params.RoleArn).toBe(role);
  });

  it('a session tag key starting with aws: is refused before any call', async () => {
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ chain_role_arn: SECOND, chain_session_tags: 'aws:team=mobile' }),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('keys starting with aws: are AWS');
    expect(emu.sts.calls).toEqual([]);
  });

  it('an assumed role of another partition is named as such', async () => {
    emu.sts.faults.push({
      status: 200,
      contentType: 'text/xml',
      body: stsAnswer({ arn: 'arn:aws-cn:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42' }),
    });
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("an assumed-role ARN of partition aws-cn, not of the role's partition aws");
  });
});
