import { messageOf, StepError } from '../errors';
import { TransientError } from './retry';

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

export function awsFailure(error: unknown): AwsFailure {
  const e = (error ?? {}) as SdkError;
  return {
    code: WIRE_CODES[e.name ?? ''] ?? e.name ?? 'Error',
    status: e.$metadata?.httpStatusCode,
    message: e.message ?? messageOf(error),
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
  if (signal.aborted || code === 'TimeoutError' || code === 'AbortError') {
    return new TransientError(`${service} at ${endpoint} did not answer in time.`);
  }
  if (/Deserialization error/.test(message)) {
    // The SDK could not read the answer: not the service, or a truncated or broken body.
    const why = (message.split('\n')[0] ?? '').replace(/^@aws-sdk /, '').replace(/\.$/, '');
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
    // Not an answer from the service at all: a network failure without a known code.
    return new TransientError(`Could not talk to ${service} at ${endpoint}: ${message}`);
  }
  return undefined;
}
