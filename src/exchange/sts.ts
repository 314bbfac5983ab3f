import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ExitCode, StepError } from '../errors';
import type { Logger } from '../log';
import { awsFailure, transportError } from '../net/aws-errors';
import { awsEndpoint } from '../net/endpoints';
import { sdkRequestHandler } from '../net/proxy';
import { type RetryPolicy, withRetry } from '../net/retry';
import { decodeClaims, describeClaims } from '../token/jwt';
import { evaluateTrustPolicy, PolicyError } from '../trust-policy/evaluate';
import { reportLines } from '../trust-policy/report';
import { refusalHint } from './hints';

export interface AssumeRoleRequest {
  region: string;
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  sessionPolicy: string | undefined;
  managedSessionPolicies: string[];
  token: string;
  /** The role's trust policy, when the user gave it: an AccessDenied is then explained condition by condition. */
  trustPolicy?: unknown;
}

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Empty for long-term access keys. */
  sessionToken: string;
  /** Undefined for long-term access keys. */
  expiration: Date | undefined;
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
  // Signed calls: keys that AWS does not know, or a wrong secret.
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'SignatureDoesNotMatch',
]);
/** Where STS requests go, for messages: the SDK's endpoint variables, or the regional endpoint. */
export function stsEndpointLabel(region: string, env: NodeJS.ProcessEnv = process.env): string {
  return awsEndpoint('AWS_ENDPOINT_URL_STS', `sts.${region}`, region, env);
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
  const endpoint = stsEndpointLabel(req.region);
  const client = new STSClient({ region: req.region, maxAttempts: 1, requestHandler: sdkRequestHandler(endpoint) });
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

export interface StsOutput {
  Credentials?: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date };
  AssumedRoleUser?: { Arn?: string };
}

export function credentialsFrom(out: StsOutput): AwsCredentials {
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

function explain(policy: unknown, claims: Record<string, unknown>, roleArn: string): string[] {
  try {
    return reportLines(evaluateTrustPolicy(policy, { claims, roleArn }));
  } catch (error) {
    if (error instanceof PolicyError) return [`(it cannot be evaluated here: ${error.message})`];
    throw error;
  }
}

/** What an STS refusal is explained with. `token` for the web-identity call, `signedBy` for a signed AssumeRole. */
export interface RefusalContext {
  roleArn: string;
  token?: string | undefined;
  trustPolicy?: unknown;
  sessionPolicy?: string | undefined;
  managedSessionPolicies: string[];
  signedBy?: string | undefined;
}

export function classify(error: unknown, req: RefusalContext, endpoint: string, signal: AbortSignal): StepError {
  const transport = transportError(error, 'AWS STS', endpoint, signal);
  if (transport) return transport;
  const { code, status, message } = awsFailure(error);
  if (REFUSALS.has(code)) {
    const claims = req.token === undefined ? undefined : decodeClaims(req.token);
    const { hint, exitCode } = refusalHint(code, req, claims);
    const details = claims
      ? ["The token's claims (the token itself is never printed):", ...describeClaims(claims)]
      : [];
    if (claims && req.trustPolicy !== undefined && /AccessDenied|IDPRejectedClaim/.test(code)) {
      details.push(
        'Your `trust_policy`, evaluated as IAM does against this token:',
        ...explain(req.trustPolicy, claims, req.roleArn),
      );
    }
    return new StepError(`AWS STS refused to assume ${req.roleArn}: ${code}: ${message}`, { hint, exitCode, details });
  }
  if (code === 'ValidationError') {
    return new StepError(`AWS STS rejected a parameter: ${message}`, {
      hint: /duration/i.test(message)
        ? "`duration_seconds` must not exceed the role's maximum session duration (IAM role settings, 1 to 12 hours)."
        : 'Check `role_arn`, `session_name`, `duration_seconds` and the session policies.',
      exitCode: ExitCode.badInput,
    });
  }
  return new StepError(`AWS STS failed (${code}${status === undefined ? '' : `, HTTP ${status}`}): ${message}`);
}
