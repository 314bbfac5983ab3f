import { ExitCode, StepError, TransientError } from '../core/errors';
import type { Logger } from '../core/log';

/** An overall time limit: every attempt of every stage must finish before it. */
export class Deadline {
  readonly at: number;

  constructor(
    readonly totalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.at = now() + totalMs;
  }

  remainingMs(): number {
    return Math.max(0, this.at - this.now());
  }
}

/**
 * What every network stage (token, exchange, ECR) gets from the step: its log, its clock and the retry policy within
 * the step's deadline. Each stage adds only what is its own (the AWS endpoints, the credentials).
 */
export interface StageContext {
  log: Logger;
  now: () => number;
  policy: RetryPolicy;
}

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Per-attempt time limit; each attempt also ends at the deadline. */
  attemptTimeoutMs: number;
  deadline: Deadline;
  sleep?: Sleep;
  random?: () => number;
  onRetry?: (info: { attempt: number; delayMs: number; error: StepError }) => void;
}

/** A failure worth another attempt. */
export function isTransient(error: unknown): error is StepError {
  return error instanceof StepError && error.exitCode === ExitCode.transient;
}

/**
 * Runs `attempt` until it succeeds, throws a non-transient error, runs out of attempts, or the next wait would pass the
 * deadline. Waits use full jitter: random(0, min(max, base * 2^n)), or the server's Retry-After when it is longer.
 * `attempt` gets a signal that aborts at the per-attempt limit or at the deadline, whichever is first.
 */
export async function withRetry<T>(
  what: string,
  policy: RetryPolicy,
  attempt: (signal: AbortSignal, n: number) => Promise<T>,
): Promise<T> {
  const sleep = policy.sleep ?? realSleep;
  const random = policy.random ?? Math.random;
  const started = policy.deadline.totalMs - policy.deadline.remainingMs();
  for (let n = 1; ; n++) {
    const remaining = policy.deadline.remainingMs();
    if (remaining <= 0) {
      throw new TransientError(`${what} did not finish within the time limit of ${seconds(policy.deadline.totalMs)}.`, {
        hint: 'Raise `timeout_seconds` if the network is slow, or try again later.',
      });
    }
    try {
      return await attempt(AbortSignal.timeout(Math.min(policy.attemptTimeoutMs, remaining)), n);
    } catch (error) {
      if (!isTransient(error)) throw error;
      const backoff = Math.round(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1)));
      const retryAfter = error instanceof TransientError ? (error.retryAfterMs ?? 0) : 0;
      const delayMs = Math.min(Math.max(backoff, retryAfter), policy.maxDelayMs);
      const givingUp = n >= policy.attempts || delayMs >= policy.deadline.remainingMs();
      if (givingUp) {
        const spent = policy.deadline.totalMs - policy.deadline.remainingMs() - started;
        throw new StepError(`${error.message} (gave up after ${n} attempt${n === 1 ? '' : 's'} in ${seconds(spent)})`, {
          hint: error.hint,
          exitCode: ExitCode.transient,
          details: error.details,
          cause: error,
        });
      }
      policy.onRetry?.({ attempt: n, delayMs, error });
      await sleep(delayMs);
    }
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * The retry policy of every network stage: 5 attempts, full-jitter backoff from 0.5 s up to 8 s, 30 s per attempt, all
 * within the step's overall deadline.
 */
export function networkPolicy(ctx: { log: Logger; sleep?: Sleep }, deadline: Deadline): RetryPolicy {
  return {
    attempts: 5,
    baseDelayMs: 500,
    maxDelayMs: 8000,
    attemptTimeoutMs: 30_000,
    deadline,
    sleep: ctx.sleep,
    onRetry: ({ attempt, delayMs, error }) =>
      ctx.log.warn(
        `${error.message.replace(/([^.!?])$/, '$1.')} Retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1}).`,
      ),
  };
}

/** The step's overall deadline, on its clock. */
export function deadlineOf(ctx: { now: () => number }, timeoutSeconds: number): Deadline {
  return new Deadline(timeoutSeconds * 1000, ctx.now);
}
