/**
 * The one factory of AWS SDK client settings (STS, ECR, ECR Public): region, the endpoint the user set (else the
 * SDK's), explicit credentials (the step never reads the machine's), no SDK retries (retry.ts retries), and the
 * transport that checks, proxies, caps and names every request (aws-transport.ts).
 */
import type { Logger } from '../core/log';
import type { AwsSdk } from '../sdk/load';
import { AwsTransport } from './aws-transport';
import { type AwsAccess, type AwsService, endpointLabel } from './endpoints';

export interface ClientCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
  expiration?: Date | undefined;
}

export interface AwsClientSetup {
  /** The settings to construct the SDK client with. */
  config: {
    region: string;
    maxAttempts: 1;
    requestHandler: AwsTransport;
    customUserAgent: [string, string][];
    endpoint?: string;
    useFipsEndpoint?: boolean;
    useDualstackEndpoint?: boolean;
    credentials?: ClientCredentials;
  };
  /** Where requests go: the URL of the last one sent, else where the first will go. */
  endpoint(): string;
  /** The endpoint the last request went to, path included (what a renewal sends to again), if one was sent. */
  used(): string | undefined;
  /**
   * What the next request is, for the verbose log; the transport logs it with the URL the request actually goes to,
   * as `<operation> at <origin> <detail>`.
   */
  announce(operation: string, detail: string): void;
}

declare const __PACKAGE_VERSION__: string | undefined;
/** This package's version (set by the build), in the user agent. */
export const PACKAGE_VERSION = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : 'development';

/**
 * What every AWS call adds to the SDK's user agent, in its `md/` form, so that CloudTrail (which records each call's
 * user agent) ties the call to this step and to the Bitrise build: `md/authenticate-with-aws#<version>`,
 * `md/bitrise-app#<app slug>`, `md/bitrise-build#<build slug>` (or `md/bitrise-build-number#<number>` where there is
 * no slug). A slug outside `[A-Za-z0-9-]{1,64}` or a build number outside 1 to 12 digits is left out.
 */
export function userAgentPairs(env: Readonly<Record<string, string | undefined>> = process.env): [string, string][] {
  const pairs: [string, string][] = [['md/authenticate-with-aws', PACKAGE_VERSION]];
  // Only values of the form Bitrise gives: a 100,000-character slug would make every AWS call fail (HTTP 431).
  const slug = (value: string | undefined) => (value && /^[A-Za-z0-9-]{1,64}$/.test(value) ? value : undefined);
  const app = slug(env.BITRISE_APP_SLUG?.trim());
  const build = slug(env.BITRISE_BUILD_SLUG?.trim());
  const number = /^\d{1,12}$/.test(env.BITRISE_BUILD_NUMBER?.trim() ?? '')
    ? env.BITRISE_BUILD_NUMBER?.trim()
    : undefined;
  if (app) pairs.push(['md/bitrise-app', app]);
  if (build) pairs.push(['md/bitrise-build', build]);
  else if (number) pairs.push(['md/bitrise-build-number', number]);
  return pairs;
}

export function awsClient({
  sdk,
  aws,
  service,
  region,
  credentials,
  log,
}: {
  sdk: AwsSdk;
  aws: AwsAccess;
  service: AwsService;
  region: string;
  credentials: ClientCredentials | undefined;
  log: Logger;
}): AwsClientSetup {
  let next = { operation: 'POST', detail: '' };
  const transport = new AwsTransport(sdk.NodeHttpHandler, aws.allowInsecure, (url) =>
    log.debug(`${next.operation} at ${url.origin}${next.detail ? ` ${next.detail}` : ''}`),
  );
  const explicit = aws.endpoints[service];
  const label = endpointLabel(aws, service, region);
  return {
    config: {
      region,
      maxAttempts: 1,
      requestHandler: transport,
      customUserAgent: userAgentPairs(),
      ...(explicit ? { endpoint: explicit.href } : {}),
      // An endpoint the user set is used as it is: the SDK refuses FIPS or dual-stack with a custom endpoint.
      ...(aws.useFips && !explicit ? { useFipsEndpoint: true } : {}),
      ...(aws.useDualstack && !explicit ? { useDualstackEndpoint: true } : {}),
      ...(credentials
        ? {
            credentials: {
              accessKeyId: credentials.accessKeyId,
              secretAccessKey: credentials.secretAccessKey,
              ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
              ...(credentials.expiration ? { expiration: credentials.expiration } : {}),
            },
          }
        : {}),
    },
    endpoint: () => transport.lastUrl?.origin ?? label,
    used: () => (transport.lastUrl ? `${transport.lastUrl.origin}${transport.lastUrl.pathname}` : undefined),
    announce: (operation, detail) => {
      next = { operation, detail };
    },
  };
}
