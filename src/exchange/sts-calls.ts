import type { STSClient } from '@aws-sdk/client-sts';
import type { RoleSession } from '../config/aws-values';
import type { StepError } from '../core/errors';
import { callAws } from '../net/aws-call';
import type { ClientCredentials } from '../net/aws-client';
import { awsFailure, transportError } from '../net/aws-errors';
import type { AwsAccess } from '../net/endpoints';
import type { StageContext } from '../net/retry';
import type { AwsSdk } from '../sdk/load';
import type { TokenHandle } from '../token/source';
import { type AwsCredentials, credentialsFrom, parseStsArn } from './credentials';
import { classifyStsError, type Refused, StsRefusal } from './refusals';

/** What every STS call needs: the stage context (log, clock, retry policy), the AWS endpoints and the region. */
export interface ExchangeContext extends StageContext {
  aws: AwsAccess;
  region: string;
  /** Told the STS endpoint each successful call went to. */
  usedEndpoint?: (endpoint: string) => void;
}

/** Credentials that sign a call, and who they are, for messages. */
export interface Signer extends ClientCredentials {
  principal: string;
}

/** The session's parameters as STS takes them (AssumeRole and AssumeRoleWithWebIdentity alike). */
function sessionParameters(session: RoleSession) {
  return {
    RoleArn: session.role.arn,
    RoleSessionName: session.sessionName,
    DurationSeconds: session.durationSeconds,
    ...(session.sessionPolicy === undefined ? {} : { Policy: session.sessionPolicy }),
    ...(session.managedSessionPolicies.length === 0
      ? {}
      : { PolicyArns: session.managedSessionPolicies.map((arn) => ({ arn })) }),
  };
}

/** What AssumeRole takes besides the session's parameters (the chained role): external ID, tags, source identity. */
function assumeRoleOptions(session: RoleSession) {
  return {
    ...(session.externalId === undefined ? {} : { ExternalId: session.externalId }),
    ...(session.tags?.length ? { Tags: session.tags.map((t) => ({ Key: t.key, Value: t.value })) } : {}),
    ...(session.transitiveTagKeys?.length ? { TransitiveTagKeys: session.transitiveTagKeys } : {}),
    ...(session.sourceIdentity === undefined ? {} : { SourceIdentity: session.sourceIdentity }),
  };
}

/** A token that expires within this is renewed before it is sent. */
const TOKEN_MARGIN_MS = 30_000;

/** Sends one STS command with retries, on a client made for it and closed afterwards (net/aws-call.ts). */
function send<T>({
  what,
  operation,
  detail,
  signer,
  ctx,
  call,
  classify,
}: {
  what: string;
  /** The operation, and its parameters for the verbose log (never a secret). */
  operation: string;
  detail: string;
  signer: Signer | undefined;
  ctx: ExchangeContext;
  call: (sts: STSClient, sdk: AwsSdk, signal: AbortSignal) => Promise<T>;
  classify: (error: unknown, endpoint: string, signal: AbortSignal) => StepError;
}): Promise<T> {
  return callAws({
    what,
    operation,
    detail,
    service: 'sts',
    region: ctx.region,
    credentials: signer,
    aws: ctx.aws,
    policy: ctx.policy,
    log: ctx.log,
    load: (sdk) => sdk,
    client: (sdk, config) => new sdk.STSClient(config),
    send: (sts, sdk, signal) => call(sts, sdk, signal),
    used: ctx.usedEndpoint,
    classify,
  });
}

/**
 * AssumeRoleWithWebIdentity (unsigned): the token for the session's credentials. A token about to expire is renewed
 * before an attempt; one STS refused as expired is renewed and sent once more, when the handle can renew it.
 */
export async function assumeWithToken(
  session: RoleSession,
  token: TokenHandle,
  ctx: ExchangeContext,
): Promise<AwsCredentials> {
  const renew = async (why: string) => {
    if (!token.renew) return false;
    ctx.log.warn(`${why}; getting a fresh one from Bitrise.`);
    await token.renew();
    return true;
  };
  const attempt = () =>
    send({
      what: `Assuming ${session.role.arn} with the identity token`,
      operation: 'AssumeRoleWithWebIdentity',
      detail: `role ${session.role.arn}, session ${session.sessionName}, ${session.durationSeconds} s`,
      signer: undefined,
      ctx,
      call: async (sts, sdk, signal) => {
        const expiresAt = token.expiresAt();
        if (expiresAt !== undefined && expiresAt - ctx.now() < TOKEN_MARGIN_MS) {
          await renew('The identity token expires in less than 30 s');
        }
        const command = new sdk.AssumeRoleWithWebIdentityCommand({
          ...sessionParameters(session),
          WebIdentityToken: token.current(),
        });
        const out = await sts.send(command, { abortSignal: signal });
        ctx.log.debug(`STS answered: request ID ${out.$metadata.requestId ?? 'none'}`);
        return credentialsFrom(out, session.role, ctx.now());
      },
      classify: (error, endpoint, signal) =>
        classifyStsError(error, { session, token: token.current() }, endpoint, signal),
    });
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof StsRefusal) || error.code !== 'ExpiredTokenException') throw error;
    if (!(await renew('AWS STS says the identity token expired'))) throw error;
    return attempt();
  }
}

/** AssumeRole signed by `signer`: access keys, or the first role of a chain. */
export function assumeSigned(session: RoleSession, signer: Signer, ctx: ExchangeContext): Promise<AwsCredentials> {
  const refused: Refused = { session, signedBy: signer.principal };
  return send({
    what: `Assuming ${session.role.arn} as ${signer.principal}`,
    operation: 'AssumeRole',
    detail: `${session.role.arn} as ${signer.principal}, session ${session.sessionName}`,
    signer,
    ctx,
    call: async (sts, sdk, signal) =>
      credentialsFrom(
        await sts.send(new sdk.AssumeRoleCommand({ ...sessionParameters(session), ...assumeRoleOptions(session) }), {
          abortSignal: signal,
        }),
        session.role,
        ctx.now(),
      ),
    classify: (error, endpoint, signal) => classifyStsError(error, refused, endpoint, signal),
  });
}

/**
 * GetCallerIdentity signed by `signer`: who AWS says the caller is. `refusal` explains an answer of the service's
 * (the transport's failures are classified as for every call).
 */
export function callerIdentity(
  what: string,
  signer: Signer,
  ctx: ExchangeContext,
  refusal: (code: string, message: string) => StepError,
): Promise<{ arn: string; accountId: string }> {
  return send({
    what,
    operation: 'GetCallerIdentity',
    detail: signer.principal,
    signer,
    ctx,
    call: async (sts, sdk, signal) => {
      const out = await sts.send(new sdk.GetCallerIdentityCommand({}), { abortSignal: signal });
      return { arn: out.Arn ?? '', accountId: parseStsArn(out.Arn).accountId };
    },
    classify: (error, endpoint, signal) => {
      const { code, message } = awsFailure(error);
      return transportError(error, 'AWS STS', endpoint, signal) ?? refusal(code, message);
    },
  });
}
