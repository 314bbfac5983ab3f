/**
 * What the CLI's commands share: flags made from the steps' input table (booleans bare), the environment the step
 * code reads from them, errors that name flags rather than input keys, the printer that stands in for envman, and the
 * one runner.
 */
import type { Argv } from 'yargs';
import type { Env } from '../config/inputs';
import { Inputs } from '../config/inputs';
import { flagOf, IDENTITY_TOKEN_INPUTS, type InputSpec } from '../config/table';
import { parseBitriseApi } from '../config/token-source';
import { InputError, StepError } from '../core/errors';
import { shellWord } from '../core/shell';
import type { DoctorTokenSource } from '../doctor/examine';
import type { Output, Publish } from '../publish/envman';
import { run } from '../runner';
import type { StepContext } from '../steps/step';
import { secretFlagError, secretVariable } from './secret-flags';

const isBoolean = (spec: InputSpec) => spec.fallback === 'true' || spec.fallback === 'false';

/** The flags of a command from input specs: booleans are bare flags (`--verbose`), the rest take a value. */
export function withInputs<T>(y: Argv<T>, specs: readonly InputSpec[]): Argv<T> {
  let out = y;
  for (const spec of specs) {
    if (spec.sensitive) {
      // Kept as a flag only to refuse it with the way to do it instead (an unknown flag would just be a usage error).
      out = out.option(flagOf(spec.key), { type: 'string', hidden: true });
      continue;
    }
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
export function cliEnv(argv: Record<string, unknown>, specs: readonly InputSpec[], base: Env = process.env): Env {
  const env: Record<string, string | undefined> = { ...base };
  for (const spec of specs) {
    const variable = /^\$(\w+)$/.exec(spec.fallback ?? '')?.[1];
    if (variable && !env[spec.key]?.trim()) env[spec.key] = process.env[variable];
  }
  return { ...env, ...flagInputs(argv, specs) };
}

/** The inputs a command's flags give, by input key (booleans as "true"/"false"). */
export function flagInputs(argv: Record<string, unknown>, specs: readonly InputSpec[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const spec of specs) {
    const value = argv[flagOf(spec.key)];
    if (spec.sensitive && value !== undefined) throw secretFlagError(spec);
    if (typeof value === 'string' || typeof value === 'boolean') env[spec.key] = String(value);
  }
  return env;
}

/** The names of the command's inputs, as its flags, in a text: "`role_arn`" → "`--role-arn`". */
export function inFlags(text: string, specs: readonly InputSpec[]): string {
  let out = text;
  for (const spec of specs) out = out.replaceAll(`\`${spec.key}\``, flagName(spec));
  return out;
}

/** How the CLI names an input: its flag, or, for a secret, the variable it is read from. */
function flagName(spec: InputSpec): string {
  return spec.sensitive ? `\`$${secretVariable(spec)}\`` : `\`--${flagOf(spec.key)}\``;
}

/** Errors of a command, speaking of its flags rather than of the step's inputs (use with `.catch`). */
export function speakingFlags(specs: readonly InputSpec[]) {
  return (error: unknown): never => {
    if (!(error instanceof StepError)) throw error;
    // A bad input is named by its flag (from the error's input key); other inputs its text mentions, likewise.
    const spec = error instanceof InputError ? specs.find((s) => s.key === error.input) : undefined;
    const message =
      error instanceof InputError
        ? `${spec ? flagName(spec) : `\`${error.input}\``} ${inFlags(error.problem, specs)}`
        : inFlags(error.message, specs);
    throw new StepError(message, {
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
export function command(
  action: (ctx: StepContext) => Promise<unknown>,
  options: { json?: boolean; sink?: NodeJS.WriteStream; quiet?: boolean } = {},
): Promise<void> {
  return run(action, {
    publish: printer(options.json ?? false),
    sink: options.sink ?? process.stderr,
    errorSink: process.stderr,
    quiet: options.quiet ?? false,
    verboseHint: 'run with --verbose',
    inputName: (key) => `--${flagOf(key)}`,
  });
}

export const jsonFlag = { type: 'boolean', describe: 'print one JSON object' } as const;

/** `fn()`, its errors speaking of the command's flags: for what throws before a promise (config parsing). */
export function withFlagNames<T>(specs: readonly InputSpec[], fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    return speakingFlags(specs)(error);
  }
}

/** The live token's source: the build's Bitrise API, from the flags and the environment as the steps read them. */
export function liveTokenSource(
  argv: Record<string, unknown>,
  audience: string,
  localRunHint: string,
): Extract<DoctorTokenSource, { kind: 'api' }> {
  const api = withFlagNames(IDENTITY_TOKEN_INPUTS, () =>
    parseBitriseApi(new Inputs(cliEnv(argv, IDENTITY_TOKEN_INPUTS), IDENTITY_TOKEN_INPUTS), localRunHint),
  );
  return { kind: 'api', api, audience };
}
