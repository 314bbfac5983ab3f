/**
 * The signed STS calls: AssumeRole with access keys or with a first role's credentials (role chaining), and
 * GetCallerIdentity to check access keys that are used as they are. Same retries and error handling as the web
 * identity exchange.
 */
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ExitCode, StepError } from '../errors';
import type { Logger } from '../log';
import { awsFailure, transportError } from '../net/aws-errors';
import { sdkRequestHandler } from '../net/proxy';
import { type RetryPolicy, withRetry } from '../net/retry';
import { type AwsCredentials, classify, credentialsFrom, stsEndpointLabel } from './sts';

export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
  /** Who these credentials are, for messages (an ARN, or "the access keys"). */
  principal: string;
}

function client(region: string, creds: SigningCredentials): { sts: STSClient; endpoint: string } {
  const endpoint = stsEndpointLabel(region);
  const sts = new STSClient({
    region,
    maxAttempts: 1,
    requestHandler: sdkRequestHandler(endpoint),
    credentials: {
      accessKeyId: creds.accessKeyId,
      secretAccessKey: creds.secretAccessKey,
      ...(creds.sessionToken ? { sessionToken: creds.sessionToken } : {}),
    },
  });
  return { sts, endpoint };
}

export interface SignedAssumeRoleRequest {
  region: string;
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  sessionPolicy?: string | undefined;
  managedSessionPolicies?: string[];
}

export async function assumeRole(
  req: SignedAssumeRoleRequest,
  creds: SigningCredentials,
  policy: RetryPolicy,
  log: Logger,
): Promise<AwsCredentials> {
  const { sts, endpoint } = client(req.region, creds);
  const managed = req.managedSessionPolicies ?? [];
  const command = new AssumeRoleCommand({
    RoleArn: req.roleArn,
    RoleSessionName: req.sessionName,
    DurationSeconds: req.durationSeconds,
    ...(req.sessionPolicy === undefined ? {} : { Policy: req.sessionPolicy }),
    ...(managed.length === 0 ? {} : { PolicyArns: managed.map((arn) => ({ arn })) }),
  });
  try {
    return await withRetry(`Assuming ${req.roleArn}`, policy, async (signal, n) => {
      log.debug(`AssumeRole at ${endpoint} (attempt ${n}/${policy.attempts}): ${req.roleArn} as ${creds.principal}`);
      try {
        return credentialsFrom(await sts.send(command, { abortSignal: signal }));
      } catch (error) {
        throw classify(
          error,
          {
            roleArn: req.roleArn,
            managedSessionPolicies: managed,
            sessionPolicy: req.sessionPolicy,
            signedBy: creds.principal,
          },
          endpoint,
          signal,
        );
      }
    });
  } finally {
    sts.destroy();
  }
}

/** Checks access keys with GetCallerIdentity; returns them as credentials with the caller's account and ARN. */
export async function checkAccessKeys(
  region: string,
  creds: SigningCredentials,
  policy: RetryPolicy,
  log: Logger,
): Promise<AwsCredentials> {
  const { sts, endpoint } = client(region, creds);
  try {
    const out = await withRetry('Checking the access keys', policy, async (signal, n) => {
      log.debug(`GetCallerIdentity at ${endpoint} (attempt ${n}/${policy.attempts})`);
      try {
        return await sts.send(new GetCallerIdentityCommand({}), { abortSignal: signal });
      } catch (error) {
        const transport = transportError(error, 'AWS STS', endpoint, signal);
        if (transport) throw transport;
        const { code, message } = awsFailure(error);
        throw new StepError(`The access keys do not work: AWS STS answered ${code}: ${message}`, {
          hint: 'Check `access_key_id` and `secret_access_key` (an active access key of an IAM user).',
          exitCode: ExitCode.refused,
        });
      }
    });
    if (!out.Account || !out.Arn) throw new StepError('AWS STS answered GetCallerIdentity without an account and ARN.');
    return {
      accessKeyId: creds.accessKeyId,
      secretAccessKey: creds.secretAccessKey,
      sessionToken: creds.sessionToken ?? '',
      expiration: undefined,
      assumedRoleArn: out.Arn,
      accountId: out.Account,
    };
  } finally {
    sts.destroy();
  }
}
