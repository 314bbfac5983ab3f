/** `assume`: the Authenticate with AWS step's flow; prints export lines (or --json) instead of publishing. */
import type { Argv } from 'yargs';
import { AUTHENTICATE_INPUTS } from '../config/table';
import { authenticate } from '../steps/authenticate';
import { cliEnv, command, jsonFlag, speakingFlags, withInputs } from './flags';

export const assume = {
  command: 'assume',
  describe: 'Assume the role as the Authenticate with AWS step does; print export lines (or --json)',
  builder: (y: Argv) => withInputs(y, AUTHENTICATE_INPUTS).option('json', jsonFlag),
  handler: (argv: Record<string, unknown> & { json?: boolean }) =>
    command((ctx) => authenticate(cliEnv(argv, AUTHENTICATE_INPUTS), ctx).catch(speakingFlags(AUTHENTICATE_INPUTS)), {
      json: argv.json,
    }),
};
