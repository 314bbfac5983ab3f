/**
 * One proxy rule for every request the step makes, to Bitrise and to AWS: HTTPS_PROXY for https URLs, HTTP_PROXY for
 * http URLs (either case; ALL_PROXY as a fallback), NO_PROXY to bypass (host names, domain suffixes, ports, `*`), as
 * proxy-from-env reads them. A loopback address is never proxied: a proxy cannot reach this machine's loopback, and a
 * plain-http request to it (allowed without `allow_insecure_http`) would cross the network to the proxy in clear text.
 */
import { getProxyForUrl } from 'proxy-from-env';
import { isLoopbackHost } from './endpoints';

/** The proxy URL for a request to `url`, or undefined to go direct. */
export function proxyFor(url: string | URL): string | undefined {
  if (isLoopbackHost(new URL(String(url)).hostname)) return undefined;
  const proxy = getProxyForUrl(String(url));
  return proxy === '' ? undefined : proxy;
}
