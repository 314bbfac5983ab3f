/**
 * The exchange as the step runs it: the first credentials from the auth source (the identity token, or access keys
 * used to assume a role, or checked as they are), then, with a chain, the chained role's, signed with the first. Every
 * secret is registered with the log as soon as it exists.
 */
import type { AccessKeys } from '../config/authenticate';
import type { RoleSession } from '../config/aws-values';
import type { TokenHandle } from '../token/source';
import { checkAccessKeys } from './checks';
import type { AwsCredentials } from './credentials';
import { SessionTooLongError } from './refusals';
import { assumeSigned, assumeWithToken, type ExchangeContext } from './sts-calls';

export type { ExchangeContext };

/** Where the first credentials come from: an identity token (its handle from the token stage), or access keys. */
export type FirstCredentials =
  | { kind: 'token'; session: RoleSession; token: TokenHandle }
  | { kind: 'keys'; keys: AccessKeys; session: RoleSession | undefined };

/** The credentials the step publishes. */
export async function exchange(
  auth: FirstCredentials,
  chain: RoleSession | undefined,
  ctx: ExchangeContext,
): Promise<AwsCredentials> {
  let first: AwsCredentials;
  if (auth.kind === 'token') {
    first = await negotiated(auth.session, ctx, (s) => assumeWithToken(s, auth.token, ctx));
  } else if (auth.session) {
    const signer = { ...auth.keys, principal: 'the access keys' };
    first = await negotiated(auth.session, ctx, (s) => assumeSigned(s, signer, ctx));
  } else {
    first = await checkAccessKeys(auth.keys, ctx);
  }
  registerCredentials(ctx, first);
  if (!chain) return first;
  ctx.log.done(`Assumed ${first.assumedRoleArn}; now assuming ${chain.role.arn} with it.`);
  const second = await assumeSigned(chain, { ...first, principal: first.assumedRoleArn }, ctx);
  registerCredentials(ctx, second);
  return second;
}

/** Every role allows sessions of one hour: what the step asks for when the role refuses a longer one. */
const ONE_HOUR = 3600;

/**
 * Assumes the session; when STS says the duration asked for exceeds the role's maximum (and more than an hour was
 * asked for), asks once more for an hour, and says in one line what it did and how to get the longer session.
 */
async function negotiated(
  session: RoleSession,
  ctx: ExchangeContext,
  assume: (session: RoleSession) => Promise<AwsCredentials>,
): Promise<AwsCredentials> {
  try {
    return await assume(session);
  } catch (error) {
    if (!(error instanceof SessionTooLongError) || session.durationSeconds <= ONE_HOUR) throw error;
    ctx.log.warn(
      `The role ${session.role.arn} does not allow sessions of ${session.durationSeconds} s; asking for ${ONE_HOUR} s ` +
        `(every role allows an hour). For the longer session, raise the role's maximum session duration (IAM > Roles > ` +
        `${session.role.name} > Maximum session duration), or set \`duration_seconds\` to at most that maximum.`,
    );
    return assume({ ...session, durationSeconds: ONE_HOUR });
  }
}

function registerCredentials(ctx: ExchangeContext, creds: AwsCredentials): void {
  for (const secret of [creds.accessKeyId, creds.secretAccessKey, creds.sessionToken]) ctx.log.secrets.add(secret);
}
