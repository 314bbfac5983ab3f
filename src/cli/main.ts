/**
 * Entry of dist/cli.cjs, the `authenticate-with-aws` command. Each command parses its flags and calls a step or a
 * stage; the flags of `assume`, `token` and `credential-process` come from the steps' input table. Logs go to
 * stderr (doctor's report to stdout); usage errors exit 2.
 */
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { parseAuthenticateConfig } from '../config/authenticate';
import { parseIdentityTokenConfig } from '../config/identity-token';
import { type Env, Inputs } from '../config/inputs';
import { AUTHENTICATE_INPUTS, flagOf, IDENTITY_TOKEN_INPUTS, type InputSpec } from '../config/table';
import { parseBitriseApi } from '../config/token-source';
import { doctorToken, runDoctor } from '../doctor/doctor';
import { ExitCode, StepError } from '../errors';
import type { Output, Publish } from '../publish/envman';
import { run } from '../runner';
import { shellWord } from '../shell';
import { authenticate } from '../steps/authenticate';
import { runIdentityToken } from '../steps/get-identity-token';
import { refresh } from '../steps/refresh';
import { begin, deadlineOf, type StepContext } from '../steps/step';
import { decodeClaims } from '../token/jwt';
import { generateTrustPolicy } from '../trust-policy/generate';

declare const __PACKAGE_VERSION__: string | undefined;
const VERSION = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : 'development';

const isBoolean = (spec: InputSpec) => spec.fallback === 'true' || spec.fallback === 'false';

/** The flags of a command from input specs: booleans are bare flags (`--verbose`), the rest take a value. */
function withInputs<T>(y: Argv<T>, specs: readonly InputSpec[]): Argv<T> {
  let out = y;
  for (const spec of specs) {
    const fallback = spec.fallback ? ` (default ${spec.fallback})` : '';
    out = out.option(flagOf(spec.key), {
      type: isBoolean(spec) ? 'boolean' : 'string',
      describe: `${spec.describe}${isBoolean(spec) ? '' : fallback}`,
      ...(isBoolean(spec) ? {} : { requiresArg: true }),
    });
  }
  return out;
}

/**
 * The environment a command runs the step code with: the process environment; an input left out whose step.yml
 * default is `$NAME` (build_url, build_api_token) takes NAME, as Bitrise would expand it; then the flags, which win.
 */
function cliEnv(argv: Record<string, unknown>, specs: readonly InputSpec[], base: Env = process.env): Env {
  const env: Record<string, string | undefined> = { ...base };
  for (const spec of specs) {
    const variable = /^\$(\w+)$/.exec(spec.fallback ?? '')?.[1];
    if (variable && !env[spec.key]?.trim()) env[spec.key] = process.env[variable];
  }
  return { ...env, ...flagInputs(argv, specs) };
}

/** The inputs a command's flags give, by input key (booleans as "true"/"false"). */
function flagInputs(argv: Record<string, unknown>, specs: readonly InputSpec[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const spec of specs) {
    const value = argv[flagOf(spec.key)];
    if (typeof value === 'string' || typeof value === 'boolean') env[spec.key] = String(value);
  }
  return env;
}

/** The names of the command's inputs, as its flags, in a message: "Input `role_arn`" → "`--role-arn`". */
function inFlags(text: string, specs: readonly InputSpec[]): string {
  let out = text.replace(/Input `(\w+)`/g, '`$1`');
  for (const { key } of specs) out = out.replaceAll(`\`${key}\``, `\`--${flagOf(key)}\``);
  return out;
}

/** Errors of a command, speaking of its flags rather than of the step's inputs. */
function speakingFlags(specs: readonly InputSpec[]) {
  return (error: unknown): never => {
    if (!(error instanceof StepError)) throw error;
    throw new StepError(inFlags(error.message, specs), {
      hint: error.hint === undefined ? undefined : inFlags(error.hint, specs),
      exitCode: error.exitCode,
      details: error.details,
      cause: error,
    });
  };
}

/** Prints outputs to stdout as `export` lines (read back exactly by a shell) or one JSON object, instead of envman. */
function printer(json: boolean): Publish {
  return async (outputs: Output[]) => {
    if (json) {
      process.stdout.write(`${JSON.stringify(Object.fromEntries(outputs.map((o) => [o.key, o.value])), null, 2)}\n`);
    } else for (const o of outputs) process.stdout.write(`export ${o.key}=${shellWord(o.value)}\n`);
  };
}

/** Runs a command with the one runner; its log goes to stderr unless it is the command's output (doctor). */
function command(
  action: (ctx: StepContext) => Promise<unknown>,
  options: { json?: boolean; sink?: NodeJS.WriteStream } = {},
): Promise<void> {
  return run(action, {
    publish: printer(options.json ?? false),
    sink: options.sink ?? process.stderr,
    verboseHint: 'run with --verbose',
  });
}

const jsonFlag = { type: 'boolean', describe: 'print one JSON object' } as const;

export function cli(args: string[]): Argv {
  return yargs(args)
    .scriptName('authenticate-with-aws')
    .usage('$0 <command> [options]\n\nAWS credentials from a Bitrise build identity token, and help with the AWS side.')
    .command(
      'assume',
      'Assume the role as the Authenticate with AWS step does; print export lines (or --json)',
      (y) => withInputs(y, AUTHENTICATE_INPUTS).option('json', jsonFlag),
      (argv) =>
        command(
          (ctx) => authenticate(cliEnv(argv, AUTHENTICATE_INPUTS), ctx).catch(speakingFlags(AUTHENTICATE_INPUTS)),
          { json: argv.json },
        ),
    )
    .command(
      'token',
      'Get the build identity token as the Get OIDC Identity Token step does; print it (or --json)',
      (y) => withInputs(y, IDENTITY_TOKEN_INPUTS).option('json', jsonFlag),
      (argv) =>
        command(async (ctx) => {
          const env = cliEnv(argv, IDENTITY_TOKEN_INPUTS);
          const config = (() => {
            try {
              return parseIdentityTokenConfig(env);
            } catch (error) {
              return speakingFlags(IDENTITY_TOKEN_INPUTS)(error);
            }
          })();
          begin(ctx, { ...config, insecureUrls: [] });
          const { token } = await runIdentityToken(config, ctx, deadlineOf(ctx, config.timeoutSeconds)).catch(
            speakingFlags(IDENTITY_TOKEN_INPUTS),
          );
          const expiresAt = token.expiresAt?.toISOString();
          process.stdout.write(
            argv.json ? `${JSON.stringify({ token: token.token, expiresAt }, null, 2)}\n` : `${token.token}\n`,
          );
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
            describe: 'a file holding the token, or - for stdin (default: ask the Bitrise API)',
          })
          .option('audience', { type: 'string', describe: 'audience to ask Bitrise for (default sts.amazonaws.com)' })
          .option('trust-policy', { type: 'string', describe: 'the role trust policy: a JSON file, or inline JSON' })
          .option('role-arn', { type: 'string', describe: 'the role, to check the provider ARN of its account' })
          .option('build-url', { type: 'string', describe: 'the build URL (default $BITRISE_BUILD_URL)' })
          .option('build-api-token', {
            type: 'string',
            describe: 'the build API token (default $BITRISE_BUILD_API_TOKEN)',
          })
          .option('timeout-seconds', { type: 'number', default: 120, describe: 'time limit for the Bitrise API' })
          .option('json', {
            type: 'boolean',
            describe: 'print one JSON document (schema in the README); logs go to stderr',
          })
          .option('verbose', { type: 'boolean', describe: 'log the request flow (never a secret)' }),
      (argv) =>
        command(
          async (ctx) => {
            ctx.log.verbose = argv.verbose ?? false;
            const flags = cliEnv(argv, IDENTITY_TOKEN_INPUTS);
            const source = argv['token-file']
              ? ({ kind: 'file', path: argv['token-file'] } as const)
              : ({
                  kind: 'api',
                  audience: argv.audience ?? 'sts.amazonaws.com',
                  api: parseBitriseApi(
                    new Inputs(flags, IDENTITY_TOKEN_INPUTS),
                    'Give --token-file FILE (or - for stdin), or run inside a Bitrise build.',
                  ),
                } as const);
            if (source.kind === 'api') ctx.log.secrets.add(source.api.apiToken);
            const token = await doctorToken(source, argv['timeout-seconds'], ctx);
            return runDoctor(
              token,
              { trustPolicy: argv['trust-policy'], roleArn: argv['role-arn'], now: ctx.now(), json: argv.json },
              ctx.log,
            );
          },
          { sink: argv.json ? process.stderr : process.stdout },
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
        command(async (ctx) => {
          const claims = argv['token-file']
            ? (decodeClaims(await doctorToken({ kind: 'file', path: argv['token-file'] }, 0, ctx)) ?? {})
            : {};
          const tokenAud = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud;
          const tokenSub = typeof claims.sub === 'string' ? claims.sub : undefined;
          const wanted: Record<string, string> = {};
          if (argv['app-slug']) wanted.app_slug = argv['app-slug'];
          if (argv.workflow) wanted.workflow = argv.workflow;
          const generated = generateTrustPolicy({
            account: argv.account,
            partition: argv.partition,
            audience: argv.audience ?? (typeof tokenAud === 'string' ? tokenAud : 'sts.amazonaws.com'),
            sub: argv.sub ?? tokenSub,
            subLike: argv['sub-like'],
            wanted,
            subFromToken: argv.sub === undefined && argv['sub-like'] === undefined && tokenSub !== undefined,
          });
          process.stdout.write(`${JSON.stringify(generated.policy, null, 2)}\n`);
          for (const note of generated.notes) ctx.log.warn(`Note: ${note}`);
        }),
    )
    .command(
      'credential-process',
      'Print credentials in the credential_process format: cached until 5 minutes before expiry, then fresh',
      (y) =>
        withInputs(y, REFRESH_INPUTS)
          .option('cache-file', {
            type: 'string',
            demandOption: true,
            requiresArg: true,
            describe: 'where to cache the credentials (0600)',
          })
          .option('verbose', { type: 'boolean', describe: 'log the request flow to stderr (never a secret)' }),
      (argv) =>
        command(async (ctx) => {
          // Settings come from the flags alone, never from variables that happen to be named like a step input in a
          // later step. The Bitrise API is the build's own: the build API token is read now, never stored.
          const env: Env = {
            build_url: process.env.BITRISE_BUILD_URL,
            build_api_token: process.env.BITRISE_BUILD_API_TOKEN,
            BITRISE_BUILD_NUMBER: process.env.BITRISE_BUILD_NUMBER,
            ...awsEndpointVariables(),
            ...flagInputs(argv, REFRESH_INPUTS),
            verbose: String(argv.verbose ?? false),
          };
          const config = (() => {
            try {
              return parseAuthenticateConfig(env);
            } catch (error) {
              return speakingFlags(REFRESH_INPUTS)(error);
            }
          })();
          ctx.log.verbose = config.verbose;
          for (const secret of config.secrets) ctx.log.secrets.add(secret);
          const out = await refresh(config, argv['cache-file'], ctx).catch(speakingFlags(REFRESH_INPUTS));
          process.stdout.write(`${JSON.stringify(out)}\n`);
        }),
    )
    .demandCommand(1, 'Name a command: assume, token, doctor, trust-policy or credential-process.')
    .strict()
    .fail((message, error) => {
      // yargs' own usage errors (YError: a flag without its value, …) are usage errors too; anything else is ours.
      if (error && error.name !== 'YError') throw error;
      message = message ?? error?.message;
      process.stderr.write(`${message}\nRun "authenticate-with-aws --help" for the usage.\n`);
      process.exit(ExitCode.badInput);
    })
    .help()
    .alias('h', 'help')
    .version(VERSION)
    .wrap(Math.min(120, process.stdout.columns || 120));
}

/** What credential-process passes: the flow's parameters, never a secret. */
const REFRESH_KEYS = [
  'role_arn',
  'region',
  'audience',
  'session_name',
  'duration_seconds',
  'chain_role_arn',
  'chain_session_name',
  'chain_duration_seconds',
];
const REFRESH_INPUTS = AUTHENTICATE_INPUTS.filter((spec) => REFRESH_KEYS.includes(spec.key));

/** The AWS SDKs' endpoint variables (not step inputs): config checks them as the SDK will use them. */
function awsEndpointVariables(): Env {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith('AWS_ENDPOINT_URL')));
}

// `doctor … | head -2`: a reader that goes away is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

cli(hideBin(process.argv)).parse();
