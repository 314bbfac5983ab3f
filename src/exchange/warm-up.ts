/**
 * What the step does while it waits for its identity token (steps/authenticate.ts): it starts the SDK, and it opens the
 * connections to the AWS endpoints it will call next.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { AuthenticateConfig } from '../config/authenticate';
import type { Logger } from '../core/log';
import { sdkFile } from '../core/sdk-files';
import { mark } from '../core/timing';
import { closeEarly, connectEarly } from '../net/early';
import { type AwsService, endpointLabel } from '../net/endpoints';
import { loadAws } from '../sdk/load';

/** A well-formed AssumeRoleWithWebIdentity answer, served by the warm-up's in-memory handler (never over a network). */
const WARM_UP_ANSWER =
  '<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult>' +
  '<AssumedRoleUser><Arn>arn:aws:sts::000000000000:assumed-role/w/w</Arn><AssumedRoleId>AROAW:w</AssumedRoleId></AssumedRoleUser>' +
  '<Credentials><AccessKeyId>ASIAWARMUPWARMUPWARM</AccessKeyId><SecretAccessKey>w</SecretAccessKey><SessionToken>w</SessionToken>' +
  '<Expiration>2100-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleWithWebIdentityResult>' +
  '<ResponseMetadata><RequestId>w</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>';

/**
 * Loads the SDK and runs one AssumeRoleWithWebIdentity through it against an in-memory handler: the SDK's code paths
 * (configuration, serialisation, XML parsing) are compiled and initialised while the step waits for its identity
 * token, instead of after. Nothing is sent, logged or kept; any failure is ignored (the real call reports its own).
 */
export async function warmUpSts(region: string): Promise<void> {
  try {
    const sdk = await loadAws();
    const handler = {
      metadata: { handlerProtocol: 'http/1.1' },
      handle: async () => ({
        response: {
          statusCode: 200,
          reason: 'OK',
          headers: { 'content-type': 'text/xml' },
          body: Readable.from([Buffer.from(WARM_UP_ANSWER)]),
        },
      }),
      updateHttpClientConfig: () => undefined,
      httpHandlerConfigs: () => ({}),
      destroy: () => undefined,
    };
    const sts = new sdk.STSClient({
      region,
      maxAttempts: 1,
      requestHandler: handler,
      endpoint: 'https://sts.warm-up.invalid',
    });
    await sts.send(
      new sdk.AssumeRoleWithWebIdentityCommand({
        RoleArn: 'arn:aws:iam::000000000000:role/w',
        RoleSessionName: 'w',
        WebIdentityToken: 'w',
      }),
    );
    sts.destroy();
    mark('AWS SDK warmed up');
  } catch {
    // a warm-up only
  }
}

/**
 * The AWS endpoints the step will call once it has its identity token: STS, and ECR (one per region of the private
 * registries, and ECR Public) when docker_login is on. An endpoint set by an AWS_ENDPOINT_URL* variable is known; the
 * default one is known only when no AWS config file names an `endpoint_url` (the SDK would go there instead, and an
 * early connection elsewhere would be wasted).
 */
export function earlyEndpoints(
  config: Pick<AuthenticateConfig, 'aws' | 'region' | 'ecrRegistries'>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): URL[] {
  const configured = configNamesEndpoint(env);
  const at = (service: AwsService, region: string) =>
    config.aws.endpoints[service] ?? (configured ? undefined : new URL(endpointLabel(config.aws, service, region)));
  const regions = new Set<string>();
  let ecrPublic = false;
  for (const r of config.ecrRegistries ?? []) {
    if (r.kind === 'private') regions.add(r.region);
    else ecrPublic = true;
  }
  const urls = [
    at('sts', config.region),
    ...[...regions].map((region) => at('ecr', region)),
    ...(ecrPublic ? [at('ecrPublic', 'us-east-1')] : []),
  ];
  return urls.filter((u): u is URL => u !== undefined);
}

/** Whether the AWS config file the SDK reads names an endpoint (`endpoint_url`, in a profile or a services section). */
function configNamesEndpoint(env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.trim().toLowerCase() === 'true') return false;
  const path = sdkFile(env, 'AWS_CONFIG_FILE');
  if (!path) return false;
  try {
    return /^\s*endpoint_url\s*=/m.test(readFileSync(path, 'utf8'));
  } catch {
    return false;
  }
}

/** Opens the connections to `urls` while the token request is in flight (net/early.ts), each said in the verbose log. */
export function openEarly(urls: URL[], log: Logger): void {
  for (const url of urls) {
    const how = connectEarly(url);
    if (how) log.debug(`Connecting to ${url.origin} (${how}) while the identity token request is in flight.`);
  }
}

/** Closes what openEarly opened and no request used, saying so in the verbose log. */
export function closeUnused(log: Logger): void {
  for (const origin of closeEarly()) log.debug(`The connection opened early to ${origin} was not used; closed.`);
}
