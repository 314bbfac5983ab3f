/**
 * The exchange over targets: every role the config names is assumed as soon as its source's credentials exist (the
 * identity's at once, so independent roles go to STS together), and the access keys without a role are checked as
 * they are. Every secret is registered with the log as soon as it exists.
 */
import type { RoleSession } from '../config/aws-values';
import type { AccessKeys, Target } from '../config/model';
import type { TokenHandle } from '../token/source';
import { checkAccessKeys } from './checks';
import type { AwsCredentials } from './credentials';
import { SessionTooLongError } from './refusals';
import { assumeSigned, assumeWithToken, type ExchangeContext } from './sts-calls';

export type { ExchangeContext };

/** The identity's credentials as the exchange holds them: the token's handle, or the access keys. */
export type IdentityCredentials = { kind: 'token'; token: TokenHandle } | { kind: 'keys'; keys: AccessKeys };

/** A target assumed: its credentials, and what a renewal needs to repeat it (the session granted, where it went). */
export interface Assumed {
  creds: AwsCredentials;
  /** The session as STS granted it: the duration asked for, or the hour asked for instead. */
  session: RoleSession;
  /** The STS endpoint that answered (origin and path). */
  endpoint: string;
}

/** A target that could not be assumed, with the error of its call. */
export class TargetFailed extends Error {
  constructor(
    readonly target: Target,
    readonly error: unknown,
  ) {
    super(`${target.origin} failed`);
    this.name = 'TargetFailed';
  }
}

/**
 * Assumes every target, each once its source is there. All or nothing: when any fails, the others are waited for and
 * the first failure in the config's order is thrown as a TargetFailed.
 */
export async function assumeTargets(
  identity: IdentityCredentials,
  targets: Target[],
  ctx: ExchangeContext,
): Promise<Map<string, Assumed>> {
  const started = new Map<string, Promise<Assumed>>();
  const assume = (target: Target): Promise<Assumed> => {
    const running = started.get(target.name);
    if (running) return running;
    const promise = assumeOne(target, identity, ctx, (name) => {
      const source = targets.find((t) => t.name === name);
      if (!source) throw new Error(`no target ${name}`);
      return assume(source);
    });
    started.set(target.name, promise);
    return promise;
  };
  const settled = await Promise.allSettled(targets.map(assume));
  const assumed = new Map<string, Assumed>();
  for (const [i, result] of settled.entries()) {
    const target = targets[i] as Target;
    if (result.status === 'rejected') throw new TargetFailed(target, result.reason);
    assumed.set(target.name, result.value);
  }
  return assumed;
}

async function assumeOne(
  target: Target,
  identity: IdentityCredentials,
  ctx: ExchangeContext,
  sourceOf: (name: string) => Promise<Assumed>,
): Promise<Assumed> {
  let endpoint = '';
  const here: ExchangeContext = { ...ctx, usedEndpoint: (url) => (endpoint = url) };
  let result: { creds: AwsCredentials; session: RoleSession };
  if (target.source.kind === 'target') {
    const source = await sourceOf(target.source.name);
    ctx.log.done(`Assumed ${source.creds.assumedRoleArn}; now assuming ${target.session.role.arn} with it.`);
    const signer = { ...source.creds, principal: source.creds.assumedRoleArn };
    result = { creds: await assumeSigned(target.session, signer, here), session: target.session };
  } else if (identity.kind === 'token') {
    result = await negotiated(target.session, ctx, (s) => assumeWithToken(s, identity.token, here));
  } else {
    const signer = { ...identity.keys, principal: 'the access keys' };
    result = await negotiated(target.session, ctx, (s) => assumeSigned(s, signer, here));
  }
  registerCredentials(ctx, result.creds);
  return { ...result, endpoint };
}

/** The access keys themselves (no role to assume), checked with GetCallerIdentity. */
export async function checkedKeys(keys: AccessKeys, ctx: ExchangeContext): Promise<AwsCredentials> {
  const creds = await checkAccessKeys(keys, ctx);
  registerCredentials(ctx, creds);
  return creds;
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
): Promise<{ creds: AwsCredentials; session: RoleSession }> {
  try {
    return { creds: await assume(session), session };
  } catch (error) {
    if (!(error instanceof SessionTooLongError) || session.durationSeconds <= ONE_HOUR) throw error;
    ctx.log.warn(
      `The role ${session.role.arn} does not allow sessions of ${session.durationSeconds} s; asking for ${ONE_HOUR} s ` +
        `(every role allows an hour). For the longer session, raise the role's maximum session duration (IAM > Roles > ` +
        `${session.role.name} > Maximum session duration), or set \`duration_seconds\` to at most that maximum.`,
    );
    const shorter = { ...session, durationSeconds: ONE_HOUR };
    return { creds: await assume(shorter), session: shorter };
  }
}

function registerCredentials(ctx: ExchangeContext, creds: AwsCredentials): void {
  for (const secret of [creds.accessKeyId, creds.secretAccessKey, creds.sessionToken]) ctx.log.secrets.add(secret);
}
