/**
 * End to end, as an attacker would try it: values that come from servers, local files, the environment and signals.
 * Each test is one finding of the second hardening round; each failed on the code before the fix.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/emulator';
import { RecordingProxy } from '../../emulator/proxy';
import { makeCertificate } from '../../emulator/tls';
import { AUTHENTICATE, GET_IDENTITY_TOKEN, isEmptyDir, ROOT, runStep, STEP_NODE } from '../support/run-step';
import { recordCapture } from '../support/secrets';
import { stsAnswer, stsError } from '../support/sts-answers';
import { until } from '../support/world';

let emu: Emulator;
let proxy: RecordingProxy;
beforeAll(async () => {
  emu = await Emulator.start();
  proxy = await RecordingProxy.start();
});
afterAll(async () => {
  await Promise.all([emu.close(), proxy.close()]);
});
beforeEach(() => {
  emu.reset();
  proxy.reset();
});

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** A process that still runs: it exists and is not a zombie waiting to be reaped (killed, but not yet collected). */
function running(pid: string | number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

describe('1. the plain-http rule applies to the URL each request goes to', () => {
  it('refuses endpoint_url = http://… from the AWS config file, before the token leaves', async () => {
    const dir = tempDir('aws-config-');
    writeFileSync(join(dir, 'config'), '[default]\nendpoint_url = http://sts.internal.example\n');
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ AWS_ENDPOINT_URL_STS: '', AWS_CONFIG_FILE: join(dir, 'config'), HTTP_PROXY: proxy.url }),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('The AWS endpoint http://sts.internal.example uses plain http');
    expect(run.stdout).toContain('endpoint_url in the AWS config file');
    expect(run.stdout).not.toContain('https://sts.us-east-1.amazonaws.com');
    expect(proxy.seen.filter((s) => s.includes('sts.internal.example'))).toEqual([]);
    expect(emu.sts.calls).toEqual([]);
    expect(run.calls).toEqual([]);
  });

  it('names the endpoint from the AWS config file in the log when it is allowed (loopback)', async () => {
    const dir = tempDir('aws-config-');
    writeFileSync(join(dir, 'config'), `[default]\nendpoint_url = ${emu.sts.url}\n`);
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ AWS_ENDPOINT_URL_STS: '', AWS_CONFIG_FILE: join(dir, 'config'), verbose: 'true' }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(`AssumeRoleWithWebIdentity at ${emu.sts.url}`);
    expect(run.stdout).not.toContain('https://sts.');
  });
});

describe('2. answers from STS are checked before anything uses them', () => {
  const hostile: Array<[string, Parameters<typeof stsAnswer>[0]]> = [
    [
      'a newline and a profile in the access key ID',
      { id: 'ASIAAAAAAAAAAAAAAAAA\n[default]\ncredential_process = touch /tmp/pwned' },
    ],
    ['a newline in the secret', { secret: 'abc\n[default]\ncredential_process=touch /tmp/pwned' }],
    ['a control character in the session token', { token: 'IQoJ\u001b[31mred' }],
    ['an expiration in the past', { expiration: '2020-01-01T00:00:00Z' }],
    ['an ARN of another account', { arn: 'arn:aws:sts::999999999999:assumed-role/bitrise-deploy/bitrise-42' }],
    ['an ARN that is not one', { arn: 'arn:aws:sts::123456789012:assumed-role/x/y z\n' }],
  ];
  it.each(hostile)('refuses %s, publishing and writing nothing', async (_name, answer) => {
    emu.sts.faults.push({ status: 200, contentType: 'text/xml', body: stsAnswer(answer) });
    const files = tempDir('aws-files-');
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        profile_name: 'ci',
        AWS_SHARED_CREDENTIALS_FILE: join(files, 'credentials'),
        AWS_CONFIG_FILE: join(files, 'config'),
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/AWS STS answered with .*Nothing was published or written\./);
    expect(run.calls).toEqual([]);
    expect(existsSync(join(files, 'credentials'))).toBe(false);
    expect(run.stdout).not.toContain('\u001b[31mred');
  });
});

describe('3. the ECR registry endpoint is checked before docker sees it', () => {
  it.each([
    ['an option', 'https://--username=attacker'],
    ['another host', 'https://registry.evil.example'],
  ])('refuses %s as the docker login host, logging in nowhere', async (_name, endpoint) => {
    const ecr = await emu.startEcr();
    ecr.regions.set('us-east-1', {
      htpasswd: join(tempDir('htpasswd-'), 'h'),
      endpoints: { '123456789012': endpoint },
    });
    const dockerDir = tempDir('docker-bin-');
    writeFileSync(join(dockerDir, 'docker'), `#!/bin/sh\necho "$@" >> "${dockerDir}/calls"\n`, { mode: 0o755 });
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ docker_login: 'true' }), { pathFirst: [dockerDir] });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('answered with a registry endpoint that is not registry 123456789012.dkr.ecr');
    expect(existsSync(join(dockerDir, 'calls'))).toBe(false);
    expect(run.calls).toEqual([]);
  });
});

describe('4. credential_process survives the JS SDK (sh) and botocore (shlex) with hostile values', () => {
  it('reads back every value exactly through both parsers and the AWS config file', async () => {
    const { commandLine } = await import('../../src/core/shell');
    const { writeProfile } = await import('../../src/publish/aws-files');
    const values = [
      '$(touch /tmp/pwned)',
      '`id`',
      "it's",
      'a "quoted" \\ value',
      'x #not a comment',
      'y ;not a comment',
      'spaces  and more',
      'ünï©ødé',
      '--flag=value',
    ];
    const printer = join(tempDir('argv-'), 'print argv');
    writeFileSync(printer, '#!/bin/sh\nfor a in "$@"; do printf "%s\\0" "$a"; done\n', { mode: 0o755 });
    const line = commandLine([printer, ...values]);
    const files = tempDir('aws-files-');
    const paths = { credentials: join(files, 'credentials'), config: join(files, 'config') };
    await writeProfile({ name: 'p', region: 'us-east-1', credentialProcess: line }, paths);
    // The JS SDK's INI reader, then /bin/sh as the SDK runs it.
    const { loadSharedConfigFiles } = await import('@smithy/core/config');
    const loaded = await loadSharedConfigFiles({ filepath: paths.credentials, configFilepath: paths.config });
    const jsLine = loaded.configFile.p?.credential_process ?? '';
    expect(jsLine).toBe(line);
    const viaSh = execFileSync('/bin/sh', ['-c', jsLine], { encoding: 'utf8' }).split('\0').slice(0, -1);
    expect(viaSh).toEqual(values);
    // botocore's reader (configparser) and splitting (shlex.split), then the same program.
    const viaShlex = execFileSync(
      'python3',
      [
        '-c',
        'import configparser, json, shlex, sys\n' +
          'c = configparser.RawConfigParser(); c.read(sys.argv[1])\n' +
          'print(json.dumps(shlex.split(c.get("profile p", "credential_process"))))',
        paths.config,
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(viaShlex)).toEqual([printer, ...values]);
    expect(existsSync('/tmp/pwned')).toBe(false);
  });

  it('refuses a value with a line break rather than writing it', async () => {
    const { shellWord } = await import('../../src/core/shell');
    expect(() => shellWord('a\n[default]')).toThrow(/control character/);
  });
});

describe('5. size and time', () => {
  it('refuses an STS answer over 1 MiB without parsing it', async () => {
    emu.sts.faults.push({ status: 200, contentType: 'text/xml', body: `<x>${'a'.repeat(2 * 1024 * 1024)}</x>` });
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('answered with more than 1024 KiB');
    expect(emu.sts.calls).toHaveLength(1);
  });

  it('ends a hung envman and its children at timeout_seconds', async () => {
    const bin = tempDir('hung-envman-');
    const pids = join(bin, 'pids');
    writeFileSync(join(bin, 'envman'), `#!/bin/bash\nsleep 300 &\necho "$$ $!" >> "${pids}"\nwait\n`, {
      mode: 0o755,
    });
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ timeout_seconds: '5' }), { pathFirst: [bin] });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('did not finish within');
    const alive = readFileSync(pids, 'utf8').trim().split(/\s+/).filter(running);
    expect(alive).toEqual([]);
  });

  it('refuses a token file that is a FIFO instead of waiting on it', async () => {
    const fifo = join(tempDir('fifo-'), 'token');
    execFileSync('mkfifo', [fifo]);
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ web_identity_token_file: fifo }));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('not a regular file');
  });
});

/** Waits for `check` to hold, every 25 ms, for at most `ms`; fails the test when it never does. */
async function waitFor(check: () => boolean, ms: number, what: string): Promise<void> {
  await until(check, ms);
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('6. signals', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
    ['SIGQUIT', 131],
    ['SIGUSR2', 140],
  ] as const)(
    'on %s while publishing: no value file left, no envman left, the envstore put back, exit %i',
    async (signal, exit) => {
      const bin = tempDir('slow-envman-');
      const pids = join(bin, 'pids');
      writeFileSync(join(bin, 'envman'), `#!/bin/bash\necho $$ >> "${pids}"\nexec sleep 300\n`, { mode: 0o755 });
      const work = tempDir('signal-');
      const tmp = join(work, 'tmp');
      mkdirSync(tmp);
      const envstore = join(work, 'envstore.yml');
      writeFileSync(envstore, 'envs:\n- BEFORE: kept\n');
      const child = spawn('bash', [join(ROOT, 'step.sh')], {
        env: {
          ...emu.stepEnv(),
          PATH: `${bin}:${join(STEP_NODE, '..')}:/usr/bin:/bin`,
          HOME: work,
          TMPDIR: tmp,
          ENVMAN_ENVSTORE_PATH: envstore,
          NO_COLOR: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += String(d);
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      await waitFor(() => existsSync(pids) && readFileSync(pids, 'utf8').trim() !== '', 20_000, 'envman to start');
      child.kill(signal);
      const code = await exited;
      recordCapture('signal test stdout', out);
      expect(code).toBe(exit);
      expect(isEmptyDir(tmp)).toBe(true);
      expect(readFileSync(envstore, 'utf8')).toBe('envs:\n- BEFORE: kept\n');
      const envmanPid = Number(readFileSync(pids, 'utf8').trim());
      await waitFor(() => !running(envmanPid), 5_000, 'envman to end');
    },
  );
});

describe('7. the credentials are published as a unit', () => {
  it('when envman fails on the 5th add, the envstore is untouched and the message says nothing was published', async () => {
    const before = 'envs:\n- AWS_ACCESS_KEY_ID: OLDKEY\n- AWS_SESSION_TOKEN: OLDTOKEN\n';
    const files = tempDir('aws-files-');
    const credentials = join(files, 'credentials');
    writeFileSync(credentials, '[other]\naws_access_key_id = KEEP\n');
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        profile_name: 'ci',
        AWS_SHARED_CREDENTIALS_FILE: credentials,
        AWS_CONFIG_FILE: join(files, 'config'),
      }),
      { envmanFailKey: 'AWS_DEFAULT_REGION', envstore: before },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('envman could not publish AWS_DEFAULT_REGION');
    // The first four adds went to the copy of the envstore, which was discarded.
    expect(run.stdout).toContain('Nothing was published: the envstore is as it was.');
    // The envstore is the real envman's (the recorder alone keeps none).
    if (run.envstore) {
      expect([...run.envstore.entries()].map(([k, v]) => [k, v.value])).toEqual([
        ['AWS_ACCESS_KEY_ID', 'OLDKEY'],
        ['AWS_SESSION_TOKEN', 'OLDTOKEN'],
      ]);
    }
    // The profile was written before publishing, and is put back too.
    expect(readFileSync(credentials, 'utf8')).toBe('[other]\naws_access_key_id = KEEP\n');
    expect(run.stdout).toContain('Undone: the profile ci was put back as it was.');
  });

  it("with refresh, a failed publish removes the renewal's configuration and cache with the profile", async () => {
    const files = tempDir('aws-files-');
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        profile_name: 'ci',
        refresh: 'true',
        AWS_SHARED_CREDENTIALS_FILE: join(files, 'credentials'),
        AWS_CONFIG_FILE: join(files, 'config'),
      }),
      { envmanFailKey: 'AWS_REGION' },
    );
    expect(run.code).toBe(1);
    expect(existsSync(join(files, 'config'))).toBe(false);
    const tool = join(run.home, '.authenticate-with-aws');
    expect([readdirSync(join(tool, 'refresh')), readdirSync(join(tool, 'cache'))]).toEqual([[], []]);
    expect(run.stdout).toContain(
      'Undone: the profile ci was put back as it was, and its credential_process configuration and cache removed.',
    );
  });

  it("the variant's token file is removed when publishing fails", async () => {
    const file = join(tempDir('token-'), 'token.jwt');
    const run = await runStep(GET_IDENTITY_TOKEN, emu.stepEnv({ audience: 'sts.amazonaws.com', token_file: file }), {
      envmanFailKey: 'BITRISE_IDENTITY_TOKEN',
    });
    expect(run.code).toBe(1);
    expect(existsSync(file)).toBe(false);
    expect(run.stdout).toContain(`Undone: the token file ${file} was removed.`);
  });
});

describe('8. temporary files and symbolic links', () => {
  it('writes the profile through a random temporary name, not over a planted link at a predictable one', async () => {
    const files = tempDir('aws-files-');
    const victim = join(tempDir('victim-'), 'file');
    writeFileSync(victim, 'untouched');
    const credentials = join(files, 'credentials');
    // The old writer used <path>.<pid>.tmp; plant links for every pid a small test can get.
    for (let pid = 1; pid < 200; pid++) symlinkSync(victim, `${credentials}.${pid}.tmp`);
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ profile_name: 'ci', AWS_SHARED_CREDENTIALS_FILE: credentials, AWS_CONFIG_FILE: join(files, 'c') }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect((lstatSync(credentials).mode & 0o777).toString(8)).toBe('600');
  });

  it('refuses a token_file that is a symbolic link, leaving its target alone', async () => {
    const dir = tempDir('token-link-');
    const target = join(dir, 'precious');
    writeFileSync(target, 'precious');
    chmodSync(target, 0o644);
    symlinkSync(target, join(dir, 'token.jwt'));
    const run = await runStep(GET_IDENTITY_TOKEN, {
      ...emu.stepEnv({ audience: 'sts.amazonaws.com', token_file: join(dir, 'token.jwt') }),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('is a symbolic link');
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect((lstatSync(target).mode & 0o777).toString(8)).toBe('644');
    expect(run.calls).toEqual([]);
  });

  it('writes through a symlinked ~/.aws/credentials, keeping the link', async () => {
    const dotfiles = tempDir('dotfiles-');
    const real = join(dotfiles, 'credentials');
    writeFileSync(real, '[other]\naws_access_key_id = KEEP\n');
    const files = tempDir('aws-files-');
    symlinkSync(real, join(files, 'credentials'));
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        profile_name: 'ci',
        AWS_SHARED_CREDENTIALS_FILE: join(files, 'credentials'),
        AWS_CONFIG_FILE: join(files, 'config'),
      }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(readlinkSync(join(files, 'credentials'))).toBe(real);
    expect(readFileSync(real, 'utf8')).toContain('[ci]');
    expect(readFileSync(real, 'utf8')).toContain('aws_access_key_id = KEEP');
  });
});

describe('9. the bundles load nothing from outside themselves', () => {
  it('never requires a module from node_modules folders above the step or in ~/.node_modules', async () => {
    const work = tempDir('planted-');
    const marker = join(work, 'loaded');
    for (const dir of [join(work, 'node_modules/supports-color'), join(work, 'home/.node_modules/supports-color')]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.js'), `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x');`);
    }
    const cwd = join(work, 'src');
    mkdirSync(cwd);
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ DEBUG: '*', HTTP_PROXY: proxy.url }), { cwd });
    expect(run.code, run.stdout).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });

  it.each(['dist/main.cjs', 'dist/aws.cjs', 'dist/cli.cjs', 'variants/get-identity-token/dist/main.cjs'])(
    '%s requires only Node built-ins, and imports only its sibling chunks',
    (bundle) => {
      const { builtinModules } = require('node:module') as typeof import('node:module');
      const text = readFileSync(join(ROOT, bundle), 'utf8');
      const required = [...text.matchAll(/\b(?:require|import)\("([^"]+)"\)/g)].map((m) => m[1] ?? '');
      const outside = required.filter((name) => {
        if (name.startsWith('node:') || builtinModules.includes(name) || /\s|\[/.test(name)) return false;
        // A chunk of the same bundle set, next to it (dist/aws.cjs).
        if (name.startsWith('.') && existsSync(join(ROOT, bundle, '..', name))) return false;
        return true;
      });
      // The SDK's optional CRT signers are named only inside its error messages.
      expect(outside.filter((name) => !name.startsWith('@aws-sdk/signature-v4-crt'))).toEqual([]);
    },
  );
});

describe('10. children get only the environment they need', () => {
  it('envman sees no input and no secret, and NODE_DEBUG and DEBUG print none', async () => {
    const bin = tempDir('env-envman-');
    writeFileSync(join(bin, 'envman'), `#!/bin/sh\nenv >> "${bin}/env"\n`, { mode: 0o755 });
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        NODE_DEBUG: 'child_process,http,net',
        DEBUG: '*',
        HTTPS_PROXY: 'http://user:proxy-secret-123@127.0.0.1:9',
        NO_PROXY: '127.0.0.1',
      }),
      { pathFirst: [bin] },
    );
    expect(run.code, run.stdout).toBe(0);
    const seen = readFileSync(join(bin, 'env'), 'utf8');
    recordCapture('envman environment', seen);
    for (const secret of [emu.bitrise.apiToken, 'proxy-secret-123']) {
      expect(seen).not.toContain(secret);
      expect(run.stderr).not.toContain(secret);
      expect(run.stdout).not.toContain(secret);
    }
    expect(seen).not.toMatch(/^(build_api_token|role_arn|build_url)=/m);
  });
});

describe('11. inputs refused as inputs', () => {
  it.each([
    ['a line break', 'token\nX-Injected: 1'],
    ['a control character', 'tok\u0007en'],
    ['a character beyond Latin-1', 'tokén€'],
  ])('build_api_token with %s is a bad input, not a network error', async (_name, token) => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ build_api_token: token }));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('`build_api_token`');
    expect(emu.bitrise.requests).toEqual([]);
  });

  it('the variant takes an absurd expires_in from the token instead of crashing', async () => {
    emu.bitrise.answerOverrides = { expires_in: 1e308 };
    const run = await runStep(GET_IDENTITY_TOKEN, emu.stepEnv({ audience: 'sts.amazonaws.com' }));
    expect(run.code, run.stdout).toBe(0);
    const expiresAt = Date.parse(run.published.get('BITRISE_IDENTITY_TOKEN_EXPIRES_AT')?.value ?? '');
    expect(expiresAt).toBeGreaterThan(Date.now());
    expect(expiresAt).toBeLessThan(Date.now() + 2 * 3600_000);
  });
});

describe('12. strings from servers are printed with control characters escaped', () => {
  it('a Bitrise error_msg cannot forge log lines or colours', async () => {
    emu.bitrise.faults.push({
      status: 403,
      contentType: 'application/json',
      body: JSON.stringify({ error_msg: 'no\r\n\u001b[32mAssumed arn:aws:sts::123456789012:assumed-role/admin/x' }),
    });
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code).toBe(3);
    expect(run.stdout).not.toContain('\u001b[32mAssumed');
    expect(run.stdout).not.toMatch(/^Assumed arn/m);
    expect(run.stdout).toContain('no\\r\\n\\x1b[32mAssumed');
  });

  it('an STS error message cannot either', async () => {
    emu.sts.faults.push(
      stsError(403, 'AccessDenied', 'denied&#10;Assumed arn:aws:sts::1:assumed-role/admin/x&#27;[0m'),
    );
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code).toBe(3);
    expect(run.stdout).not.toMatch(/^Assumed arn/m);
    expect(run.stdout).toContain('denied\\nAssumed');
  });
});

describe('14. failures are classified by what retrying can change', () => {
  it('a TLS certificate the machine does not trust is not retried', async () => {
    const cert = makeCertificate('127.0.0.1');
    let handshakes = 0;
    const server = createHttpsServer({ key: readFileSync(cert.key), cert: readFileSync(cert.cert) }, (_req, res) =>
      res.end(),
    );
    server.on('tlsClientError', () => handshakes++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const run = await runStep(AUTHENTICATE, emu.stepEnv({ AWS_ENDPOINT_URL_STS: `https://127.0.0.1:${port}` }));
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('The TLS connection to AWS STS');
      expect(run.stdout).toContain('NODE_EXTRA_CA_CERTS');
      expect(run.stdout).not.toContain('Retrying');
      expect(handshakes).toBe(1);
    } finally {
      server.close();
    }
  });

  /** The step with STS behind the recording proxy (an https endpoint, so the proxy is asked to CONNECT). */
  const viaProxy = (mode: RecordingProxy['mode'], inputs: Record<string, string> = {}) => {
    proxy.mode = mode;
    const env = { AWS_ENDPOINT_URL_STS: 'https://sts.internal.example', HTTPS_PROXY: proxy.url, NO_PROXY: '127.0.0.1' };
    return runStep(AUTHENTICATE, emu.stepEnv({ ...env, ...inputs }));
  };

  it('a proxy that wants credentials (407) is a refusal, not retried', async () => {
    const run = await viaProxy('auth-required');
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('407');
    expect(run.stdout).toContain('HTTPS_PROXY=http://user:password@');
    expect(proxy.seen).toHaveLength(1);
  });

  it('a proxy that wants credentials for the Bitrise API is a refusal too', async () => {
    proxy.mode = 'auth-required';
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ build_url: 'https://app.bitrise.internal.example/build/1', HTTPS_PROXY: proxy.url }),
    );
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('407');
    expect(proxy.seen).toHaveLength(1);
  });

  it('a reset STS connection is said to be closed, not slow, and retried', async () => {
    emu.sts.faults.push('reset', 'reset');
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('was closed before the whole answer arrived');
    expect(run.stdout).not.toContain('did not answer in time');
    expect(emu.sts.calls).toHaveLength(3);
  });

  it('a truncated 200 from STS is retried', async () => {
    emu.sts.faults.push('truncate');
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code, run.stdout).toBe(0);
    expect(emu.sts.calls).toHaveLength(2);
  });

  it('a proxy that closes CONNECT fails each attempt at once instead of waiting out the deadline', async () => {
    const run = await viaProxy('close', { timeout_seconds: '60' });
    expect(run.code, run.stdout).toBe(4);
    expect(run.stdout).toContain('gave up after 5 attempts');
    expect(proxy.seen).toHaveLength(5);
  });
});

describe('15. AWS shared files that are not files', () => {
  /** Runs the step with profile_name, the AWS shared files in a fresh folder where `folder` is a folder. */
  async function withFolderAt(folder: 'credentials' | 'config') {
    const files = tempDir('aws-files-');
    mkdirSync(join(files, folder));
    const env = { AWS_SHARED_CREDENTIALS_FILE: join(files, 'credentials'), AWS_CONFIG_FILE: join(files, 'config') };
    return { files, run: await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'ci', ...env })) };
  }

  it('a credentials path that is a folder is a clear error, with nothing half-written', async () => {
    const { files, run } = await withFolderAt('credentials');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Cannot write the AWS profile');
    expect(run.stdout).toContain('it is a folder');
    expect(run.stdout).not.toContain('Unexpected error');
    expect(existsSync(join(files, 'config'))).toBe(false);
    expect(run.calls).toEqual([]);
  });

  it('a config path that is a folder leaves the credentials file untouched', async () => {
    const { files, run } = await withFolderAt('config');
    expect(run.code).toBe(1);
    expect(existsSync(join(files, 'credentials'))).toBe(false);
  });
});
