import { ExitCode, messageOf, StepError } from './errors';
import { Logger } from './log';
import { realSleep } from './net/retry';
import { authenticate } from './steps/authenticate';
import type { StepContext } from './steps/context';
import { getIdentityToken } from './steps/get-identity-token';

const STEPS: Record<string, (env: NodeJS.ProcessEnv, ctx: StepContext) => Promise<void>> = {
  authenticate,
  'get-identity-token': getIdentityToken,
};

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

/**
 * The AWS SDK prints a multi-line warning on Node < 22. The step says it once, in one line, and silences the SDK's.
 */
function nodeVersionNotice(log: Logger): void {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    log.warn(
      `Node.js ${process.versions.node}: this step works, but AWS SDK releases after January 2027 need Node.js 22 ` +
        'or newer; choose a stack with Node.js 22+ to keep getting updates.',
    );
  }
}

async function main(argv: string[]): Promise<ExitCode> {
  const log = new Logger();
  const name = argv[2] ?? '';
  const step = STEPS[name];
  if (!step) {
    log.error(`Unknown command ${JSON.stringify(name)}; expected one of: ${Object.keys(STEPS).join(', ')}.`);
    return ExitCode.badInput;
  }
  if (name === 'authenticate') nodeVersionNotice(log);
  try {
    await step(process.env, { log, now: Date.now, sleep: realSleep });
    return ExitCode.ok;
  } catch (error) {
    return report(log, error);
  }
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
