/**
 * Entry of dist/cli.cjs, the `authenticate-with-aws` command. `assume` and `token` run the steps' own code with the
 * flags as inputs (a flag wins over the environment variable of the same input), print to stdout what the steps
 * publish, and log to stderr. `doctor` and `trust-policy` help set up the AWS side.
 */
import { readFileSync } from 'node:fs';
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { parseAuthenticateConfig } from '../config/authenticate';
import { AWS_ENDPOINT_VARIABLES, Inputs } from '../config/inputs';
import { parseBitriseApi } from '../config/token-source';
import { runDoctor } from '../doctor/doctor';
import { ExitCode, StepError } from '../errors';
import { credentialsFromToken } from '../exchange/chain';
import { Logger } from '../log';
import { Deadline, realSleep } from '../net/retry';
import { readCache, toProcessCredentials, writeCache } from '../publish/credential-process';
import type { Output } from '../publish/envman';
import { report } from '../run';
import { shellWord } from '../shell';
import { authenticate, roleRequest } from '../steps/authenticate';
import type { StepContext } from '../steps/context';
import { networkPolicy } from '../steps/context';
import { getIdentityToken } from '../steps/get-identity-token';
import { decodeClaims } from '../token/jwt';
import { obtainToken } from '../token/source';
import { generateTrustPolicy } from '../trust-policy/generate';

/** Step inputs as flags: --role-arn is the input role_arn. */
const ASSUME_INPUTS: Record<string, string> = {
  'role-arn': 'ARN of the role to assume',
  region: 'AWS region (default us-east-1)',
  audience: 'audience of the identity token (default sts.amazonaws.com)',
  'session-name': 'role session name',
  'duration-seconds': 'session duration, 900-43200',
  'session-policy': 'inline session policy JSON',
  'managed-session-policies': 'managed policy ARNs, one per line',
  'web-identity-token': 'the identity token itself',
  'web-identity-token-file': 'a file holding the identity token',
  'access-key-id': "an IAM user's access key ID, instead of a token",
  'secret-access-key': 'the secret of --access-key-id',
  'chain-role-arn': "a second role, assumed with the first role's credentials",
  'chain-session-name': 'the second role session name',
  'chain-duration-seconds': 'the second session duration, 900-3600',
  'profile-name': 'also write the credentials into this AWS profile',
  'export-env': '"false" prints no export lines (with --profile-name)',
  refresh: '"true" writes credential_process into the profile',
  'timeout-seconds': 'overall time limit (default 120)',
  'allow-insecure-http': 'allow plain http to non-loopback hosts',
  'build-url': 'the build URL (default $BITRISE_BUILD_URL)',
  'build-api-token': 'the build API token (default $BITRISE_BUILD_API_TOKEN)',
  verbose: 'log the request flow',
};
/** What credential_process passes: the flow's parameters, never a secret. */
const REFRESH_INPUTS: Record<string, string> = {
  'role-arn': 'ARN of the role to assume',
  region: 'AWS region',
  audience: 'audience of the identity token',
  'session-name': 'role session name',
  'duration-seconds': 'session duration',
  'chain-role-arn': 'a second role, assumed with the first role',
  'chain-session-name': 'the second role session name',
  'chain-duration-seconds': 'the second session duration',
};
const TOKEN_INPUTS: Record<string, string> = {
  audience: 'audience of the token (required)',
  'token-file': 'also write the token to this file (0600)',
  'timeout-seconds': 'overall time limit (default 120)',
  'allow-insecure-http': 'allow plain http to non-loopback hosts',
  'build-url': 'the build URL (default $BITRISE_BUILD_URL)',
  'build-api-token': 'the build API token (default $BITRISE_BUILD_API_TOKEN)',
  verbose: 'log the request flow',
};

function withInputs<T>(y: Argv<T>, inputs: Record<string, string>): Argv<T> {
  let out = y;
  for (const [flag, describe] of Object.entries(inputs)) out = out.option(flag, { type: 'string', describe });
  return out;
}

/** The environment the step code reads: the process environment, the Bitrise defaults, then the flags. */
function inputEnv(argv: Record<string, unknown>, inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    build_url: process.env.build_url ?? process.env.BITRISE_BUILD_URL,
    build_api_token: process.env.build_api_token ?? process.env.BITRISE_BUILD_API_TOKEN,
  };
  for (const flag of Object.keys(inputs)) {
    const value = argv[flag];
    if (typeof value === 'string') env[flag.replace(/-/g, '_')] = value;
  }
  return env;
}

/** The inputs of credential-process: its flags, and the build's Bitrise API from BITRISE_BUILD_URL/_API_TOKEN. */
function flagsOnlyEnv(argv: Record<string, unknown>, inputs: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    build_url: process.env.BITRISE_BUILD_URL,
    build_api_token: process.env.BITRISE_BUILD_API_TOKEN,
    BITRISE_BUILD_NUMBER: process.env.BITRISE_BUILD_NUMBER,
  };
  // The AWS SDK's endpoint variables are not step inputs; config checks them as the SDK will use them.
  for (const name of AWS_ENDPOINT_VARIABLES) env[name] = process.env[name];
  for (const flag of Object.keys(inputs)) {
    const value = argv[flag];
    if (typeof value === 'string') env[flag.replace(/-/g, '_')] = value;
  }
  return env;
}

/** Prints outputs to stdout as `export` lines or one JSON object, instead of envman. */
function printer(json: boolean): StepContext['publish'] {
  return async (outputs: Output[]) => {
    if (json)
      process.stdout.write(`${JSON.stringify(Object.fromEntries(outputs.map((o) => [o.key, o.value])), null, 2)}\n`);
    else for (const o of outputs) process.stdout.write(`export ${o.key}=${shellWord(o.value)}\n`);
  };
}

/** The step context for a command, on the command's one logger, so what it redacts is redacted in every message. */
function context(log: Logger, json: boolean): StepContext {
  return {
    log,
    now: Date.now,
    sleep: realSleep,
    platform: process.platform,
    publish: printer(json),
  };
}

/** Runs a command; its log goes to stderr, or to stdout for doctor, whose report is its output. */
async function run(
  action: (log: Logger) => Promise<ExitCode>,
  sink: NodeJS.WriteStream = process.stderr,
): Promise<void> {
  const log = new Logger({ sink });
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  try {
    process.exitCode = await action(log);
  } catch (error) {
    process.exitCode = report(log, error);
  }
}

/** The token doctor examines: from a file, stdin, or the Bitrise API as the step gets it. */
async function doctorToken(argv: Record<string, unknown>, log: Logger): Promise<string> {
  const file = argv['token-file'];
  if (typeof file === 'string') {
    const text = readFileSync(file === '-' ? 0 : file, 'utf8').trim();
    if (!text) throw new StepError(`No token in ${file === '-' ? 'stdin' : file}.`, { exitCode: ExitCode.badInput });
    return text;
  }
  const env = inputEnv(argv, { 'build-url': '', 'build-api-token': '' });
  const api = parseBitriseApi(
    new Inputs(env),
    'Give --token-file FILE (or - for stdin), or run inside a Bitrise build.',
  );
  const audience = typeof argv.audience === 'string' ? argv.audience : 'sts.amazonaws.com';
  const policy = networkPolicy(context(log, false), new Deadline(60_000));
  return (await obtainToken(api, audience, policy, log)).token;
}

export function cli(args: string[]): Argv {
  return yargs(args)
    .scriptName('authenticate-with-aws')
    .usage('$0 <command> [options]\n\nAWS credentials from a Bitrise build identity token, and help with the AWS side.')
    .command(
      'assume',
      'Assume the role as the Authenticate with AWS step does; print export lines (or --json)',
      (y) => withInputs(y, ASSUME_INPUTS).option('json', { type: 'boolean', describe: 'print one JSON object' }),
      (argv) =>
        run(async (log) => {
          await authenticate(inputEnv(argv, ASSUME_INPUTS), context(log, Boolean(argv.json)));
          return ExitCode.ok;
        }),
    )
    .command(
      'token',
      'Get the build identity token as the Get OIDC Identity Token step does; print it (or --json)',
      (y) => withInputs(y, TOKEN_INPUTS).option('json', { type: 'boolean', describe: 'print one JSON object' }),
      (argv) =>
        run(async (log) => {
          await getIdentityToken(inputEnv(argv, TOKEN_INPUTS), {
            ...context(log, Boolean(argv.json)),
            publish: argv.json
              ? printer(true)
              : async (outputs) => {
                  process.stdout.write(`${outputs.find((o) => o.key === 'BITRISE_IDENTITY_TOKEN')?.value ?? ''}\n`);
                },
          });
          return ExitCode.ok;
        }),
    )
    .command(
      'doctor',
      "Explain a token: its claims, its times, and whether a role's trust policy lets it in, condition by condition",
      (y) =>
        y
          .option('token-file', {
            type: 'string',
            requiresArg: true,
            describe: 'a file holding the token, or - for stdin',
          })
          .option('audience', { type: 'string', describe: 'audience to ask Bitrise for (default sts.amazonaws.com)' })
          .option('trust-policy', { type: 'string', describe: 'the role trust policy: a JSON file, or inline JSON' })
          .option('role-arn', { type: 'string', describe: 'the role, to check the provider ARN of its account' })
          .option('build-url', { type: 'string', describe: 'the build URL (default $BITRISE_BUILD_URL)' })
          .option('build-api-token', {
            type: 'string',
            describe: 'the build API token (default $BITRISE_BUILD_API_TOKEN)',
          }),
      (argv) =>
        run(
          async (log) =>
            runDoctor(
              await doctorToken(argv, log),
              { trustPolicy: argv['trust-policy'], roleArn: argv['role-arn'], now: Date.now() },
              log,
            ),
          process.stdout,
        ),
    )
    .command(
      'trust-policy',
      'Print a least-privilege trust policy for token.builds.bitrise.io',
      (y) =>
        y
          .option('account', { type: 'string', demandOption: true, describe: 'the 12-digit account of the role' })
          .option('partition', { type: 'string', default: 'aws', describe: 'aws, aws-cn or aws-us-gov' })
          .option('token-file', { type: 'string', describe: "take aud and sub from this token's claims" })
          .option('audience', {
            type: 'string',
            describe: "the audience (default: the token's, else sts.amazonaws.com)",
          })
          .option('sub', { type: 'string', describe: 'pin this exact sub (StringEquals)' })
          .option('sub-like', { type: 'string', describe: 'pin sub with a pattern (StringLike, * and ?)' })
          .option('app-slug', { type: 'string', describe: 'an app slug you want to pin (reported: see the notes)' })
          .option('workflow', { type: 'string', describe: 'a workflow you want to pin (reported: see the notes)' }),
      (argv) =>
        run(async (log) => {
          const claims = argv['token-file']
            ? (decodeClaims(readFileSync(argv['token-file'] === '-' ? 0 : argv['token-file'], 'utf8').trim()) ?? {})
            : {};
          const tokenAud = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud;
          const wanted: Record<string, string> = {};
          if (argv['app-slug']) wanted.app_slug = argv['app-slug'];
          if (argv.workflow) wanted.workflow = argv.workflow;
          let generated: ReturnType<typeof generateTrustPolicy>;
          try {
            generated = generateTrustPolicy({
              account: argv.account,
              partition: argv.partition,
              audience: argv.audience ?? (typeof tokenAud === 'string' ? tokenAud : 'sts.amazonaws.com'),
              sub: argv.sub ?? (typeof claims.sub === 'string' ? claims.sub : undefined),
              subLike: argv['sub-like'],
              wanted,
            });
          } catch (error) {
            throw new StepError((error as Error).message, { exitCode: ExitCode.badInput });
          }
          process.stdout.write(`${JSON.stringify(generated.policy, null, 2)}\n`);
          for (const note of generated.notes) log.warn(`Note: ${note}`);
          return ExitCode.ok;
        }),
    )
    .command(
      'credential-process',
      'Print credentials in the credential_process format: cached until 5 minutes before expiry, then fresh',
      (y) =>
        withInputs(y, REFRESH_INPUTS).option('cache-file', {
          type: 'string',
          demandOption: true,
          describe: 'where to cache the credentials (0600)',
        }),
      (argv) =>
        run(async (log) => {
          const cached = await readCache(argv['cache-file'], Date.now());
          if (cached) {
            process.stdout.write(`${JSON.stringify(cached)}\n`);
            return ExitCode.ok;
          }
          // Settings come from the flags alone, never from variables that happen to be named like a step input in a
          // later step. The Bitrise API is the build's own: the build API token is read now, never stored.
          const config = parseAuthenticateConfig(flagsOnlyEnv(argv, REFRESH_INPUTS));
          if (config.token?.kind === 'bitrise') log.secrets.add(config.token.apiToken);
          const policy = networkPolicy(context(log, false), new Deadline(config.timeoutSeconds * 1000));
          if (!config.token) throw new StepError('credential-process needs the Bitrise API for fresh tokens.');
          const token = await obtainToken(config.token, config.audience, policy, log);
          const creds = await credentialsFromToken(roleRequest(config), token.token, policy, log);
          const out = toProcessCredentials(creds);
          await writeCache(argv['cache-file'], out);
          process.stdout.write(`${JSON.stringify(out)}\n`);
          return ExitCode.ok;
        }),
    )
    .demandCommand(1, 'Name a command: assume, token, doctor, trust-policy or credential-process.')
    .strict()
    .help()
    .alias('h', 'help')
    .version(false)
    .wrap(Math.min(120, process.stdout.columns || 120));
}

cli(hideBin(process.argv)).parse();
