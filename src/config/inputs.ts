import { ExitCode, InputError, StepError } from '../errors';

/** The environment a step reads its inputs from: Bitrise passes each input as a variable named after its key. */
export type Env = Readonly<Record<string, string | undefined>>;

/** One line of the config section of the log. Secrets are shown only as set or not. */
export interface ShownInput {
  key: string;
  shown: string;
}

/**
 * Reads inputs from the environment. Every read records the value for the config section of the log, so what is printed
 * is exactly what was read; sensitive inputs are recorded as `[REDACTED]`. Every error names the input key.
 */
export class Inputs {
  readonly shown: ShownInput[] = [];

  constructor(private readonly env: Env) {}

  private record(key: string, value: string | undefined, sensitive: boolean): void {
    const shown = value === undefined ? '' : sensitive ? '[REDACTED]' : value;
    this.shown.push({ key, shown });
  }

  /** The trimmed value, or undefined when the input is unset or blank. */
  optional(key: string, options: { sensitive?: boolean } = {}): string | undefined {
    const raw = this.env[key];
    const value = raw === undefined || raw.trim() === '' ? undefined : raw.trim();
    this.record(key, value, options.sensitive ?? false);
    return value;
  }

  /** The trimmed value, or the default (shown as such) when the input is unset or blank. */
  withDefault(key: string, fallback: string): string {
    const value = this.optional(key);
    if (value !== undefined) return value;
    this.show(key, `${fallback} (default)`);
    return fallback;
  }

  /** Replaces what the config section shows for an input, for values the step derives (such as a sanitised name). */
  show(key: string, shown: string): void {
    const entry = this.shown.find((e) => e.key === key);
    if (entry) entry.shown = shown;
  }

  required(key: string, example: string, options: { sensitive?: boolean } = {}): string {
    const value = this.optional(key, options);
    if (value === undefined) throw new InputError(key, 'is required but empty.', example);
    return value;
  }

  /** Only the exact strings `true` and `false` are accepted; an unset input takes the default. */
  bool(key: string, fallback: boolean): boolean {
    const value = this.withDefault(key, String(fallback));
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new InputError(key, `must be "true" or "false", got ${JSON.stringify(value)}.`);
  }

  /** A whole number of seconds in [min, max]; an unset input takes the default. */
  integer(key: string, range: { min: number; max: number; fallback: number }): number {
    const value = this.withDefault(key, String(range.fallback));
    if (!/^\d+$/.test(value)) {
      throw new InputError(
        key,
        `must be a whole number from ${range.min} to ${range.max}, got ${JSON.stringify(value)}.`,
      );
    }
    const n = Number(value);
    if (n < range.min || n > range.max) {
      throw new InputError(key, `must be from ${range.min} to ${range.max}, got ${value}.`);
    }
    return n;
  }

  /** Non-empty lines, each trimmed. */
  lines(key: string): string[] {
    const value = this.optional(key);
    if (value === undefined) return [];
    return value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Plain http to a host that is not a loopback address: secrets would cross a network unencrypted. */
export function isInsecureHttp(url: URL): boolean {
  return url.protocol === 'http:' && !isLoopbackHost(url.hostname);
}

export const INSECURE_HINT =
  'Use https (plain http is accepted for loopback addresses such as 127.0.0.1). For a LocalStack-style set-up on ' +
  'another host, set `allow_insecure_http` to "true".';

/**
 * A URL that secrets will be sent to: https, or plain http to a loopback address, or plain http anywhere when the
 * user opted in with `allow_insecure_http` (the step warns about it).
 */
export function secureUrl(key: string, value: string, allowInsecure = false, what = `Input \`${key}\``): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new StepError(`${what} is not a URL: ${JSON.stringify(value)}.`, {
      hint: 'Expected an https:// URL.',
      exitCode: ExitCode.badInput,
    });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new StepError(`${what} must be an https:// URL, got ${JSON.stringify(value)}.`, {
      exitCode: ExitCode.badInput,
    });
  }
  if (isInsecureHttp(url) && !allowInsecure) {
    throw new StepError(`${what} uses plain http to ${url.host}: secrets would travel unencrypted.`, {
      hint: INSECURE_HINT,
      exitCode: ExitCode.badInput,
    });
  }
  return url;
}

/** The AWS SDK's endpoint variables the step honours; checked like `build_url`, since credentials travel to them. */
export const AWS_ENDPOINT_VARIABLES = [
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_STS',
  'AWS_ENDPOINT_URL_ECR',
  'AWS_ENDPOINT_URL_ECR_PUBLIC',
] as const;

/** Checks every AWS endpoint variable that is set; returns the insecure ones that were allowed. */
export function checkAwsEndpoints(env: Env, allowInsecure: boolean): URL[] {
  const allowed: URL[] = [];
  for (const name of AWS_ENDPOINT_VARIABLES) {
    const value = env[name]?.trim();
    if (!value) continue;
    const url = secureUrl(name, value, allowInsecure, `The environment variable \`${name}\``);
    if (isInsecureHttp(url)) allowed.push(url);
  }
  return allowed;
}
