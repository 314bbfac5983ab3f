/**
 * End to end: the renewal replays one saved target. Concurrent tools share one renewal; a shortened session is asked
 * for as granted; the calling process's endpoints are never used; a removed cache folder is made again; a cache near
 * its end is not served. The cache ages by rewriting its times, never by sleeping.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/emulator';
import { AUTHENTICATE, runStep, type StepRun } from '../support/run-step';
import { recordCapture } from '../support/secrets';

const SHORT = 'arn:aws:iam::123456789012:role/one-hour-max';
let emu: Emulator;
let recorder: Server;
let recorded = 0;

beforeAll(async () => {
  emu = await Emulator.start();
  emu.sts.addRole({ arn: SHORT, maxSessionDuration: 3600 });
  recorder = createServer((_req, res) => {
    recorded++;
    res.end('<nothing/>');
  });
  await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  recorder.close();
  await emu.close();
});
beforeEach(() => {
  emu.reset();
  recorded = 0;
});

function awsFiles(config = '') {
  const dir = mkdtempSync(join(tmpdir(), 'renewal-files-'));
  const files = { AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_CONFIG_FILE: join(dir, 'config') };
  writeFileSync(files.AWS_CONFIG_FILE, config, { mode: 0o600 });
  return files;
}

const lineOf = (files: { AWS_CONFIG_FILE: string }, profile: string) => {
  const text = readFileSync(files.AWS_CONFIG_FILE, 'utf8');
  const section = text.slice(text.indexOf(`[profile ${profile}]`));
  return /credential_process = (.*)/.exec(section)?.[1] ?? '';
};

/** A later step: the build's API, and whatever else it sets. */
const laterStep = (extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH ?? '',
  BITRISE_BUILD_URL: emu.bitrise.buildUrl,
  BITRISE_BUILD_API_TOKEN: emu.bitrise.apiToken,
  ...extra,
});

async function runLine(line: string, env: Record<string, string>) {
  const result = await execa('/bin/sh', ['-c', line], { env, extendEnv: false, reject: false });
  recordCapture('credential-process stderr', result.stderr);
  return result;
}

const cacheFolder = (run: StepRun) => join(run.home, '.authenticate-with-aws', 'cache');
const cacheOf = (run: StepRun, profile: string) => {
  const name = readdirSync(cacheFolder(run)).find((f) => f.startsWith(`${profile}-`) && f.endsWith('.json'));
  return join(cacheFolder(run), name ?? 'none');
};

/** Ages the cache: its credentials now expire in `leftMs`, and were issued `sessionSeconds` before that. */
function age(path: string, leftMs: number, sessionSeconds: number): void {
  const cache = JSON.parse(readFileSync(path, 'utf8'));
  const expiry = Date.now() + leftMs;
  cache.credentials.Expiration = new Date(expiry).toISOString();
  cache.issuedAt = new Date(expiry - sessionSeconds * 1000).toISOString();
  writeFileSync(path, JSON.stringify(cache), { mode: 0o600 });
}

describe('the renewal replays one saved target', () => {
  it('30 concurrent credential_process runs with a stale cache: one renewal, all 30 served', async () => {
    const files = awsFiles();
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'many', refresh: 'true', ...files }));
    expect(run.code, run.stdout).toBe(0);
    age(cacheOf(run, 'many'), 5 * 60_000, 3600);
    const [tokens, sts] = [emu.bitrise.tokenRequests.length, emu.sts.calls.length];
    const line = lineOf(files, 'many');
    const results = await Promise.all(Array.from({ length: 30 }, () => runLine(line, laterStep())));
    for (const r of results) expect(r.exitCode, r.stderr).toBe(0);
    const keys = new Set(results.map((r) => JSON.parse(r.stdout).AccessKeyId));
    expect(keys.size).toBeLessThanOrEqual(2);
    expect(emu.bitrise.tokenRequests.length - tokens).toBeLessThanOrEqual(2);
    expect(emu.sts.calls.length - sts).toBeLessThanOrEqual(2);
    expect(emu.sts.calls.length - sts).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('a shortened session is renewed for the granted length, once, and quietly', async () => {
    const files = awsFiles();
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ role_arn: SHORT, duration_seconds: '7200', profile_name: 'short', refresh: 'true', ...files }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(emu.sts.calls.map((c) => c.params.DurationSeconds)).toEqual(['7200', '3600']);
    rmSync(cacheOf(run, 'short'));
    emu.sts.calls.length = 0;
    const result = await runLine(lineOf(files, 'short'), laterStep());
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(emu.sts.calls.map((c) => c.params.DurationSeconds)).toEqual(['3600']);
  });

  it("never sends to the calling process's endpoints (AWS_ENDPOINT_URL*, endpoint_url)", async () => {
    const files = awsFiles();
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'pinned', refresh: 'true', ...files }));
    expect(run.code, run.stdout).toBe(0);
    rmSync(cacheOf(run, 'pinned'));
    const elsewhere = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
    writeFileSync(
      files.AWS_CONFIG_FILE,
      `[default]\nendpoint_url = ${elsewhere}\n${readFileSync(files.AWS_CONFIG_FILE, 'utf8')}`,
    );
    const result = await runLine(
      lineOf(files, 'pinned'),
      laterStep({ ...files, AWS_ENDPOINT_URL: elsewhere, AWS_ENDPOINT_URL_STS: elsewhere, AWS_PROFILE: 'default' }),
    );
    expect(result.exitCode, result.stderr).toBe(0);
    expect(recorded).toBe(0);
    expect(JSON.parse(result.stdout).AccessKeyId).toBe(emu.sts.issued.at(-1)?.accessKeyId);
  });

  it('a removed cache folder is made again, private, and the next call is served from it', async () => {
    const files = awsFiles();
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'cleaned', refresh: 'true', ...files }));
    expect(run.code, run.stdout).toBe(0);
    rmSync(cacheFolder(run), { recursive: true });
    const first = await runLine(lineOf(files, 'cleaned'), laterStep());
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    const calls = emu.sts.calls.length;
    const second = await runLine(lineOf(files, 'cleaned'), laterStep());
    expect(JSON.parse(second.stdout).AccessKeyId).toBe(JSON.parse(first.stdout).AccessKeyId);
    expect(emu.sts.calls.length).toBe(calls);
  });

  it('a cache with 10 minutes left is renewed (tools refresh from 15); one with 20 is served', async () => {
    const files = awsFiles();
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'margin', refresh: 'true', ...files }));
    expect(run.code, run.stdout).toBe(0);
    const cached = run.published.get('AWS_ACCESS_KEY_ID')?.value;
    age(cacheOf(run, 'margin'), 20 * 60_000, 3600);
    const served = await runLine(lineOf(files, 'margin'), laterStep());
    expect(JSON.parse(served.stdout).AccessKeyId).toBe(cached);
    age(cacheOf(run, 'margin'), 10 * 60_000, 3600);
    const renewed = await runLine(lineOf(files, 'margin'), laterStep());
    expect(renewed.exitCode, renewed.stderr).toBe(0);
    expect(JSON.parse(renewed.stdout).AccessKeyId).not.toBe(cached);
  });

  it('with roles and refresh, each role renews alone: its own target, one exchange', async () => {
    const staging = 'arn:aws:iam::123456789012:role/staging';
    emu.sts.addRole({ arn: staging });
    const files = awsFiles();
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ roles: `staging=${staging}`, profile_name: 'main', refresh: 'true', ...files }),
    );
    expect(run.code, run.stdout).toBe(0);
    rmSync(cacheOf(run, 'staging'));
    emu.sts.calls.length = 0;
    const result = await runLine(lineOf(files, 'staging'), laterStep());
    expect(result.exitCode, result.stderr).toBe(0);
    expect(emu.sts.calls.map((c) => [c.params.Action, c.params.RoleArn])).toEqual([
      ['AssumeRoleWithWebIdentity', staging],
    ]);
  });

  it("finds the SDK's files as the SDK does: HOME empty, USERPROFILE's .aws/config a FIFO, refused at once", async () => {
    const files = awsFiles();
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'fifo', refresh: 'true', ...files }));
    expect(run.code, run.stdout).toBe(0);
    rmSync(cacheOf(run, 'fifo'));
    const profile = mkdtempSync(join(tmpdir(), 'userprofile-'));
    mkdirSync(join(profile, '.aws'));
    execFileSync('mkfifo', [join(profile, '.aws', 'config')]);
    const started = Date.now();
    const result = await runLine(lineOf(files, 'fifo'), laterStep({ HOME: '', USERPROFILE: profile }));
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain(`${join(profile, '.aws', 'config')} (AWS_CONFIG_FILE) is not a regular file`);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a relative HOME is refused, naming HOME, before anything is sent', async () => {
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ profile_name: 'rel', refresh: 'true', HOME: 'relative/home' }),
    );
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('HOME');
    expect(run.published.size).toBe(0);
  });
});
