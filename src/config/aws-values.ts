import { InputError } from '../core/errors';
import { PARTITION_PATTERN, partitionOfRegion } from '../core/partitions';
import { PolicyDocumentError, parsePolicyDocument } from '../core/policy-document';

export { partitionOfRegion };

const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/;

export function parseRegion(key: string, value: string): string {
  if (!REGION.test(value)) {
    throw new InputError(
      key,
      `is not an AWS region: ${JSON.stringify(value)}.`,
      'Expected a region code such as us-east-1, eu-west-2, cn-north-1 or us-gov-west-1.',
    );
  }
  return value;
}

const PARTITION = `(${PARTITION_PATTERN})`;
const NAME = '[\\w+=,.@-]';
/** An IAM path: `/`, or `/` and printable ASCII up to a final `/` (up to 512 characters), as IAM defines it. */
const PATH = '((?:[\\x21-\\x7e]{0,510}/)?)';
const ROLE_ARN = new RegExp(`^arn:${PARTITION}:iam::(\\d{12}):role/${PATH}(${NAME}{1,64})$`);

export interface RoleArn {
  arn: string;
  partition: string;
  accountId: string;
  name: string;
}

/** The session lengths STS accepts, in seconds: assumed with the identity, and assumed with another role's session. */
export const SESSION_SECONDS = { min: 900, max: 43200 } as const;
export const CHAINED_SESSION_SECONDS = { min: 900, max: 3600 } as const;

/** One role session, as every stage sees it: the role, and what the session asks STS for. */
export interface RoleSession {
  role: RoleArn;
  sessionName: string;
  durationSeconds: number;
  sessionPolicy?: string | undefined;
  managedSessionPolicies: string[];
  /** AssumeRole only (a chained role): what its trust policy requires, and the session's tags and identity. */
  externalId?: string | undefined;
  tags?: Array<{ key: string; value: string }>;
  transitiveTagKeys?: string[];
  sourceIdentity?: string | undefined;
}

export function parseRoleArn(key: string, value: string, region: string): RoleArn {
  const m = ROLE_ARN.exec(value);
  if (!m) {
    const hint = /^[\w+=,.@-]+$/.test(value)
      ? `That looks like a role name; give the full ARN, such as arn:aws:iam::123456789012:role/${value}.`
      : 'Expected arn:<partition>:iam::<12-digit account ID>:role/<name>, such as arn:aws:iam::123456789012:role/bitrise-deploy.';
    throw new InputError(key, `is not an IAM role ARN: ${JSON.stringify(value)}.`, hint);
  }
  const [, partition = '', accountId = '', , name = ''] = m;
  const expected = partitionOfRegion(region);
  if (partition !== expected) {
    throw new InputError(
      key,
      `is in partition ${partition}, but region ${region} is in partition ${expected}.`,
      `Set \`region\` to a region of ${partition}, or use a role ARN that starts with arn:${expected}:.`,
    );
  }
  return { arn: value, partition, accountId, name };
}

const POLICY_ARN = new RegExp(`^arn:${PARTITION}:iam::(\\d{12}|aws):policy/${PATH}${NAME}{1,128}$`);

/** Managed policy ARNs, checked; an ARN listed twice is sent once (STS would refuse the duplicate). */
export function parsePolicyArns(key: string, values: string[], partition: string): string[] {
  if (values.length > 10) {
    throw new InputError(key, `lists ${values.length} policy ARNs; STS accepts at most 10.`);
  }
  const seen = new Set<string>();
  for (const arn of values) {
    const m = POLICY_ARN.exec(arn);
    if (!m) {
      throw new InputError(
        key,
        `has a line that is not an IAM policy ARN: ${JSON.stringify(arn)}.`,
        'One ARN per line, such as arn:aws:iam::aws:policy/ReadOnlyAccess or arn:aws:iam::123456789012:policy/deploy.',
      );
    }
    if (m[1] !== partition) {
      throw new InputError(key, `has ${arn}, which is not in the role's partition ${partition}.`);
    }
    seen.add(arn);
  }
  return [...seen];
}

/** STS counts the inline policy in plain-text characters and accepts tab, newline, CR and U+0020–U+00FF only. */
export function parseSessionPolicy(key: string, value: string): string {
  if (value.length > 2048) {
    throw new InputError(key, `is ${value.length} characters long; STS accepts at most 2048.`, 'Minify the JSON.');
  }
  const bad = /[^\t\n\r\u0020-\u00ff]/.exec(value);
  if (bad) {
    throw new InputError(
      key,
      `contains the character U+${bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}, which STS does not accept.`,
    );
  }
  try {
    parsePolicyDocument(value);
  } catch (error) {
    if (!(error instanceof PolicyDocumentError)) throw error;
    throw new InputError(
      key,
      `${error.message}.`,
      'Example: {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    );
  }
  return value;
}

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

export function parseSessionName(key: string, value: string): string {
  if (!SESSION_NAME.test(value)) {
    throw new InputError(
      key,
      `must be 2 to 64 characters of letters, digits and _+=,.@- only, got ${JSON.stringify(value)}.`,
      'Example: bitrise-1234.',
    );
  }
  return value;
}

/** Turns any string into a valid session name: invalid characters become '-', at most 64, at least 2 characters. */
export function sanitiseSessionName(value: string): string {
  const cleaned = value.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
  return cleaned.length >= 2 ? cleaned : `${cleaned}--`.slice(0, 2);
}

/** An audience is one printable token (often a URL); whitespace is almost always a copy-paste slip. */
export function parseAudience(value: string, key = 'audience'): string {
  if (!/^[\x21-\x7e]{1,255}$/.test(value)) {
    throw new InputError(
      key,
      `must be one value of printable characters without spaces, got ${JSON.stringify(value)}.`,
      'For AWS it is sts.amazonaws.com, the audience registered on the IAM OIDC provider.',
    );
  }
  return value;
}
