/**
 * What a step gets from the runner, and the pieces every step shares: the config section of the log, the warning for
 * plain http, and the network retry policy within the step's deadline.
 */
import type { ShownInput } from '../config/inputs';
import type { Logger } from '../core/log';
import type { Sleep } from '../net/retry';
import type { Publish } from '../publish/envman';

/** Everything a step reaches outside itself, injectable: the log, the clock, sleeping, the platform, the publisher. */
export interface StepContext {
  log: Logger;
  /** The clock: deadlines, token and ECR expiry, cache freshness. */
  now: () => number;
  sleep: Sleep;
  platform: NodeJS.Platform;
  /** Where the outputs go: envman for the steps, stdout for the CLI. */
  publish: Publish;
  /** How the log names an input: its key for the steps, its flag (`--role-arn`) for the CLI. */
  inputName?: (key: string) => string;
}

/** The start of every step: verbosity, the secrets to redact, the config section (secrets as [REDACTED]). */
export function begin(
  ctx: StepContext,
  config: { verbose: boolean; secrets: string[]; shown: ShownInput[]; insecureUrls: URL[] },
): void {
  const { log } = ctx;
  log.verbose = config.verbose;
  for (const secret of config.secrets) log.secrets.add(secret);
  log.section('Config:');
  const name = ctx.inputName ?? ((key: string) => key);
  for (const { key, shown } of config.shown) log.print(`- ${name(key)}: ${shown}`);
  // The opt-in to plain http is worth a warning every time: secrets cross the network unencrypted.
  for (const url of config.insecureUrls) {
    log.warn(
      `allow_insecure_http: sending secrets over plain http to ${url.origin}. Use this only on a network you trust.`,
    );
  }
}

/**
 * The last resort behind every time limit: 10 s after `timeout_seconds`, a step still running (a thread of Node's pool
 * stuck in a blocking open, which no signal ends and process.exit would wait for) says so, cleans up, and is killed.
 */
export function endAtTheLatest(timeoutSeconds: number, ctx: StepContext): void {
  setTimeout(
    () => {
      ctx.log.error(`The step did not end within timeout_seconds (${timeoutSeconds} s) + 10 s; ending it.`);
      process.emit('exit', 137);
      process.kill(process.pid, 'SIGKILL');
    },
    (timeoutSeconds + 10) * 1000,
  ).unref();
}
