/**
 * Stands in, in the bundles, for the parts of undici the step never reaches: HTTP/2 (off unless asked for), SOCKS5
 * proxies (HTTP(S)_PROXY are http:// proxies) and fetch's body extraction (the step's one request body is a string).
 * Each throws if it is ever reached, rather than misbehave. (The SIMD build of llhttp: no-llhttp-simd.ts.)
 */
function absent(what: string): never {
  throw new Error(`${what} is not part of this step`);
}

/** client-h2.js: connectH2. */
export default function connectH2(): never {
  return absent('HTTP/2');
}

/** socks5-proxy-agent.js: the class. */
export class Socks5ProxyAgent {
  constructor() {
    absent('A SOCKS5 proxy');
  }
}

/** web/fetch/body.js: extractBody. */
export function extractBody(): never {
  return absent("fetch's body extraction");
}
