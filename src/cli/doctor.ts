/** `doctor`: a token's claims and times, and a trust policy evaluated as IAM does (text, or --json). */
import type { Argv } from 'yargs';
import { type DoctorTokenSource, doctorToken, runDoctor } from '../doctor/examine';
import { command, liveTokenSource } from './flags';

interface DoctorArgs {
  'token-file'?: string;
  audience?: string;
  'trust-policy'?: string;
  'role-arn'?: string;
  'timeout-seconds': number;
  json?: boolean;
  verbose?: boolean;
}

export const doctor = {
  command: 'doctor',
  describe:
    "Explain a token: its claims, its times, and whether a role's trust policy lets it in, condition by condition",
  builder: (y: Argv) =>
    y
      .option('token-file', {
        type: 'string',
        requiresArg: true,
        describe: 'a file holding the token, or - for stdin (default: ask the Bitrise API)',
      })
      .option('audience', { type: 'string', describe: 'audience to ask Bitrise for (default sts.amazonaws.com)' })
      .option('trust-policy', { type: 'string', describe: 'the role trust policy: a JSON file, or inline JSON' })
      .option('role-arn', { type: 'string', describe: 'the role, to check the provider ARN of its account' })
      .option('build-url', { type: 'string', describe: 'the build URL (default $BITRISE_BUILD_URL)' })
      .option('build-api-token', { type: 'string', hidden: true })
      .option('timeout-seconds', { type: 'number', default: 120, describe: 'time limit for the Bitrise API' })
      .option('json', {
        type: 'boolean',
        describe: 'print one JSON document (schema in the README); logs go to stderr',
      })
      .option('verbose', { type: 'boolean', describe: 'log the request flow (never a secret)' }),
  handler: (argv: Record<string, unknown> & DoctorArgs) =>
    command(
      async (ctx) => {
        ctx.log.verbose = argv.verbose ?? false;
        const source: DoctorTokenSource = argv['token-file']
          ? { kind: 'file', path: argv['token-file'] }
          : liveTokenSource(
              argv,
              argv.audience ?? 'sts.amazonaws.com',
              'Give --token-file FILE (or - for stdin), or run inside a Bitrise build.',
            );
        const token = await doctorToken(source, argv['timeout-seconds'], ctx);
        const options = {
          trustPolicy: argv['trust-policy'],
          roleArn: argv['role-arn'],
          now: ctx.now(),
          json: argv.json,
        };
        return runDoctor(token, options, ctx.log);
      },
      { sink: argv.json ? process.stderr : process.stdout },
    ),
};
