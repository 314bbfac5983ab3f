/** The DNS suffix of a region's AWS endpoints: amazonaws.com, or amazonaws.com.cn in China. */
export function awsDomain(region: string): string {
  return `amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
}

/**
 * Where a service's requests go, for messages and proxy decisions: the SDK's endpoint variable for the service,
 * AWS_ENDPOINT_URL, or `https://<host prefix>.<region's domain>`.
 */
export function awsEndpoint(
  variable: string,
  hostPrefix: string,
  region: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return env[variable] ?? env.AWS_ENDPOINT_URL ?? `https://${hostPrefix}.${awsDomain(region)}`;
}
