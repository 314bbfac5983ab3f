/**
 * One proxy rule for every request the step makes, to Bitrise and to AWS: HTTPS_PROXY for https URLs, HTTP_PROXY for
 * http URLs (either case; ALL_PROXY as a fallback), NO_PROXY to bypass (host names, domain suffixes, ports, `*`), as
 * proxy-from-env reads them.
 */
import type { Agent } from 'node:http';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';

/** The proxy URL for a request to `url`, or undefined to go direct. */
export function proxyFor(url: string | URL): string | undefined {
  const proxy = getProxyForUrl(String(url));
  return proxy === '' ? undefined : proxy;
}

/** The AWS SDK's HTTP handler options for requests to `url`: proxy agents when it is to be proxied, else none. */
export function proxyAgentsFor(url: URL): { httpAgent?: Agent; httpsAgent?: Agent } {
  const proxy = proxyFor(url);
  if (proxy === undefined) return {};
  return { httpAgent: new HttpProxyAgent(proxy), httpsAgent: new HttpsProxyAgent(proxy) };
}
