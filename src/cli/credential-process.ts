/**
 * `credential-process`: what a profile's credential_process runs. Its configuration is the file the Authenticate step
 * saved (`--config`), never variables that happen to be named like a step input in a later step; the Bitrise API is the
 * build's own, its token read now (BITRISE_BUILD_API_TOKEN), never stored. Quiet on success: tools copy its stderr into
 * the build log. A fresh cache is served by a smaller bundle before this one loads (credential-process-main.ts).
 */
import type { Argv } from 'yargs';
import { refresh } from '../steps/refresh';
import { command } from './flags';

export const credentialProcess = {
  command: 'credential-process',
  describe: 'Print credentials in the credential_process format: cached until 5 minutes before expiry, then fresh',
  builder: (y: Argv) =>
    y
      .option('config', {
        type: 'string',
        demandOption: true,
        requiresArg: true,
        describe: 'the configuration the step saved (~/.authenticate-with-aws/refresh/<profile>-<hash>.json)',
      })
      .option('verbose', { type: 'boolean', describe: 'log the request flow to stderr (never a secret)' }),
  handler: (argv: { config: string; verbose?: boolean }) =>
    command(
      async (ctx) => {
        const out = await refresh(argv.config, process.env, ctx, argv.verbose ?? false);
        process.stdout.write(`${JSON.stringify(out)}\n`);
      },
      { quiet: true },
    ),
};
