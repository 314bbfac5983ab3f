/** End to end: proxies through a real proxy process, plain-http refusal and opt-in, and time limits. */
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
  it.each(['HTTP_PROXY', 'http_proxy'])('sends the Bitrise API and STS requests through %s', async (variable) => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ [variable]: proxy.url }));
    expect(run.code, run.stdout).toBe(0);
    const bitrise = port(emu.bitrise.buildUrl);
    const sts = port(emu.sts.url);
    expect(proxy.seen.some((s) => s.includes(`127.0.0.1:${bitrise}`))).toBe(true);
    expect(proxy.seen.some((s) => s.includes(`127.0.0.1:${sts}`))).toBe(true);
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
