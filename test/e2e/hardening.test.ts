/** End to end: proxies through a real proxy process, plain-http refusal and opt-in, and time limits. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/emulator';
import { RecordingProxy } from '../../emulator/proxy';
import { AUTHENTICATE, runStep } from '../support/run-step';

let emu: Emulator;
let proxy: RecordingProxy;
const port = (url: string) => new URL(url).port;

beforeAll(async () => {
  emu = await Emulator.start();
  proxy = await RecordingProxy.start({
    'sts.internal.example:80': { host: '127.0.0.1', port: Number(port(emu.sts.url)) },
    'bitrise.internal.example:80': { host: '127.0.0.1', port: Number(port(emu.bitrise.buildUrl)) },
  });
});
afterAll(async () => {
  await proxy.close();
  await emu.close();
});
beforeEach(() => {
  proxy.reset();
  emu.reset();
});

describe('proxies', () => {
  // Hosts that are not loopback, which only the proxy knows (it maps them to the emulator): nothing resolves them.
  const viaProxy = (variable: string) => ({
    [variable]: proxy.url,
    build_url: `http://bitrise.internal.example${new URL(emu.bitrise.buildUrl).pathname}`,
    AWS_ENDPOINT_URL_STS: 'http://sts.internal.example',
    allow_insecure_http: 'true',
  });

  it.each(['HTTP_PROXY', 'http_proxy'])('sends the Bitrise API and STS requests through %s', async (variable) => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv(viaProxy(variable)));
    expect(run.code, run.stdout).toBe(0);
    // undici tunnels (CONNECT) to the Bitrise API even for http; the AWS SDK sends STS's plain-http request as is.
    expect(proxy.seen).toContain('bitrise.internal.example:80');
    expect(proxy.seen).toContain('http://sts.internal.example/');
    expect(emu.sts.calls).toHaveLength(1);
  });

  it('never proxies loopback: plain http to 127.0.0.1 goes direct, whatever HTTP_PROXY and NO_PROXY say', async () => {
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ HTTP_PROXY: proxy.url, http_proxy: proxy.url, NO_PROXY: '' }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(proxy.seen).toEqual([]);
    expect(emu.sts.calls).toHaveLength(1);
  });

  it.each(['NO_PROXY', 'no_proxy'])('goes direct for hosts in %s, for both', async (variable) => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ HTTP_PROXY: proxy.url, [variable]: 'localhost,127.0.0.1' }));
    expect(run.code, run.stdout).toBe(0);
    expect(proxy.seen).toEqual([]);
  });

  it('uses HTTPS_PROXY only for https URLs', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ HTTPS_PROXY: proxy.url }));
    expect(run.code, run.stdout).toBe(0);
    expect(proxy.seen).toEqual([]);
  });
});

describe('plain http', () => {
  it('refuses an AWS endpoint over plain http to another host, naming the variable, before any call', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ AWS_ENDPOINT_URL_STS: 'http://sts.internal.example' }));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('`AWS_ENDPOINT_URL_STS` uses plain http to sts.internal.example');
    expect(run.stdout).toContain('`allow_insecure_http`');
    expect(emu.bitrise.requests).toEqual([]);
    expect(run.calls).toEqual([]);
  });

  it('allows it with allow_insecure_http, with a warning', async () => {
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        AWS_ENDPOINT_URL_STS: 'http://sts.internal.example',
        allow_insecure_http: 'true',
        HTTP_PROXY: proxy.url,
        NO_PROXY: '127.0.0.1',
      }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('allow_insecure_http: sending secrets over plain http to http://sts.internal.example');
    expect(proxy.seen).toEqual(['http://sts.internal.example/']);
    expect(emu.sts.calls).toHaveLength(1);
  });
});

describe('time limits', () => {
  it('ends an STS that never answers within timeout_seconds, naming the endpoint', async () => {
    emu.sts.faults.push('hang', 'hang');
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ timeout_seconds: '5' }));
    expect(run.code).toBe(4);
    expect(run.stdout).toContain(`AWS STS at ${emu.sts.url} did not answer in time`);
    expect(run.ms).toBeLessThan(20_000);
    expect(run.calls).toEqual([]);
  });

  it('ends a Bitrise API that never answers within timeout_seconds', async () => {
    emu.bitrise.faults.push('hang', 'hang');
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ timeout_seconds: '5' }));
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('The Bitrise API at http://127.0.0.1');
    expect(run.stdout).toContain('did not answer in time');
    expect(emu.sts.calls).toEqual([]);
    expect(run.calls).toEqual([]);
  });
});

describe('environment problems are named, with a hint, never called a bug', () => {
  /** A path that cannot be a folder: its parent is a regular file (as root, a mode would not stop a write). */
  function notAFolder(): string {
    const file = join(mkdtempSync(join(tmpdir(), 'not-a-folder-')), 'file');
    writeFileSync(file, '');
    return join(file, 'home');
  }
  const expectNoBug = (out: string) => expect(out).not.toMatch(/this is a bug|Unexpected error/);

  it('a TMPDIR that does not exist: publishing needs none (its FIFOs are made beside the envstore)', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ TMPDIR: '/nonexistent/tmp' }));
    expect(run.code, run.stdout).toBe(0);
    expect(run.published.size).toBe(6);
  });

  it('an envstore in a folder that cannot be written', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ ENVMAN_ENVSTORE_PATH: join(notAFolder(), 'envstore.yml') }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Cannot publish the outputs: the folder beside the envstore cannot be written:');
    expect(run.stdout).toContain('Hint: Check ENVMAN_ENVSTORE_PATH');
    expectNoBug(run.stdout);
    expect(run.calls).toEqual([]);
  });

  it('a HOME that cannot be written, with refresh', async () => {
    const home = notAFolder();
    const files = mkdtempSync(join(tmpdir(), 'aws-files-'));
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        HOME: home,
        profile_name: 'p',
        refresh: 'true',
        AWS_SHARED_CREDENTIALS_FILE: join(files, 'credentials'),
        AWS_CONFIG_FILE: join(files, 'config'),
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `Cannot keep the refresh command and its cache in HOME: ${home}/.authenticate-with-aws is not a folder (or a part of its path is not).`,
    );
    expect(run.stdout).toContain('set `refresh` to "false"');
    expectNoBug(run.stdout);
    expect(run.published.size).toBe(0);
  });

  it('a HOME that cannot be written, when AWS refuses: the hint does not claim doctor was installed', async () => {
    emu.sts.addRole({ arn: 'arn:aws:iam::123456789012:role/locked', trust: () => false });
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ HOME: notAFolder(), role_arn: 'arn:aws:iam::123456789012:role/locked' }),
    );
    expect(run.code).toBe(3);
    expect(run.stdout).not.toContain('the step installed that command');
    expect(run.stdout).toContain('`node dist/cli.cjs doctor --trust-policy trust.json` in a copy of this step');
    expect(run.stdout).toContain('could not install that command for later steps');
  });

  it('no HOME at all, with a profile: refused, not written into the user database’s home', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ HOME: '', profile_name: 'p' }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('HOME is not set, so there is no home folder for the AWS profile');
    expect(run.stdout).toContain('Hint: Set HOME');
    expectNoBug(run.stdout);
  });
});
