/** Secrets never as flags: a command line is readable by every local user. Each is refused, with where it goes instead. */
import { AUTHENTICATE_INPUTS, flagOf, IDENTITY_TOKEN_INPUTS, type InputSpec } from '../config/table';
import { ExitCode, StepError } from '../core/errors';

/**
 * Where a secret goes instead of a flag: a command line is readable by every local user (/proc/<pid>/cmdline, ps).
 * The CLI reads each sensitive input from the environment variable of its step input's name (as Bitrise passes it),
 * the build API token also from BITRISE_BUILD_API_TOKEN.
 */
export function secretVariable(spec: InputSpec): string {
  return /^\$(\w+)$/.exec(spec.fallback ?? '')?.[1] ?? spec.key;
}

export function secretFlagError(spec: InputSpec): StepError {
  const variable = secretVariable(spec);
  return new StepError(
    `\`--${flagOf(spec.key)}\` would put a secret on the command line, where every user of this machine can read it; it is refused.`,
    {
      hint: `Set the environment variable ${variable} instead, for example: read -rs ${variable} && export ${variable}.`,
      exitCode: ExitCode.badInput,
    },
  );
}

/**
 * Refuses a secret given as a flag, on every command and whatever else is given (`doctor --token-file F
 * --build-api-token X` too): the flag is on the command line already, so it is refused before anything else is read.
 */
export function refuseSecretFlags(argv: Record<string, unknown>): void {
  const secrets = [...AUTHENTICATE_INPUTS, ...IDENTITY_TOKEN_INPUTS].filter((spec) => spec.sensitive);
  for (const spec of secrets) {
    const camel = flagOf(spec.key).replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    if (argv[flagOf(spec.key)] !== undefined || argv[camel] !== undefined) {
      const error = secretFlagError(spec);
      process.stderr.write(`${error.message}\nHint: ${error.hint}\n`);
      process.exit(error.exitCode);
    }
  }
}
