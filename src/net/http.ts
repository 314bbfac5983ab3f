/**
 * The thin HTTP adapter for the Bitrise API: undici's request API with a plain or a proxy agent, loaded from their own
 * modules so that the bundle does not carry undici's fetch, WebSocket, cache and mock code (about 400 KiB), nor its
 * stream, pipeline and upgrade APIs.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Dispatcher } from 'undici';

import AgentClass = require('undici/lib/dispatcher/agent');
import DispatcherClass = require('undici/lib/dispatcher/dispatcher');
import ProxyAgentClass = require('undici/lib/dispatcher/proxy-agent');
import apiConnect = require('undici/lib/api/api-connect');
import apiRequest = require('undici/lib/api/api-request');

import { proxyFor } from './proxy';

// What undici's own entry does, for the two methods the step uses: request, and connect (ProxyAgent tunnels with it).
Object.assign(DispatcherClass.prototype, { request: apiRequest, connect: apiConnect });

export type HttpAgent = Dispatcher;
export type HttpResponse = Dispatcher.ResponseData;

/** An agent for requests to `url`: through the proxy the environment names for it (see proxy.ts), or direct. */
export function agentFor(url: URL): HttpAgent {
  const proxy = proxyFor(url);
  return proxy === undefined ? new AgentClass() : new ProxyAgentClass(proxy);
}

export function httpRequest(
  agent: HttpAgent,
  url: URL,
  options: Omit<Dispatcher.RequestOptions, 'origin' | 'path'>,
): Promise<HttpResponse> {
  return agent.request({ ...options, origin: url.origin, path: `${url.pathname}${url.search}` });
}

/**
 * Calls `onSent` once, when the next request of Node's http client has been written whole to its connection (the AWS
 * SDK's transport uses that client; the Bitrise API goes through undici and does not count). Returns how to stop
 * waiting.
 */
export function onFirstHttpRequestSent(onSent: () => void): () => void {
  const listener = (message: unknown) => {
    stop();
    const request = (message as { request?: { once?: (event: 'finish', f: () => void) => void } }).request;
    if (request?.once) request.once('finish', onSent);
    else onSent();
  };
  const stop = () => unsubscribe('http.client.request.start', listener);
  subscribe('http.client.request.start', listener);
  return stop;
}
