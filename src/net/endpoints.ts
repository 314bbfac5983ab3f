/**
 * Where requests go: the AWS endpoints a user set (validated once, in config), the regional defaults, and the rule
 * for plain http (secrets may cross plain http only to a loopback address, or where the user opted in).
 */
import { ExitCode, InputError, StepError } from '../core/errors';
import { PARTITIONS, type Partition, partitionOf } from '../core/partitions';

/** The DNS suffix of a region's AWS endpoints (amazonaws.com, amazonaws.com.cn in China…), from the partition table. */
export function awsDomain(region: string): string {
  return partitionOf(region).dnsSuffix;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A private ECR registry host of any partition (the DNS suffixes come from the partition table). */
const PRIVATE_REGISTRY_HOST = new RegExp(
  `^(\\d{12})\\.dkr\\.ecr(-fips)?\\.([a-z0-9-]+)\\.(${[...new Set(PARTITIONS.map((p) => p.dnsSuffix))]
    .sort((a, b) => b.length - a.length)
    .map(escaped)
    .join('|')})$`,
);

/**
 * The parts of a private registry host, `<account>.dkr.ecr[-fips].<region>.<DNS suffix>`, for every partition
 * (aws-iso*, aws-eusc included); undefined for anything else. Whether the suffix is the region's own is the caller's
 * check (awsDomain).
 */
export function privateRegistryHost(
  host: string,
): { accountId: string; fips: boolean; region: string; dnsSuffix: string } | undefined {
  const m = PRIVATE_REGISTRY_HOST.exec(host);
  if (!m) return undefined;
  const [, accountId = '', fips, region = '', dnsSuffix = ''] = m;
  return { accountId, fips: fips !== undefined, region, dnsSuffix };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Plain http to a host that is not a loopback address: secrets would cross a network unencrypted. */
export function isInsecureHttp(url: URL): boolean {
  return url.protocol === 'http:' && !isLoopbackHost(url.hostname);
}

export const INSECURE_HINT =
  'Use https (plain http is accepted for loopback addresses such as 127.0.0.1). For a LocalStack-style set-up on ' +
  'another host, set `allow_insecure_http` to "true".';

/**
 * A URL that secrets will be sent to: https, or plain http to a loopback address, or plain http anywhere when the
 * user opted in with `allow_insecure_http` (the step warns about it). `what` names it in errors: an input (its errors
 * are InputErrors, named by the input) or a description such as an environment variable.
 */
export function secureUrl(what: string | { input: string }, value: string, allowInsecure = false): URL {
  const fail = (problem: string, hint?: string) =>
    typeof what === 'string'
      ? new StepError(`${what} ${problem}`, { hint, exitCode: ExitCode.badInput })
      : new InputError(what.input, problem, hint);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail(`is not a URL: ${JSON.stringify(value)}.`, 'Expected an https:// URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw fail(`must be an https:// URL, got ${JSON.stringify(value)}.`);
  }
  if (isInsecureHttp(url) && !allowInsecure) {
    throw fail(`uses plain http to ${url.host}: secrets would travel unencrypted.`, INSECURE_HINT);
  }
  return url;
}

/** What an endpoint's host depends on besides the service: the region, its partition, FIPS, dual-stack. */
interface HostOf {
  region: string;
  partition: Partition;
  fips: boolean;
  dualstack: boolean;
}

/**
 * The AWS services the step calls, with their endpoint variable and default host, as the SDK's endpoint rules build
 * it (a unit test holds each against the SDK's own resolver, for every partition, FIPS and dual-stack): FIPS is marked
 * on the service's own label; GovCloud's STS is FIPS already; ECR's dual-stack hosts drop the `api.` label.
 */
export const AWS_SERVICES = {
  sts: {
    variable: 'AWS_ENDPOINT_URL_STS',
    host: ({ region, partition, fips, dualstack }: HostOf) => {
      const fipsLabel = fips && !(partition.name === 'aws-us-gov' && !dualstack) ? '-fips' : '';
      return `sts${fipsLabel}.${region}.${dualstack ? partition.dualStackDnsSuffix : partition.dnsSuffix}`;
    },
  },
  ecr: {
    variable: 'AWS_ENDPOINT_URL_ECR',
    host: ({ region, partition, fips, dualstack }: HostOf) =>
      dualstack
        ? `ecr${fips ? '-fips' : ''}.${region}.${partition.dualStackDnsSuffix}`
        : `api.ecr${fips ? '-fips' : ''}.${region}.${partition.dnsSuffix}`,
  },
  ecrPublic: {
    variable: 'AWS_ENDPOINT_URL_ECR_PUBLIC',
    host: ({ region, partition, fips, dualstack }: HostOf) =>
      dualstack && !fips && partition.name === 'aws'
        ? `ecr-public.${region}.api.aws`
        : `api.ecr-public${fips ? '-fips' : ''}.${region}.${dualstack ? partition.dualStackDnsSuffix : partition.dnsSuffix}`,
  },
} as const;
export type AwsService = keyof typeof AWS_SERVICES;

/** How the step reaches AWS: the endpoints the user set (per service), plain http allowed, FIPS and dual-stack. */
export interface AwsAccess {
  endpoints: Partial<Record<AwsService, URL>>;
  allowInsecure: boolean;
  /** The FIPS endpoints (use_fips_endpoint, AWS_USE_FIPS_ENDPOINT), for the SDK and the ECR registry hosts. */
  useFips: boolean;
  /** The dual-stack (IPv4 and IPv6) endpoints (use_dualstack_endpoint, AWS_USE_DUALSTACK_ENDPOINT). */
  useDualstack: boolean;
}

/**
 * The endpoints set by AWS_ENDPOINT_URL_<SERVICE> or AWS_ENDPOINT_URL, each checked like `build_url` (credentials
 * travel to them). Endpoints the SDK finds elsewhere (endpoint_url in the AWS config file) are checked per request by
 * the transport.
 */
export function parseAwsEndpoints(
  env: Readonly<Record<string, string | undefined>>,
  allowInsecure: boolean,
  variants: { useFips: boolean; useDualstack: boolean } = { useFips: false, useDualstack: false },
): AwsAccess {
  const endpoints: AwsAccess['endpoints'] = {};
  for (const [service, { variable }] of Object.entries(AWS_SERVICES) as Array<[AwsService, { variable: string }]>) {
    const name = env[variable]?.trim() ? variable : env.AWS_ENDPOINT_URL?.trim() ? 'AWS_ENDPOINT_URL' : undefined;
    if (name === undefined) continue;
    endpoints[service] = secureUrl(`The environment variable \`${name}\``, env[name]?.trim() ?? '', allowInsecure);
  }
  return { endpoints, allowInsecure, ...variants };
}

/**
 * Where a service's requests go before any was sent: the endpoint the user set, or the regional default (its FIPS or
 * dual-stack form when asked; the transport then names the URL each request really went to).
 */
export function endpointLabel(access: AwsAccess, service: AwsService, region: string): string {
  const set = access.endpoints[service];
  if (set) return set.origin;
  const partition = partitionOf(region);
  return `https://${AWS_SERVICES[service].host({ region, partition, fips: access.useFips, dualstack: access.useDualstack })}`;
}
