/**
 * Credentials as the step holds them, and the check of every STS answer before anything uses it: values from a server
 * end up in envman, in ~/.aws files and in a command line, so a malformed one is refused here, whole.
 */
import type { AwsCredentials } from '../core/credentials';
import { StepError } from '../core/errors';
import { printable } from '../core/log';
import { PARTITION_PATTERN } from '../core/partitions';

export type { AwsCredentials };

export interface StsOutput {
  Credentials?: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date };
  AssumedRoleUser?: { Arn?: string };
}

const ACCESS_KEY_ID = /^\w{16,128}$/;
/** Printable ASCII without spaces: what AWS secrets, tokens and ARNs are made of. */
const PRINTABLE = /^[\x21-\x7e]+$/;
const ARN = new RegExp(`^arn:(${PARTITION_PATTERN}):(?:iam|sts)::(\\d{12}):[\\w+=,.@/-]+$`);

function malformed(what: string, value: unknown): StepError {
  const shown = typeof value === 'string' && value.length <= 200 ? `: ${printable(value)}` : '';
  return new StepError(`AWS STS answered with ${what}${shown}. Nothing was published or written.`, {
    hint: 'This is not an answer AWS STS gives. Check AWS_ENDPOINT_URL_STS, endpoint_url in the AWS config file, and any proxy between the build and AWS.',
  });
}

/** An ARN STS could have sent, with its partition and account. */
export function parseStsArn(arn: unknown): { partition: string; accountId: string } {
  const m = typeof arn === 'string' ? ARN.exec(arn) : null;
  if (!m) throw malformed('an ARN that is not well-formed', arn);
  return { partition: m[1] ?? '', accountId: m[2] ?? '' };
}

/**
 * The credentials of an AssumeRole* answer, checked: an access key ID of 16 to 128 word characters, a secret and a
 * session token of printable characters, an expiration in the future, an assumed-role ARN of the role's partition
 * and account.
 */
export function credentialsFrom(
  out: StsOutput,
  asked: { partition: string; accountId: string },
  now: number = Date.now(),
): AwsCredentials {
  const c = out.Credentials;
  const arn = out.AssumedRoleUser?.Arn;
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration || !arn) {
    throw new StepError('AWS STS answered without complete credentials; nothing was published.');
  }
  if (!ACCESS_KEY_ID.test(c.AccessKeyId)) throw malformed('an access key ID that is not one', undefined);
  if (!PRINTABLE.test(c.SecretAccessKey))
    throw malformed('a secret access key with characters AWS never uses', undefined);
  if (!PRINTABLE.test(c.SessionToken)) throw malformed('a session token with characters AWS never uses', undefined);
  if (!(c.Expiration instanceof Date) || Number.isNaN(c.Expiration.getTime())) {
    throw malformed('an unreadable expiration time', undefined);
  }
  if (c.Expiration.getTime() <= now)
    throw malformed('credentials that have already expired', c.Expiration.toISOString());
  const { partition, accountId } = parseStsArn(arn);
  if (partition !== asked.partition) {
    throw malformed(
      `an assumed-role ARN of partition ${partition}, not of the role's partition ${asked.partition}`,
      arn,
    );
  }
  if (!/:assumed-role\//.test(arn) || accountId !== asked.accountId) {
    throw malformed(`an assumed-role ARN that is not of account ${asked.accountId}`, arn);
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
