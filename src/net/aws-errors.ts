import { ExitCode, messageOf, StepError, TransientError } from '../core/errors';
import { printable } from '../core/log';
import { AnswerTooLargeError } from './aws-transport';
import { codesOf, FAILURE_MESSAGES, PROXY_AUTH_HINT, permanentConnectionError } from './failures';

/** What the AWS SDK's errors carry. */
export interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
}

/** Error codes worth another attempt (besides any 5xx and network errors), across AWS services. */
const TRANSIENT = new Set([
  'Throttling',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'IDPCommunicationError',
  'InternalFailure',
  'InternalError',
  'ServiceUnavailable',
  'ServerException',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);

/** The SDK names modelled errors after their shapes; users and AWS's documentation know the codes on the wire. */
const WIRE_CODES: Record<string, string> = {
  InvalidIdentityTokenException: 'InvalidIdentityToken',
  IDPRejectedClaimException: 'IDPRejectedClaim',
  IDPCommunicationErrorException: 'IDPCommunicationError',
  MalformedPolicyDocumentException: 'MalformedPolicyDocument',
  PackedPolicyTooLargeException: 'PackedPolicyTooLarge',
};

export interface AwsFailure {
  /** The error code as AWS sends it (`AccessDenied`, `InvalidIdentityToken`, …). */
  code: string;
  status: number | undefined;
  message: string;
}

/** What an AWS error code is made of; anything else (a line break, an escape, a long text) is not printed. */
const ERROR_CODE = /^[A-Za-z0-9.:_-]{1,100}$/;
export const UNREADABLE_CODE = '(an error code AWS does not send)';

export function awsFailure(error: unknown): AwsFailure {
  const e = (error ?? {}) as SdkError;
  const code = WIRE_CODES[e.name ?? ''] ?? e.name ?? 'Error';
  return {
    code: ERROR_CODE.test(code) ? code : UNREADABLE_CODE,
    status: e.$metadata?.httpStatusCode,
    message: printable(e.message ?? messageOf(error)),
  };
}

/**
 * The part of error handling every AWS call shares: timeouts, network errors, throttling, 5xx and unreadable answers.
 * Returns undefined for an answer the service gave on purpose, which the caller explains in its own terms.
 */
export function transportError(
  error: unknown,
  service: string,
  endpoint: string,
  signal: AbortSignal,
): StepError | undefined {
  if (error instanceof StepError) return error;
  const e = (error ?? {}) as SdkError;
  const { code, status, message } = awsFailure(error);
  if (error instanceof AnswerTooLargeError || (error as { name?: string }).name === 'AnswerTooLargeError') {
    return new StepError(`${service} at ${endpoint} answered with more than 1024 KiB; the answer was not read.`, {
      hint: 'This is not an answer AWS gives. Check the endpoint and any proxy between the build and AWS.',
    });
  }
  const permanent = permanentConnectionError(error, `${service} at ${endpoint}`);
  if (permanent) return permanent;
  if (status === 407) {
    return new StepError(`The proxy refused to connect to ${service} at ${endpoint}: HTTP 407.`, {
      hint: PROXY_AUTH_HINT,
      exitCode: ExitCode.refused,
    });
  }
  if (signal.aborted) return new TransientError(`${service} at ${endpoint} did not answer in time.`);
  const network = codesOf(error).find((c) => NETWORK.has(c));
  if (network === 'ECONNRESET' || network === 'EPIPE' || FAILURE_MESSAGES.closedMidAnswer.test(message)) {
    // A connection closed mid-answer (also a truncated answer): worth another attempt, and not a time-out.
    return new TransientError(
      `The connection to ${service} at ${endpoint} was closed before the whole answer arrived.`,
    );
  }
  if (code === 'TimeoutError' || code === 'AbortError') {
    return new TransientError(`${service} at ${endpoint} did not answer in time.`);
  }
  if (FAILURE_MESSAGES.unreadableAnswer.test(message)) {
    // The SDK could not read the answer: not the service, or a truncated or broken body.
    const why = printable((e.message ?? '').split('\n')[0] ?? '')
      .replace(/^@aws-sdk /, '')
      .replace(/\.$/, '');
    const text = `${service} at ${endpoint} answered HTTP ${status ?? '?'} with a body that is not a valid answer (${why}).`;
    return status !== undefined && status >= 500 ? new TransientError(text) : new StepError(text);
  }
  if (TRANSIENT.has(code) || (status !== undefined && status >= 500) || NETWORK.has(e.code ?? '')) {
    const label = code === 'Error' && e.code ? e.code : code;
    if (label === 'Unknown' || label === 'UnknownError') {
      return new TransientError(`${service} at ${endpoint} answered HTTP ${status ?? '?'} without an error code.`);
    }
    return new TransientError(
      `${service} at ${endpoint} failed (${status === undefined ? label : `${label}, HTTP ${status}`}): ${message}`,
    );
  }
  if (status === undefined && e.$fault === undefined) {
    // Not an answer from the service at all: a network failure (it has a system error code), or a client-side error
    // of the SDK (its configuration, say), which another attempt would only repeat.
    if (codesOf(error).length > 0 || FAILURE_MESSAGES.connection.test(message)) {
      return new TransientError(`Could not talk to ${service} at ${endpoint}: ${message}`);
    }
    return new StepError(`The request to ${service} at ${endpoint} could not be made: ${message}`);
  }
  return undefined;
}
