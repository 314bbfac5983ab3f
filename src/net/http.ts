/**
 * The thin HTTP adapter for the Bitrise API: undici's request API and its environment-aware proxy agent, loaded from
 * their own modules so that the bundle does not carry undici's fetch, WebSocket, cache and mock code (about 400 KiB).
 */
import type { Dispatcher, EnvHttpProxyAgent } from 'undici';

import EnvHttpProxyAgentClass = require('undici/lib/dispatcher/env-http-proxy-agent');
import requestApi = require('undici/lib/api/api-request');

export type HttpAgent = EnvHttpProxyAgent;
export type HttpResponse = Dispatcher.ResponseData;

/** An agent that honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (upper or lower case). Close it when done. */
export function proxyAwareAgent(): HttpAgent {
  return new EnvHttpProxyAgentClass();
}

export function httpRequest(
  agent: HttpAgent,
  url: URL,
  options: Omit<Dispatcher.RequestOptions, 'origin' | 'path'>,
): Promise<HttpResponse> {
  return requestApi.call(agent, { ...options, origin: url.origin, path: `${url.pathname}${url.search}` });
}
