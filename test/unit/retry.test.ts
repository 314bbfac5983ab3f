import { describe, expect, it } from 'vitest';
import { ExitCode, StepError, TransientError } from '../../src/core/errors';
import { Deadline, type RetryPolicy, withRetry } from '../../src/net/retry';

function policy(overrides: Partial<RetryPolicy> = {}): RetryPolicy & { slept: number[] } {
  const slept: number[] = [];
  let now = 0;
  return {
    attempts: 5,
    baseDelayMs: 500,
    maxDelayMs: 8000,
    attemptTimeoutMs: 1000,
    deadline: new Deadline(60_000, () => now),
    random: () => 1,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    slept,
    ...overrides,
  };
}

describe('withRetry', () => {
  it('retries transient errors with exponential backoff, then succeeds', async () => {
    const p = policy();
    let calls = 0;
    const result = await withRetry('x', p, async () => {
      calls++;
      if (calls < 4) throw new TransientError('busy');
      return 'done';
    });
    expect(result).toBe('done');
    expect(p.slept).toEqual([500, 1000, 2000]);
  });

  it('uses full jitter', async () => {
    const p = policy({ random: () => 0.25 });
    await expect(withRetry('x', p, async () => Promise.reject(new TransientError('busy')))).rejects.toThrow();
    expect(p.slept).toEqual([125, 250, 500, 1000]);
  });

  it('never retries a non-transient error', async () => {
    const p = policy();
    let calls = 0;
    const refused = new StepError('no', { exitCode: ExitCode.refused });
    await expect(
      withRetry('x', p, async () => {
        calls++;
        throw refused;
      }),
    ).rejects.toBe(refused);
    expect(calls).toBe(1);
    expect(p.slept).toEqual([]);
  });

  it('gives up after the last attempt with the transient exit code and the count', async () => {
    const p = policy({ attempts: 3 });
    const error = await withRetry('x', p, async () => Promise.reject(new TransientError('busy'))).catch((e) => e);
    expect(error).toBeInstanceOf(StepError);
    expect(error.exitCode).toBe(ExitCode.transient);
    expect(error.message).toMatch(/^busy \(gave up after 3 attempts in 1\.5 s\)$/);
  });

  it('waits at least as long as Retry-After, capped at the maximum delay', async () => {
    const p = policy({ random: () => 0 });
    let calls = 0;
    await withRetry('x', p, async () => {
      calls++;
      if (calls === 1) throw new TransientError('slow down', { retryAfterMs: 3000 });
      if (calls === 2) throw new TransientError('slow down', { retryAfterMs: 60_000 });
      return 1;
    });
    expect(p.slept).toEqual([3000, 8000]);
  });

  it('does not start a wait that would pass the deadline', async () => {
    let now = 0;
    const p = policy({ deadline: new Deadline(1200, () => now), random: () => 1 });
    p.sleep = async (ms) => {
      p.slept.push(ms);
      now += ms;
    };
    const error = await withRetry('x', p, async () => Promise.reject(new TransientError('busy'))).catch((e) => e);
    expect(p.slept).toEqual([500]);
    expect(error.message).toContain('gave up after 2 attempts');
  });

  it('gives each attempt a signal that aborts at the attempt limit', async () => {
    const p = policy({ attemptTimeoutMs: 20, attempts: 1 });
    const error = await withRetry(
      'x',
      p,
      (signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(new TransientError('timed out')));
        }),
    ).catch((e: StepError) => e);
    expect((error as StepError).message).toContain('timed out (gave up after 1 attempt');
  });
});
