/**
 * Entry of dist/cli.cjs, the `authenticate-with-aws` command: each command (cli/<command>.ts) parses its flags and calls a
 * step or a stage. Logs go to stderr (doctor's report to stdout); usage errors exit 2.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { ExitCode } from '../core/errors';
import { PACKAGE_VERSION } from '../net/aws-client';
import { assume } from './assume';
import { credentialProcess } from './credential-process';
import { doctor } from './doctor';
import { refuseSecretFlags } from './secret-flags';
import { setup } from './setup';
import { token } from './token';
import { trustPolicy } from './trust-policy';

// `doctor … | head -2`: a reader that goes away is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void yargs(hideBin(process.argv))
  .scriptName('authenticate-with-aws')
  .usage('$0 <command> [options]\n\nAWS credentials from a Bitrise build identity token, and help with the AWS side.')
  .command(assume)
  .command(token)
  .command(doctor)
  .command(trustPolicy)
  .command(setup)
  .command(credentialProcess)
  .middleware(refuseSecretFlags, true)
  .demandCommand(1, 'Name a command: assume, token, doctor, trust-policy, setup or credential-process.')
  .strict()
  .fail((message, error) => {
    // yargs' own usage errors (YError: a flag without its value, …) are usage errors too; anything else is ours.
    if (error && error.name !== 'YError') throw error;
    process.stderr.write(`${message ?? error?.message}\nRun "authenticate-with-aws --help" for the usage.\n`);
    process.exit(ExitCode.badInput);
  })
  .help()
  .alias('h', 'help')
  .version(PACKAGE_VERSION)
  .wrap(Math.min(120, process.stdout.columns || 120))
  .parse();
