import type { ShownInput } from '../config/inputs';
import type { Logger } from '../log';
import { Deadline, type RetryPolicy, type Sleep } from '../net/retry';
import type { Output } from '../publish/envman';

/** What a step gets from its caller: the log, the clock, the sleep, the platform and the publisher (injectable). */
export interface StepContext {
  log: Logger;
  now: () => number;
  sleep: Sleep;
  platform: NodeJS.Platform;
  /** Where the outputs go: envman for the steps, stdout for the CLI. */
  publish: (outputs: Output[], log: Logger) => Promise<void>;
}

/** Prints the config section, Bitrise style: every input read, secrets as [REDACTED]. */
export function printConfig(log: Logger, shown: ShownInput[]): void {
  log.section('Config:');
  for (const { key, shown: value } of shown) log.print(`- ${key}: ${value}`);
}

/**
 * The retry policy of every network stage: 5 attempts, full-jitter backoff from 0.5 s up to 8 s, 30 s per attempt, all
 * within the step's overall deadline.
 */
export function networkPolicy(ctx: StepContext, deadline: Deadline): RetryPolicy {
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

export function deadlineOf(ctx: StepContext, timeoutSeconds: number): Deadline {
  return new Deadline(timeoutSeconds * 1000, ctx.now);
}

/** The opt-in to plain http is worth a warning every time: secrets cross the network unencrypted. */
export function warnInsecure(log: Logger, urls: URL[]): void {
  for (const url of urls) {
    log.warn(
      `allow_insecure_http: sending secrets over plain http to ${url.origin}. Use this only on a network you trust.`,
    );
  }
}
