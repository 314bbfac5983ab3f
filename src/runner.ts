/**
 * The one runner, for both steps and every CLI command: it makes the step context, installs the signal handlers,
 * reports an error as the user should see it, and sets the exit code.
 */
import { ExitCode, messageOf, StepError } from './core/errors';
import { Logger, type LogSink } from './core/log';
import { installSignalHandlers } from './core/signals';
import { realSleep } from './net/retry';
import type { Publish } from './publish/envman';
import type { StepContext } from './steps/step';

/** Prints an error as the user should see it: the message in red, its details, then the hint. Never a stack trace. */
export function report(log: Logger, error: unknown, bugHint: string): ExitCode {
  if (error instanceof StepError) {
    log.error(error.message);
    for (const line of error.details) log.print(`  ${line}`);
    if (error.hint) log.warn(`Hint: ${error.hint}`);
    return error.exitCode;
  }
  log.error(`Unexpected error: ${messageOf(error)}`);
  if (error instanceof Error && error.stack) log.debug(error.stack);
  log.warn(`Hint: this is a bug; please report it with the log above (${bugHint}).`);
  return ExitCode.failure;
}

export interface RunOptions {
  publish: Publish;
  /** Where the log goes (default stdout, as a step logs). */
  sink?: LogSink & { isTTY?: boolean };
  /** How to get a detailed log, for the bug hint: the step's `verbose` input, or the CLI's --verbose. */
  verboseHint?: string;
  /** Only warnings and errors in the log. */
  quiet?: boolean;
  /** Where an error is reported, when not in the log (the CLI: stderr, also when its output is the log). */
  errorSink?: LogSink & { isTTY?: boolean };
  /**
   * Colours when the log is not a terminal: the steps (Bitrise shows colours in its log, read from a pipe). The CLI
   * colours only a terminal. NO_COLOR turns colours off and FORCE_COLOR on, in both.
   */
  colorOnPipes?: boolean;
  /** How the log names an input (the CLI: by its flag). */
  inputName?: (key: string) => string;
  /** Runs first, with the log: a notice about the Node version, say. */
  before?: (log: Logger) => void;
}

/** Whether a log written to `sink` gets colours: NO_COLOR wins, then FORCE_COLOR, then a terminal (or `onPipes`). */
export function colorFor(sink: { isTTY?: boolean }, onPipes: boolean, env = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return onPipes || sink.isTTY === true;
}

/** Runs `action` with a fresh step context and sets process.exitCode from its outcome (an exit code it returns, 0). */
export async function run(action: (ctx: StepContext) => Promise<unknown>, options: RunOptions): Promise<void> {
  installSignalHandlers();
  // The SDK's own multi-line warning about Node < 22; the steps say it once, in one line (main.ts).
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const sink = options.sink ?? process.stdout;
  const onPipes = options.colorOnPipes ?? false;
  const log = new Logger({ sink, quiet: options.quiet ?? false, color: colorFor(sink, onPipes) });
  const errorLog = options.errorSink
    ? new Logger({ sink: options.errorSink, secrets: log.secrets, color: colorFor(options.errorSink, onPipes) })
    : log;
  options.before?.(log);
  const ctx: StepContext = {
    log,
    now: Date.now,
    sleep: realSleep,
    platform: process.platform,
    publish: options.publish,
    ...(options.inputName ? { inputName: options.inputName } : {}),
  };
  try {
    const code = await action(ctx);
    process.exitCode = typeof code === 'number' ? code : ExitCode.ok;
  } catch (error) {
    errorLog.verbose = log.verbose;
    process.exitCode = report(errorLog, error, options.verboseHint ?? 'run with verbose: "true"');
  }
}
