/**
 * ECR GetAuthorizationToken with the assumed role's credentials: one call per region for all private registries of
 * that region, and one ECR Public call in us-east-1. The SDK clients are loaded here only, when docker_login is on.
 */
import { ECR_PUBLIC_HOST, type Registry } from '../config/ecr';
import { ExitCode, StepError } from '../errors';
import type { AwsCredentials } from '../exchange/sts';
import type { Logger } from '../log';
import { awsFailure, transportError } from '../net/aws-errors';
import { awsEndpoint } from '../net/endpoints';
import { sdkRequestHandler } from '../net/proxy';
import { type RetryPolicy, withRetry } from '../net/retry';

export interface RegistryPassword {
  /** The host to `docker login` to: the answer's proxyEndpoint without its scheme, else the registry's own host. */
  host: string;
  password: string;
  expiresAt: Date;
}

type PrivateRegistry = Extract<Registry, { kind: 'private' }>;

function credentialsOf(creds: AwsCredentials) {
  return {
    accessKeyId: creds.accessKeyId,
    secretAccessKey: creds.secretAccessKey,
    sessionToken: creds.sessionToken,
    expiration: creds.expiration,
  };
}

/** `authorizationToken` is base64 of `AWS:<password>`. */
function passwordOf(token: string | undefined, what: string): string {
  const decoded = Buffer.from(token ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (!token || colon < 0 || decoded.slice(0, colon) !== 'AWS' || colon === decoded.length - 1) {
    throw new StepError(`${what} answered with an authorization token that is not "AWS:<password>".`);
  }
  return decoded.slice(colon + 1);
}

function expiryOf(value: Date | undefined): Date {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : new Date(Date.now() + 12 * 3600_000);
}

function classify(error: unknown, service: string, endpoint: string, signal: AbortSignal, hint: string): StepError {
  const transport = transportError(error, service, endpoint, signal);
  if (transport) return transport;
  const { code, status, message } = awsFailure(error);
  const refused =
    /AccessDenied|UnrecognizedClient|InvalidClientTokenId|ExpiredToken|InvalidSignature|SignatureDoesNotMatch/.test(
      code,
    );
  return new StepError(
    `${service} refused GetAuthorizationToken (${code}${status ? `, HTTP ${status}` : ''}): ${message}`,
    {
      hint: refused ? hint : undefined,
      exitCode: refused ? ExitCode.refused : ExitCode.failure,
    },
  );
}

/** One GetAuthorizationToken call for all private registries of one region. */
export async function privatePasswords(
  region: string,
  registries: PrivateRegistry[],
  creds: AwsCredentials,
  policy: RetryPolicy,
  log: Logger,
): Promise<RegistryPassword[]> {
  const { ECRClient, GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr');
  const endpoint = awsEndpoint('AWS_ENDPOINT_URL_ECR', `api.ecr.${region}`, region);
  const client = new ECRClient({
    region,
    maxAttempts: 1,
    credentials: credentialsOf(creds),
    requestHandler: sdkRequestHandler(endpoint),
  });
  const ids = [...new Set(registries.map((r) => r.accountId))];
  const service = `Amazon ECR (${region})`;
  try {
    const data = await withRetry(`Getting the ECR password for ${region}`, policy, async (signal, n) => {
      log.debug(
        `ECR GetAuthorizationToken at ${endpoint} (attempt ${n}/${policy.attempts}): registries ${ids.join(', ')}`,
      );
      try {
        const out = await client.send(new GetAuthorizationTokenCommand({ registryIds: ids }), { abortSignal: signal });
        return out.authorizationData ?? [];
      } catch (error) {
        throw classify(error, service, endpoint, signal, 'The role needs ecr:GetAuthorizationToken on "*".');
      }
    });
    if (data.length !== ids.length) {
      throw new StepError(
        `${service} answered with ${data.length} authorization entries for ${ids.length} registries.`,
      );
    }
    const byId = new Map(ids.map((id, i) => [id, data[i]]));
    return registries.map((registry) => {
      const entry = byId.get(registry.accountId);
      const password = passwordOf(entry?.authorizationToken, service);
      log.secrets.add(password);
      const proxyHost = entry?.proxyEndpoint?.replace(/^[a-z]+:\/\//, '').replace(/\/+$/, '');
      return { host: proxyHost || registry.host, password, expiresAt: expiryOf(entry?.expiresAt) };
    });
  } finally {
    client.destroy();
  }
}

/** The ECR Public password: always from us-east-1, where ECR Public issues tokens. */
export async function publicPassword(
  creds: AwsCredentials,
  policy: RetryPolicy,
  log: Logger,
): Promise<RegistryPassword> {
  const { ECRPUBLICClient, GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr-public');
  const endpoint = awsEndpoint('AWS_ENDPOINT_URL_ECR_PUBLIC', 'api.ecr-public.us-east-1', 'us-east-1');
  const client = new ECRPUBLICClient({
    region: 'us-east-1',
    maxAttempts: 1,
    credentials: credentialsOf(creds),
    requestHandler: sdkRequestHandler(endpoint),
  });
  const service = 'Amazon ECR Public (us-east-1)';
  try {
    const data = await withRetry('Getting the ECR Public password', policy, async (signal, n) => {
      log.debug(`ECR Public GetAuthorizationToken at ${endpoint} (attempt ${n}/${policy.attempts})`);
      try {
        const out = await client.send(new GetAuthorizationTokenCommand({}), { abortSignal: signal });
        return out.authorizationData;
      } catch (error) {
        throw classify(
          error,
          service,
          endpoint,
          signal,
          'The role needs ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken on "*".',
        );
      }
    });
    const password = passwordOf(data?.authorizationToken, service);
    log.secrets.add(password);
    return { host: ECR_PUBLIC_HOST, password, expiresAt: expiryOf(data?.expiresAt) };
  } finally {
    client.destroy();
  }
}
