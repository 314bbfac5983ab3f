import { ExitCode, messageOf, StepError } from './errors';
import { Logger } from './log';
import { realSleep } from './net/retry';
import { publishWithEnvman } from './publish/envman';
import type { StepContext } from './steps/context';

/** Prints an error as the user should see it: the message in red, its details, then the hint. Never a stack trace. */
export function report(log: Logger, error: unknown): ExitCode {
  if (error instanceof StepError) {
    log.error(error.message);
    for (const line of error.details) log.print(`  ${line}`);
    if (error.hint) log.warn(`Hint: ${error.hint}`);
    return error.exitCode;
  }
  log.error(`Unexpected error: ${messageOf(error)}`);
  if (error instanceof Error && error.stack) log.debug(error.stack);
  log.warn('Hint: this is a bug in the step; please report it with the log above (run with verbose: "true").');
  return ExitCode.failure;
}

export type Step = (env: NodeJS.ProcessEnv, ctx: StepContext) => Promise<void>;

/** Runs a step with the process environment and sets the exit code; the only place a step meets `process`. */
export function runStep(step: Step, before?: (log: Logger) => void): void {
  const log = new Logger();
  before?.(log);
  step(process.env, { log, now: Date.now, sleep: realSleep, platform: process.platform, publish: publishWithEnvman })
    .then(
      () => ExitCode.ok,
      (error: unknown) => report(log, error),
    )
    .then((code) => {
      process.exitCode = code;
    });
}
