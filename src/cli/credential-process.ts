/**
 * `credential-process`: what a profile's credential_process runs. Its settings come from its flags alone, never from
 * variables that happen to be named like a step input in a later step; the Bitrise API is the build's own, its token
 * read now (BITRISE_BUILD_API_TOKEN), never stored.
 */
import type { Argv } from 'yargs';
import { parseAuthenticateConfig } from '../config/authenticate';
import type { Env } from '../config/inputs';
import { AUTHENTICATE_INPUTS } from '../config/table';
import { refresh } from '../steps/refresh';
import { command, flagInputs, speakingFlags, withFlagNames, withInputs } from './flags';

/** The flow's parameters, never a secret. */
const KEYS = [
  'role_arn',
  'region',
  'audience',
  'session_name',
  'duration_seconds',
  'chain_role_arn',
  'chain_session_name',
  'chain_duration_seconds',
];
const INPUTS = AUTHENTICATE_INPUTS.filter((spec) => KEYS.includes(spec.key));

/** The AWS SDKs' endpoint variables (not step inputs): config checks them as the SDK will use them. */
function awsVariables(): Env {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) =>
      /^AWS_(ENDPOINT_URL|USE_FIPS_ENDPOINT|USE_DUALSTACK_ENDPOINT)/.test(name),
    ),
  );
}

export const credentialProcess = {
  command: 'credential-process',
  describe: 'Print credentials in the credential_process format: cached until 5 minutes before expiry, then fresh',
  builder: (y: Argv) =>
    withInputs(y, INPUTS)
      .option('cache-file', {
        type: 'string',
        demandOption: true,
        requiresArg: true,
        describe: 'where to cache the credentials (0600)',
      })
      .option('verbose', { type: 'boolean', describe: 'log the request flow to stderr (never a secret)' }),
  handler: (argv: Record<string, unknown> & { 'cache-file': string; verbose?: boolean }) =>
    command(async (ctx) => {
      const env: Env = {
        build_url: process.env.BITRISE_BUILD_URL,
        build_api_token: process.env.BITRISE_BUILD_API_TOKEN,
        BITRISE_BUILD_NUMBER: process.env.BITRISE_BUILD_NUMBER,
        ...awsVariables(),
        ...flagInputs(argv, INPUTS),
        verbose: String(argv.verbose ?? false),
      };
      const config = withFlagNames(INPUTS, () => parseAuthenticateConfig(env));
      ctx.log.verbose = config.verbose;
      for (const secret of config.secrets) ctx.log.secrets.add(secret);
      const out = await refresh(config, argv['cache-file'], ctx).catch(speakingFlags(INPUTS));
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }),
};
