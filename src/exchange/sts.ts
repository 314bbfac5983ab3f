import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ExitCode, messageOf, StepError } from '../errors';
import type { Logger } from '../log';
import { type RetryPolicy, TransientError, withRetry } from '../net/retry';
import { decodeClaims, describeClaims } from '../token/jwt';
import { refusalHint } from './hints';

export interface AssumeRoleRequest {
  region: string;
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  sessionPolicy: string | undefined;
  managedSessionPolicies: string[];
  token: string;
}

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  /** The assumed-role session ARN, arn:aws:sts::<account>:assumed-role/<role>/<session>. */
  assumedRoleArn: string;
  accountId: string;
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
]);
/** Error codes worth another attempt (besides any 5xx and network errors). */
const TRANSIENT = new Set([
  'Throttling',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'IDPCommunicationError',
  'InternalFailure',
  'InternalError',
  'ServiceUnavailable',
  'RequestTimeout',
  'RequestTimeoutException',
]);
/** The SDK names modelled errors after their shapes; users and AWS's documentation know the codes on the wire. */
const WIRE_CODES: Record<string, string> = {
  InvalidIdentityTokenException: 'InvalidIdentityToken',
  IDPRejectedClaimException: 'IDPRejectedClaim',
  IDPCommunicationErrorException: 'IDPCommunicationError',
  MalformedPolicyDocumentException: 'MalformedPolicyDocument',
  PackedPolicyTooLargeException: 'PackedPolicyTooLarge',
};
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);

/** Where STS requests go, for messages: the SDK's endpoint variables, or the regional endpoint. */
export function stsEndpointLabel(region: string, env: NodeJS.ProcessEnv = process.env): string {
  const custom = env.AWS_ENDPOINT_URL_STS ?? env.AWS_ENDPOINT_URL;
  if (custom) return custom;
  return `https://sts.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
}

/**
 * Exchanges the identity token for role credentials with AssumeRoleWithWebIdentity (unsigned). The SDK's own retries
 * are off: this module retries throttling, IDPCommunicationError, 5xx and network errors, and nothing else.
 */
export async function assumeRoleWithWebIdentity(
  req: AssumeRoleRequest,
  policy: RetryPolicy,
  log: Logger,
): Promise<AwsCredentials> {
  const client = new STSClient({ region: req.region, maxAttempts: 1 });
  const endpoint = stsEndpointLabel(req.region);
  const command = new AssumeRoleWithWebIdentityCommand({
    RoleArn: req.roleArn,
    RoleSessionName: req.sessionName,
    WebIdentityToken: req.token,
    DurationSeconds: req.durationSeconds,
    ...(req.sessionPolicy === undefined ? {} : { Policy: req.sessionPolicy }),
    ...(req.managedSessionPolicies.length === 0
      ? {}
      : { PolicyArns: req.managedSessionPolicies.map((arn) => ({ arn })) }),
  });
  try {
    return await withRetry('Assuming the role with AWS STS', policy, async (signal, n) => {
      log.debug(
        `AssumeRoleWithWebIdentity at ${endpoint} (attempt ${n}/${policy.attempts}): role ${req.roleArn}, ` +
          `session ${req.sessionName}, ${req.durationSeconds} s`,
      );
      try {
        const out = await client.send(command, { abortSignal: signal });
        log.debug(`STS answered: request ID ${out.$metadata.requestId ?? 'none'}`);
        return credentialsFrom(out);
      } catch (error) {
        throw classify(error, req, endpoint, signal);
      }
    });
  } finally {
    client.destroy();
  }
}

interface StsOutput {
  Credentials?: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date };
  AssumedRoleUser?: { Arn?: string };
}

function credentialsFrom(out: StsOutput): AwsCredentials {
  const c = out.Credentials;
  const arn = out.AssumedRoleUser?.Arn;
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !(c.Expiration instanceof Date) || !arn) {
    throw new StepError('AWS STS answered without complete credentials; nothing was published.');
  }
  if (Number.isNaN(c.Expiration.getTime())) {
    throw new StepError('AWS STS answered with an unreadable expiration time; nothing was published.');
  }
  const accountId = arn.split(':')[4] ?? '';
  if (!/^\d{12}$/.test(accountId)) {
    throw new StepError(`AWS STS answered with an unexpected assumed-role ARN: ${arn}.`);
  }
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: c.Expiration,
    assumedRoleArn: arn,
    accountId,
  };
}

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: unknown;
}

function classify(error: unknown, req: AssumeRoleRequest, endpoint: string, signal: AbortSignal): StepError {
  if (error instanceof StepError) return error;
  const e = (error ?? {}) as SdkError;
  const name = WIRE_CODES[e.name ?? ''] ?? e.name ?? 'Error';
  const status = e.$metadata?.httpStatusCode;
  const awsMessage = e.message ?? messageOf(error);
  if (signal.aborted || name === 'TimeoutError' || name === 'AbortError') {
    return new TransientError(`AWS STS at ${endpoint} did not answer in time.`);
  }
  if (REFUSALS.has(name)) {
    const claims = decodeClaims(req.token);
    const { hint, exitCode } = refusalHint(name, req, claims);
    return new StepError(`AWS STS refused to assume ${req.roleArn}: ${name}: ${awsMessage}`, {
      hint,
      exitCode,
      details: claims ? ["The token's claims (the token itself is never printed):", ...describeClaims(claims)] : [],
    });
  }
  if (/Deserialization error/.test(awsMessage)) {
    // The SDK could not read the answer: not STS, or a truncated or broken body.
    const why = (awsMessage.split('\n')[0] ?? '').replace(/^@aws-sdk /, '').replace(/\.$/, '');
    const answer = `AWS STS at ${endpoint} answered HTTP ${status ?? '?'} with a body that is not a valid STS answer (${why})`;
    return status !== undefined && status >= 500 ? new TransientError(`${answer}.`) : new StepError(`${answer}.`);
  }
  if (TRANSIENT.has(name) || (status !== undefined && status >= 500) || NETWORK.has(e.code ?? '')) {
    const label = name === 'Error' && e.code ? e.code : name;
    if (label === 'Unknown' || label === 'UnknownError') {
      return new TransientError(`AWS STS at ${endpoint} answered HTTP ${status ?? '?'} without an STS error.`);
    }
    const what = status === undefined ? label : `${label}, HTTP ${status}`;
    return new TransientError(`AWS STS at ${endpoint} failed (${what}): ${awsMessage}`);
  }
  if (name === 'ValidationError') {
    return new StepError(`AWS STS rejected a parameter: ${awsMessage}`, {
      hint: /duration/i.test(awsMessage)
        ? "`duration_seconds` must not exceed the role's maximum session duration (IAM role settings, 1 to 12 hours)."
        : 'Check `role_arn`, `session_name`, `duration_seconds` and the session policies.',
      exitCode: ExitCode.badInput,
    });
  }
  if (status === undefined && e.$fault === undefined) {
    // Not an answer from STS at all: a network failure without a known code, or an unreadable answer.
    return new TransientError(`Could not talk to AWS STS at ${endpoint}: ${awsMessage}`);
  }
  return new StepError(`AWS STS failed (${name}${status === undefined ? '' : `, HTTP ${status}`}): ${awsMessage}`);
}
