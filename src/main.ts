/** Entry of dist/main.cjs, run by step.sh: the Authenticate with AWS step. */
import type { Logger } from './log';
import { runStep } from './run';
import { authenticate } from './steps/authenticate';

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

runStep(authenticate, nodeVersionNotice);
