/** `doctor`: a token's claims and times, and a trust policy evaluated as IAM does (text, or --json). */
import type { Argv } from 'yargs';
import { Inputs, parseTimeout } from '../config/inputs';
import { IDENTITY_TOKEN_INPUTS } from '../config/table';
import { type DoctorTokenSource, doctorToken, runDoctor } from '../doctor/examine';
import { cliEnv, command, liveTokenSource, withFlagNames, withInputs } from './flags';

/** The live token's flags: the Get OIDC Identity Token step's inputs, from the one input table. */
const DOCTOR_INPUTS = IDENTITY_TOKEN_INPUTS.filter((spec) =>
  ['audience', 'timeout_seconds', 'build_url', 'build_api_token', 'verbose'].includes(spec.key),
);

interface DoctorArgs {
  'token-file'?: string;
  audience?: string;
  'trust-policy'?: string;
  'role-arn'?: string;
  json?: boolean;
  verbose?: boolean;
}

export const doctor = {
  command: 'doctor',
  describe:
    "Explain a token: its claims, its times, and whether a role's trust policy lets it in, condition by condition",
  builder: (y: Argv) =>
    withInputs(
      y
        .option('token-file', {
          type: 'string',
          requiresArg: true,
          describe: 'a file holding the token, or - for stdin (default: ask the Bitrise API)',
        })
        .option('trust-policy', { type: 'string', describe: 'the role trust policy: a JSON file, or inline JSON' })
        .option('role-arn', { type: 'string', describe: 'the role, to check the provider ARN of its account' })
        .option('json', {
          type: 'boolean',
          describe: 'print one JSON document (schema in the README); logs go to stderr',
        }),
      DOCTOR_INPUTS,
    ),
  handler: (argv: Record<string, unknown> & DoctorArgs) =>
    command(
      async (ctx) => {
        ctx.log.verbose = argv.verbose ?? false;
        const timeout = withFlagNames(DOCTOR_INPUTS, () =>
          parseTimeout(new Inputs(cliEnv(argv, DOCTOR_INPUTS), DOCTOR_INPUTS)),
        );
        const source: DoctorTokenSource = argv['token-file']
          ? { kind: 'file', path: argv['token-file'] }
          : liveTokenSource(
              argv,
              argv.audience ?? 'sts.amazonaws.com',
              'Give --token-file FILE (or - for stdin), or run inside a Bitrise build.',
            );
        const token = await doctorToken(source, timeout, ctx);
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
