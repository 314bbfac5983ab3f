/** The Bitrise token stage in-process, through undici, against the local Bitrise API and its fault modes. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/emulator';
import { ExitCode, StepError } from '../../src/core/errors';
import { Logger } from '../../src/core/log';
import { Deadline, type RetryPolicy } from '../../src/net/retry';
import { fetchIdentityToken, tokenEndpoint } from '../../src/token/bitrise';
import { recordCapture } from '../support/secrets';

let emu: Emulator;
let out = '';
const slept: number[] = [];
const log = new Logger({ sink: { write: (t) => (out += t) }, color: false, verbose: true });

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    attempts: 3,
    baseDelayMs: 100,
    maxDelayMs: 5000,
    attemptTimeoutMs: 2000,
    deadline: new Deadline(20_000),
    sleep: async (ms) => {
      slept.push(ms);
    },
    ...overrides,
  };
}

function fetchToken(p = policy(), apiToken = emu.bitrise.apiToken) {
  return fetchIdentityToken({
    req: { buildUrl: new URL(emu.bitrise.buildUrl), apiToken, audience: 'sts.amazonaws.com' },
    policy: p,
    log,
  });
}

async function failure(p = policy()): Promise<StepError> {
  const error = await fetchToken(p).catch((e: unknown) => e);
  if (!(error instanceof StepError)) throw new Error(`expected a StepError, got ${String(error)}`);
  recordCapture('token error', [error.message, error.hint ?? ''].join('\n'));
  return error;
}

beforeAll(async () => {
  emu = await Emulator.start();
  log.secrets.add(emu.bitrise.apiToken);
});
afterAll(async () => {
  recordCapture('token log', out);
  await emu.close();
});
beforeEach(() => {
  emu.reset();
  slept.length = 0;
});

describe('fetchIdentityToken', () => {
  it('keeps the path of the build URL', () => {
    expect(tokenEndpoint(new URL('https://app.bitrise.io/build/abc/')).href).toBe(
      'https://app.bitrise.io/build/abc/id_token.json',
    );
  });

  it('returns the token and its expiry', async () => {
    const before = Date.now();
    const token = await fetchToken();
    expect(token.token).toBe(emu.bitrise.minted.at(-1));
    expect(token.expiresAt?.getTime()).toBeGreaterThanOrEqual(before + 3600_000);
  });

  it('honours Retry-After on 429', async () => {
    emu.bitrise.faults.push({ status: 429, headers: { 'retry-after': '2' }, body: '{"error_msg":"slow down"}' });
    await fetchToken();
    expect(slept).toEqual([2000]);
    expect(emu.bitrise.requests).toHaveLength(2);
  });

  it('does not retry 501 or 404', async () => {
    emu.bitrise.faults.push({ status: 501, body: '{"error_msg":"Not Implemented"}' });
    const error = await failure();
    expect(error.message).toContain('HTTP 501');
    expect(emu.bitrise.requests).toHaveLength(1);
  });

  it('does not follow a redirect, so the API token goes nowhere else', async () => {
    emu.bitrise.faults.push({ status: 302, headers: { location: 'https://evil.example/steal' } });
    const error = await failure();
    expect(error.message).toContain('redirect (HTTP 302) to https://evil.example/steal');
    expect(emu.bitrise.requests).toHaveLength(1);
  });

  it.each([
    ['not JSON', '<html>oops</html>', 'that is not JSON'],
    ['truncated JSON', '{"id_token":"ey', 'that is not JSON'],
    ['no id_token', '{"token_type":"Bearer"}', 'without an `id_token`'],
    ['an empty id_token', '{"id_token":""}', 'without an `id_token`'],
    ['an id_token that is not a JWT', '{"id_token":"hello world"}', 'not a JWT'],
  ])('refuses a 200 with %s, without retrying', async (_name, body, expected) => {
    emu.bitrise.faults.push({ status: 200, body, contentType: 'application/json' });
    const error = await failure();
    expect(error.message).toContain(expected);
    expect(error.exitCode).toBe(ExitCode.failure);
    expect(emu.bitrise.requests).toHaveLength(1);
  });

  it('refuses a huge answer', async () => {
    emu.bitrise.faults.push({ status: 200, body: 'x'.repeat(3 * 1024 * 1024) });
    const error = await failure();
    expect(error.message).toContain('larger than 1024 KiB');
  });

  it('retries a connection reset and a hang, within the per-attempt limit', async () => {
    emu.bitrise.faults.push('reset', 'hang');
    const token = await fetchToken(policy({ attemptTimeoutMs: 300 }));
    expect(token.token).toBe(emu.bitrise.minted.at(-1));
    expect(emu.bitrise.requests).toHaveLength(3);
  });

  it('ends a Bitrise API that never answers with a timeout naming it', async () => {
    emu.bitrise.faults.push('hang', 'hang');
    const error = await failure(policy({ attempts: 2, attemptTimeoutMs: 200 }));
    expect(error.message).toContain(
      `The Bitrise API at ${new URL(emu.bitrise.buildUrl).origin} did not answer in time`,
    );
    expect(error.exitCode).toBe(ExitCode.transient);
  });

  it('reports an unreachable API as transient', async () => {
    const p = policy({ attempts: 2 });
    const error = await fetchIdentityToken({
      req: { buildUrl: new URL('http://127.0.0.1:9/build/x'), apiToken: 'unused-token', audience: 'a' },
      policy: p,
      log,
    }).catch((e: StepError) => e);
    expect((error as StepError).message).toContain(
      'Could not reach the Bitrise API at http://127.0.0.1:9: ECONNREFUSED',
    );
    expect((error as StepError).exitCode).toBe(ExitCode.transient);
  });
});
