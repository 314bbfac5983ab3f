/**
 * The exchange stage: the first credentials from the auth source (a token through AssumeRoleWithWebIdentity, or access
 * keys through AssumeRole or GetCallerIdentity), then the chained role. Every call goes through one client factory
 * (net/aws-client.ts), one retry policy and one classification (refusals.ts); every answer is checked
 * (credentials.ts) before anything uses it.
 */
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
} from '@aws-sdk/client-sts';
import type { AccessKeys, AuthSource } from '../config/authenticate';
import type { RoleSession } from '../config/aws';
import { ExitCode, StepError } from '../errors';
import type { Logger } from '../log';
import { awsClient, type ClientCredentials } from '../net/aws-client';
import { awsFailure, transportError } from '../net/aws-errors';
import type { AwsAccess } from '../net/endpoints';
import { type RetryPolicy, withRetry } from '../net/retry';
import { type AwsCredentials, credentialsFrom, parseStsArn } from './credentials';
import { classifyStsError, type Refused } from './refusals';

/** What every STS call needs besides its own parameters. */
export interface ExchangeContext {
  aws: AwsAccess;
  region: string;
  policy: RetryPolicy;
  log: Logger;
}

/** Credentials that sign a call, and who they are, for messages. */
interface Signer extends ClientCredentials {
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

/** Sends one STS command with retries, on a client made for it and closed afterwards. */
async function send<T>(
  what: string,
  /** The operation and its parameters, for the verbose log (never a secret). */
  request: string,
  signer: Signer | undefined,
  ctx: ExchangeContext,
  call: (sts: STSClient, signal: AbortSignal) => Promise<T>,
  classify: (error: unknown, endpoint: string, signal: AbortSignal) => StepError,
): Promise<T> {
  const setup = awsClient(ctx.aws, 'sts', ctx.region, signer, ctx.log);
  const sts = new STSClient(setup.config);
  try {
    return await withRetry(what, ctx.policy, async (signal, n) => {
      const [operation = request, ...rest] = request.split(': ');
      setup.announce(operation, `(attempt ${n}/${ctx.policy.attempts}): ${rest.join(': ')}`);
      try {
        return await call(sts, signal);
      } catch (error) {
        throw classify(error, setup.endpoint(), signal);
      }
    });
  } finally {
    sts.destroy();
  }
}

/** AssumeRoleWithWebIdentity (unsigned): the token for the session's credentials. */
export function assumeWithToken(
  session: RoleSession,
  token: string,
  trustPolicy: unknown,
  ctx: ExchangeContext,
): Promise<AwsCredentials> {
  const command = new AssumeRoleWithWebIdentityCommand({ ...sessionParameters(session), WebIdentityToken: token });
  const refused: Refused = { session, token, trustPolicy };
  return send(
    `Assuming ${session.role.arn} with the identity token`,
    `AssumeRoleWithWebIdentity: role ${session.role.arn}, session ${session.sessionName}, ${session.durationSeconds} s`,
    undefined,
    ctx,
    async (sts, signal) => {
      const out = await sts.send(command, { abortSignal: signal });
      ctx.log.debug(`STS answered: request ID ${out.$metadata.requestId ?? 'none'}`);
      return credentialsFrom(out, session.role);
    },
    (error, endpoint, signal) => classifyStsError(error, refused, endpoint, signal),
  );
}

/** AssumeRole signed by `signer`: access keys, or the first role of a chain. */
export function assumeSigned(session: RoleSession, signer: Signer, ctx: ExchangeContext): Promise<AwsCredentials> {
  const command = new AssumeRoleCommand(sessionParameters(session));
  const refused: Refused = { session, signedBy: signer.principal };
  return send(
    `Assuming ${session.role.arn} as ${signer.principal}`,
    `AssumeRole: ${session.role.arn} as ${signer.principal}, session ${session.sessionName}`,
    signer,
    ctx,
    async (sts, signal) => credentialsFrom(await sts.send(command, { abortSignal: signal }), session.role),
    (error, endpoint, signal) => classifyStsError(error, refused, endpoint, signal),
  );
}

/** Checks access keys with GetCallerIdentity; returns them as credentials with the caller's account and ARN. */
export function checkAccessKeys(keys: AccessKeys, ctx: ExchangeContext): Promise<AwsCredentials> {
  return send(
    'Checking the access keys',
    'GetCallerIdentity: the access keys',
    { ...keys, principal: 'the access keys' },
    ctx,
    async (sts, signal) => {
      const out = await sts.send(new GetCallerIdentityCommand({}), { abortSignal: signal });
      const { accountId } = parseStsArn(out.Arn);
      return {
        accessKeyId: keys.accessKeyId,
        secretAccessKey: keys.secretAccessKey,
        sessionToken: '',
        expiration: undefined,
        assumedRoleArn: out.Arn ?? '',
        accountId,
      };
    },
    (error, endpoint, signal) => {
      const transport = transportError(error, 'AWS STS', endpoint, signal);
      if (transport) return transport;
      const { code, message } = awsFailure(error);
      return new StepError(`The access keys do not work: AWS STS answered ${code}: ${message}`, {
        hint: 'Check `access_key_id` and `secret_access_key` (an active access key of an IAM user).',
        exitCode: ExitCode.refused,
      });
    },
  );
}

/**
 * The credentials the step publishes: the first ones from the auth source (the token, already obtained, for the token
 * kind), then, with a chain, the chained role's, signed with the first. Every secret is registered with the log as
 * soon as it exists.
 */
export async function exchange(
  auth: AuthSource,
  token: string | undefined,
  chain: RoleSession | undefined,
  trustPolicy: unknown,
  ctx: ExchangeContext,
): Promise<AwsCredentials> {
  let first: AwsCredentials;
  if (auth.kind === 'token') {
    if (token === undefined) throw new Error('the token kind needs a token');
    first = await assumeWithToken(auth.session, token, trustPolicy, ctx);
  } else if (auth.session) {
    first = await assumeSigned(auth.session, { ...auth.keys, principal: 'the access keys' }, ctx);
  } else {
    first = await checkAccessKeys(auth.keys, ctx);
  }
  ctx.log.secrets.add(first.secretAccessKey);
  ctx.log.secrets.add(first.sessionToken);
  ctx.log.secrets.add(first.accessKeyId);
  if (!chain) return first;
  ctx.log.done(`Assumed ${first.assumedRoleArn}; now assuming ${chain.role.arn} with it.`);
  const second = await assumeSigned(chain, { ...first, principal: first.assumedRoleArn }, ctx);
  for (const secret of [second.accessKeyId, second.secretAccessKey, second.sessionToken]) ctx.log.secrets.add(secret);
  return second;
}
