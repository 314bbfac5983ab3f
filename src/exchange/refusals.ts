/**
 * STS failures classified: which error codes are refusals (never retried), with the exit code each means, thrown as an
 * StsRefusal that carries the code and the session it refused (diagnosis/refusal.ts explains it); a session too long
 * for the role; a bad parameter. Answers that are not refusals are left to the shared transport classification
 * (net/aws-errors.ts).
 */

import type { RoleSession } from '../config/aws-values';
import { ExitCode, StepError } from '../core/errors';
import { awsFailure, transportError, UNREADABLE_CODE } from '../net/aws-errors';

/** The session STS refused, and what explains it: the token (web identity) or the principal that signed. */
export interface Refused {
  session: RoleSession;
  token?: string | undefined;
  /** Set for a signed AssumeRole: the principal that asked. */
  signedBy?: string | undefined;
}

/** Error codes that mean "this will not work however often you try". */
const REFUSALS = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'InvalidIdentityToken',
  'ExpiredTokenException',
  'IDPRejectedClaim',
  'MalformedPolicyDocument',
  'PackedPolicyTooLarge',
  'RegionDisabledException',
  // Signed calls: keys that AWS does not know, or a wrong secret.
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
]);

/** A refusal by STS, with the code AWS gave it: callers decide on the code, never on the message. */
export class StsRefusal extends StepError {
  constructor(
    readonly code: string,
    /** What AWS said, as printable text. */
    readonly awsMessage: string,
    /** The session refused, and who asked: what the diagnosis explains it with. */
    readonly refused: Refused,
    message: string,
    options: ConstructorParameters<typeof StepError>[1],
  ) {
    super(message, options);
    this.name = 'StsRefusal';
  }
}

/** Refusals that a fix of the step's inputs answers (the policies); every other refusal is AWS or IAM saying no. */
const BAD_INPUT_REFUSALS = new Set(['MalformedPolicyDocument', 'PackedPolicyTooLarge']);

/**
 * What STS says only in words: a ValidationError's message is the one place that tells which parameter was wrong. The
 * matches live here, in one table; every other decision is on codes.
 */
const STS_VALIDATION_MESSAGES = {
  /** The session asked for is longer than the role allows. */
  sessionTooLong: /DurationSeconds exceeds the MaxSessionDuration/i,
  /** Some other duration rule (a chained session over an hour, say). */
  aboutDuration: /duration/i,
} as const;

/** The session asked for is longer than the role's maximum session duration: the exchange may ask for an hour. */
export class SessionTooLongError extends StepError {
  constructor(
    readonly askedSeconds: number,
    message: string,
  ) {
    super(message, {
      hint: "`duration_seconds` must not exceed the role's maximum session duration (IAM role settings, 1 to 12 hours).",
      exitCode: ExitCode.badInput,
    });
    this.name = 'SessionTooLongError';
  }
}

/** An STS failure classified: a refusal (explained later, by the diagnosis), a bad parameter, or a failure. */
export function classifyStsError(error: unknown, req: Refused, endpoint: string, signal: AbortSignal): StepError {
  const transport = transportError(error, 'AWS STS', endpoint, signal);
  if (transport) return transport;
  const { code, status, message } = awsFailure(error);
  const roleArn = req.session.role.arn;
  // A code that is not one AWS sends is not printed; on a 401 or 403 it is still a refusal.
  const unreadableRefusal = code === UNREADABLE_CODE && (status === 401 || status === 403);
  if (REFUSALS.has(code) || unreadableRefusal) {
    return new StsRefusal(code, message, req, `AWS STS refused to assume ${roleArn}: ${code}: ${message}`, {
      exitCode: BAD_INPUT_REFUSALS.has(code) ? ExitCode.badInput : ExitCode.refused,
    });
  }
  if (code === 'ValidationError' && STS_VALIDATION_MESSAGES.sessionTooLong.test(message)) {
    return new SessionTooLongError(req.session.durationSeconds, `AWS STS rejected a parameter: ${message}`);
  }
  if (code === 'ValidationError') {
    return new StepError(`AWS STS rejected a parameter: ${message}`, {
      hint: STS_VALIDATION_MESSAGES.aboutDuration.test(message)
        ? "`duration_seconds` must not exceed the role's maximum session duration (IAM role settings, 1 to 12 hours)."
        : 'Check `role_arn`, `session_name`, `duration_seconds` and the session policies.',
      exitCode: ExitCode.badInput,
    });
  }
  return new StepError(`AWS STS failed (${code}${status === undefined ? '' : `, HTTP ${status}`}): ${message}`);
}
