/** Entry of dist/main.cjs, run by step.sh: the Authenticate with AWS step. */
import type { Logger } from './core/log';
import { mark } from './core/timing';
import { tuneV8ForOneShot } from './core/v8-tuning';
import { publishWithEnvman } from './publish/envman';
import { run } from './runner';
import { authenticate } from './steps/authenticate';

/** The AWS SDK needs Node.js 22 from 2027 on; the step says so once, in one line. */
function nodeVersionNotice(log: Logger): void {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    log.warn(
      `Node.js ${process.versions.node}: this step works, but AWS SDK releases after January 2027 need Node.js 22 ` +
        'or newer; choose a stack with Node.js 22+ to keep getting updates.',
    );
  }
}

mark('bundle read and initialised');
tuneV8ForOneShot();
void run((ctx) => authenticate(process.env, ctx), {
  publish: publishWithEnvman,
  before: nodeVersionNotice,
  colorOnPipes: true,
});
