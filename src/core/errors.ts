/** Exit codes of the step and the CLI, documented in the README. */
export const ExitCode = {
  ok: 0,
  /** Anything unexpected: a bug, or a tool (envman, docker) that failed. */
  failure: 1,
  /** An input is missing or malformed; nothing was sent anywhere. */
  badInput: 2,
  /** Bitrise or AWS refused: wrong API token, trust policy, audience, expired token, policy. Retrying will not help. */
  refused: 3,
  /** A transient failure (throttling, 5xx, network, timeout) outlasted every retry or the deadline. */
  transient: 4,
  /** doctor only: IAM's verdict cannot be told from the token and the policy (a value or rule AWS does not show). */
  cannotTell: 5,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface StepErrorOptions {
  /** What the user can do about it. */
  hint?: string | undefined;
  exitCode?: ExitCode;
  /** Extra lines shown under the message (for example, the token's claims). */
  details?: string[];
  cause?: unknown;
}

/** The one error type the step shows to its user: a message, an optional hint and an exit code. */
export class StepError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: ExitCode;
  readonly details: string[];

  constructor(message: string, options: StepErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StepError';
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? ExitCode.failure;
    this.details = options.details ?? [];
  }
}

/** An input that is missing or malformed. The message always names the input key, and the line for a list. */
export class InputError extends StepError {
  readonly input: string;
  /** What is wrong with it, after its name ("is required but empty."). */
  readonly problem: string;
  /** The line of a list input (1-based) the problem is on. */
  readonly line: number | undefined;

  constructor(input: string, problem: string, hint?: string, options: { line?: number; details?: string[] } = {}) {
    super(`Input \`${input}\`${options.line === undefined ? '' : ` line ${options.line}`} ${problem}`, {
      hint,
      exitCode: ExitCode.badInput,
      details: options.details,
    });
    this.name = 'InputError';
    this.input = input;
    this.problem = problem;
    this.line = options.line;
  }
}

/**
 * Every bad input of one run, reported together: the first is the error (its input, for the CLI's flag name), the
 * others are its details, each with its own input and line.
 */
export function inputErrors(errors: InputError[]): InputError {
  const [first, ...rest] = errors;
  if (!first) throw new Error('inputErrors needs at least one error');
  if (rest.length === 0) return first;
  return new InputError(first.input, first.problem, first.hint, {
    ...(first.line === undefined ? {} : { line: first.line }),
    details: [
      `${rest.length} more input problem${rest.length === 1 ? '' : 's'}:`,
      ...rest.map((e) => `- ${e.message}${e.hint ? ` (${e.hint})` : ''}`),
    ],
  });
}

/** The message of anything thrown, without its stack. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Why a file system call failed, in words (its errno code). */
export function fileProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'is not writable for this user';
    case 'EROFS':
      return 'is on a read-only file system';
    case 'ENOSPC':
      return 'is on a full disk';
    case 'ENOTDIR':
      return 'is not a folder (or a part of its path is not)';
    default:
      return `cannot be used (${code ?? messageOf(error)})`;
  }
}

/**
 * A problem of the machine rather than of the step or its inputs: a folder the step must write to (TMPDIR, HOME, the
 * AWS folder) that is missing, read-only or full. It names the variable and the path, and says what to set.
 */
export class EnvironmentError extends StepError {
  constructor(what: string, path: string, error: unknown, hint: string) {
    super(`${what}: ${path} ${fileProblem(error)}.`, { hint, cause: error });
    this.name = 'EnvironmentError';
  }
}

/** True for an error of the file system (an errno code), as opposed to a bug. */
export function isFileSystemError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** A failure worth another attempt; `retryAfterMs` carries a server's Retry-After. */
export class TransientError extends StepError {
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: { hint?: string; retryAfterMs?: number | undefined; cause?: unknown } = {}) {
    super(message, { hint: options.hint, exitCode: ExitCode.transient, cause: options.cause });
    this.name = 'TransientError';
    this.retryAfterMs = options.retryAfterMs;
  }
}
