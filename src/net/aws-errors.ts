import { ExitCode, messageOf, StepError } from '../errors';
import { printable } from '../log';
import { AnswerTooLargeError } from './aws-transport';
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
    message: printable(e.message ?? messageOf(error)),
  };
}

/** Certificate and TLS failures: retrying cannot fix them. */
const TLS =
  /^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH)/;

export const TLS_HINT =
  "The server's certificate was not accepted. Behind a TLS-inspecting proxy, give Node its CA with " +
  'NODE_EXTRA_CA_CERTS=/path/to/ca.pem; otherwise check the endpoint and the machine clock.';

export const PROXY_AUTH_HINT =
  'The proxy asks for credentials: put them in the proxy URL (HTTPS_PROXY=http://user:password@proxy:port), or ' +
  'add the host to NO_PROXY.';

/** The error codes of an error and its causes, outermost first. */
export function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string') codes.push(e.code);
    e = e.cause as typeof e;
  }
  return codes;
}

/**
 * Failures of the connection itself that retrying cannot fix: a certificate the machine does not trust, and a proxy
 * that wants credentials. Shared by the Bitrise API and AWS.
 */
export function permanentConnectionError(error: unknown, where: string): StepError | undefined {
  const tls = codesOf(error).find((code) => TLS.test(code));
  if (tls) {
    return new StepError(`The TLS connection to ${where} failed: ${tls}.`, { hint: TLS_HINT, cause: error });
  }
  if (/\b407\b/.test(messageOf(error))) {
    return new StepError(`The proxy refused to connect to ${where}: HTTP 407 Proxy Authentication Required.`, {
      hint: PROXY_AUTH_HINT,
      exitCode: ExitCode.refused,
      cause: error,
    });
  }
  return undefined;
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
  if (network === 'ECONNRESET' || network === 'EPIPE' || /socket hang up|aborted/i.test(message)) {
    // A connection closed mid-answer (also a truncated answer): worth another attempt, and not a time-out.
    return new TransientError(
      `The connection to ${service} at ${endpoint} was closed before the whole answer arrived.`,
    );
  }
  if (code === 'TimeoutError' || code === 'AbortError') {
    return new TransientError(`${service} at ${endpoint} did not answer in time.`);
  }
  if (/Deserialization error/.test(message)) {
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
    // Not an answer from the service at all: a network failure without a known code.
    return new TransientError(`Could not talk to ${service} at ${endpoint}: ${message}`);
  }
  return undefined;
}
