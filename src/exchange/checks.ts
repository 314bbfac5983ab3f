/** What the step checks of the credentials it got: who AWS says they are, and whose account they are of. */

import type { AccessKeys } from '../config/model';
import { ExitCode, StepError, TransientError } from '../core/errors';
import type { AwsCredentials } from './credentials';
import { callerIdentity, type ExchangeContext } from './sts-calls';

/**
 * GetCallerIdentity with the credentials just obtained: who AWS says they are. Right after a role is assumed, IAM may
 * not know the new session everywhere yet (it is eventually consistent), so InvalidClientTokenId is retried here,
 * within the step's retries and deadline, and only here.
 */
export function checkIdentity(
  creds: AwsCredentials,
  ctx: ExchangeContext,
): Promise<{ arn: string; accountId: string }> {
  return callerIdentity(
    'Checking the credentials with GetCallerIdentity',
    { ...creds, principal: creds.assumedRoleArn },
    ctx,
    (code, message) =>
      code === 'InvalidClientTokenId'
        ? new TransientError(
            'AWS STS does not know the new credentials yet (InvalidClientTokenId); IAM can take a few seconds.',
          )
        : new StepError(`GetCallerIdentity with the new credentials failed: ${code}: ${message}`, {
            exitCode: ExitCode.refused,
          }),
  );
}

/** `allowed_account_ids`: credentials of any other account are refused before anything is published. */
export function guardAccount(creds: AwsCredentials, allowed: string[] | undefined): void {
  if (!allowed || allowed.includes(creds.accountId)) return;
  throw new StepError(
    `The credentials belong to account ${creds.accountId}, which \`allowed_account_ids\` does not list (${allowed.join(', ')}). Nothing was published.`,
    {
      hint: 'Check the role ARN (copied from another account?), or add the account to `allowed_account_ids`.',
      exitCode: ExitCode.refused,
    },
  );
}

/** Checks access keys with GetCallerIdentity; returns them as credentials with the caller's account and ARN. */
export async function checkAccessKeys(keys: AccessKeys, ctx: ExchangeContext): Promise<AwsCredentials> {
  const { arn, accountId } = await callerIdentity(
    'Checking the access keys',
    { ...keys, principal: 'the access keys' },
    ctx,
    (code, message) =>
      new StepError(`The access keys do not work: AWS STS answered ${code}: ${message}`, {
        hint: 'Check `access_key_id` and `secret_access_key` (an active access key of an IAM user).',
        exitCode: ExitCode.refused,
      }),
  );
  const { accessKeyId, secretAccessKey } = keys;
  return { accessKeyId, secretAccessKey, sessionToken: '', expiration: undefined, assumedRoleArn: arn, accountId };
}
