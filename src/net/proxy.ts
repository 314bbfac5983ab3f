/**
 * One proxy rule for every request the step makes, to Bitrise and to AWS: HTTPS_PROXY for https URLs, HTTP_PROXY for
 * http URLs (either case; ALL_PROXY as a fallback), NO_PROXY to bypass (host names, domain suffixes, ports, `*`), as
 * proxy-from-env reads them.
 */
import { getProxyForUrl } from 'proxy-from-env';

/** The proxy URL for a request to `url`, or undefined to go direct. */
export function proxyFor(url: string | URL): string | undefined {
  const proxy = getProxyForUrl(String(url));
  return proxy === '' ? undefined : proxy;
}
