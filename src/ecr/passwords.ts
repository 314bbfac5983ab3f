/**
 * ECR GetAuthorizationToken with the assumed role's credentials: one call per region for all private registries of
 * that region, and one ECR Public call in us-east-1. The SDK clients are loaded here only, when docker_login is on.
 */
import { ECR_PUBLIC_HOST, isRegistryHostOf, type Registry, variantHost } from '../config/ecr';
import type { AwsCredentials } from '../core/credentials';
import { ExitCode, StepError } from '../core/errors';
import { printable } from '../core/log';
import { type AwsCall, callAws } from '../net/aws-call';
import { awsFailure, transportError } from '../net/aws-errors';
import { type AwsAccess, isLoopbackHost } from '../net/endpoints';
import type { StageContext } from '../net/retry';

export interface RegistryPassword {
  /** The host to `docker login` to: the answer's proxyEndpoint without its scheme, else the registry's own host. */
  host: string;
  password: string;
  expiresAt: Date;
}

type PrivateRegistry = Extract<Registry, { kind: 'private' }>;

/** What the ECR calls need: the stage context (log, clock, retry policy), the endpoints, the credentials. */
export interface EcrContext extends StageContext {
  aws: AwsAccess;
  creds: AwsCredentials;
}

/** The hostname of the ECR endpoint the user set; any loopback name when that endpoint is on loopback. */
function isOverrideHost(hostname: string, override: URL | undefined): boolean {
  if (override === undefined) return false;
  return hostname === override.hostname || (isLoopbackHost(override.hostname) && isLoopbackHost(hostname));
}

/**
 * The host to `docker login` to, from the answer's proxyEndpoint. It becomes a docker argument and an output, so only
 * a host of the registry's own form is accepted (the account and region asked, or a FIPS form of them), or a host
 * with the hostname of the ECR endpoint the user set (a local or LocalStack-style ECR).
 */
function loginHost(
  registry: PrivateRegistry,
  proxyEndpoint: string | undefined,
  aws: AwsAccess,
  service: string,
): string {
  // The FIPS or dual-stack host when asked for; ECR's answer names the standard one.
  const wanted = variantHost(registry, aws);
  if (proxyEndpoint === undefined || proxyEndpoint === '') return wanted;
  let url: URL | undefined;
  try {
    url = new URL(proxyEndpoint);
  } catch {
    url = undefined;
  }
  const host = url && url.pathname.replace(/\/+$/, '') === '' && !url.username && !url.search ? url.host : undefined;
  if (host && url && isOverrideHost(url.hostname, aws.endpoints.ecr)) return host;
  if (host && isRegistryHostOf(host, registry)) return aws.useFips || aws.useDualstack ? wanted : host;
  throw new StepError(
    `${service} answered with a registry endpoint that is not registry ${registry.host}: ${printable(proxyEndpoint)}. Nothing was logged in to.`,
    { hint: 'This is not an answer ECR gives. Check AWS_ENDPOINT_URL_ECR and any proxy between the build and AWS.' },
  );
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

/**
 * ECR's expiry, or 12 hours (what ECR gives) when the answer has none. A password that has already expired is refused,
 * as expired STS credentials are: docker would store it, and every pull would fail later.
 */
function expiryOf(value: Date | undefined, now: () => number, service: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return new Date(now() + 12 * 3600_000);
  if (value.getTime() <= now()) {
    throw new StepError(
      `${service} answered with a password that expired at ${value.toISOString()}. Nothing was logged in or published.`,
      {
        hint: 'This is not an answer ECR gives. Check the machine clock, AWS_ENDPOINT_URL_ECR, and any proxy between the build and AWS.',
      },
    );
  }
  return value;
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

/** One GetAuthorizationToken call (ECR or ECR Public) with the stage's credentials, its failures explained. */
function authorization<M, C extends { destroy(): void }, T>(
  call: Pick<AwsCall<M, C, T>, 'what' | 'operation' | 'detail' | 'service' | 'region' | 'load' | 'client' | 'send'> & {
    ctx: EcrContext;
    /** The service as messages name it, and what the role needs, for a refusal. */
    label: string;
    hint: string;
  },
): Promise<T> {
  const { ctx, label, hint, ...rest } = call;
  return callAws({
    ...rest,
    credentials: ctx.creds,
    aws: ctx.aws,
    policy: ctx.policy,
    log: ctx.log,
    classify: (error, endpoint, signal) => classify(error, label, endpoint, signal, hint),
  });
}

/**
 * One GetAuthorizationToken call for all private registries of one region, with no parameters, as the AWS CLI makes
 * it (`registryIds` is deprecated, and takes at most 10): the password serves every registry of the region the
 * principal may reach. ECR names the caller's own registry (checked, as an answer from outside); the other accounts'
 * registries are logged in to at their own hosts.
 */
export async function privatePasswords(
  region: string,
  registries: PrivateRegistry[],
  { aws, creds, policy, log, now }: EcrContext,
): Promise<RegistryPassword[]> {
  const ids = [...new Set(registries.map((r) => r.accountId))];
  const service = `Amazon ECR (${region})`;
  const data = await authorization({
    ctx: { aws, creds, policy, log, now },
    label: service,
    hint: 'The role needs ecr:GetAuthorizationToken on "*".',
    what: `Getting the ECR password for ${region}`,
    operation: 'ECR GetAuthorizationToken',
    detail: `for registries ${ids.join(', ')}`,
    service: 'ecr',
    region,
    load: (sdk) => sdk.loadEcr(),
    client: (ecr, config) => new ecr.ECRClient(config),
    send: async (client, ecr, signal) =>
      (await client.send(new ecr.GetAuthorizationTokenCommand({}), { abortSignal: signal })).authorizationData ?? [],
  });
  const entry = data[0];
  if (entry === undefined) throw new StepError(`${service} answered with no authorization data.`);
  const password = passwordOf(entry.authorizationToken, service);
  log.secrets.add(password);
  const expiresAt = expiryOf(entry.expiresAt, now, service);
  return registries.map((registry) => ({
    host:
      registry.accountId === creds.accountId
        ? loginHost(registry, entry.proxyEndpoint, aws, service)
        : variantHost(registry, aws),
    password,
    expiresAt,
  }));
}

/** The ECR Public password: always from us-east-1, where ECR Public issues tokens. */
export async function publicPassword({ aws, creds, policy, log, now }: EcrContext): Promise<RegistryPassword> {
  const service = 'Amazon ECR Public (us-east-1)';
  const data = await authorization({
    ctx: { aws, creds, policy, log, now },
    label: service,
    hint: 'The role needs ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken on "*".',
    what: 'Getting the ECR Public password',
    operation: 'ECR Public GetAuthorizationToken',
    detail: '',
    service: 'ecrPublic',
    region: 'us-east-1',
    load: (sdk) => sdk.loadEcrPublic(),
    client: (ecrPublic, config) => new ecrPublic.ECRPUBLICClient(config),
    send: async (client, ecrPublic, signal) =>
      (await client.send(new ecrPublic.GetAuthorizationTokenCommand({}), { abortSignal: signal })).authorizationData,
  });
  const password = passwordOf(data?.authorizationToken, service);
  log.secrets.add(password);
  return { host: ECR_PUBLIC_HOST, password, expiresAt: expiryOf(data?.expiresAt, now, service) };
}
