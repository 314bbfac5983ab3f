/**
 * The agents under the SDK's HTTP handler (aws-transport.ts): through the proxy the environment names for a URL
 * (proxy.ts), or direct; the first connection of each is the early one made for that origin (early.ts), when there is
 * one and it is still usable.
 */
import type { ClientRequest } from 'node:http';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { Socket } from 'node:net';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { type Outcome, takeEarly } from './early';
import { proxyFor } from './proxy';

/** The SDK's own agent settings (NodeHttpHandler's defaults). */
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 50 };

type Callback = (error: Error | null, socket?: Socket) => void;
type CreateConnection = (options: object, callback: Callback) => Socket | undefined;

/** An agent of Node's (http or https) whose first connection is the early one, when it is still usable. */
function withEarly<A extends HttpAgent>(agent: A, early: Promise<Outcome>): A {
  const own = (agent as unknown as { createConnection: CreateConnection }).createConnection.bind(agent);
  let first: Promise<Outcome> | undefined = early;
  (agent as unknown as { createConnection: CreateConnection }).createConnection = (options, callback) => {
    const pending = first;
    first = undefined;
    if (!pending) return own(options, callback);
    void pending.then((outcome) => {
      if (outcome && 'socket' in outcome) callback(null, outcome.socket);
      else if (outcome && 'error' in outcome) callback(outcome.error);
      else {
        const made = own(options, callback);
        if (made) callback(null, made);
      }
    });
    return undefined;
  };
  return agent;
}

/** The proxy agent whose first tunnel is the early one, when it is still usable. */
class EarlyProxyAgent extends HttpsProxyAgent<string> {
  constructor(
    proxy: string,
    private early: Promise<Outcome> | undefined,
    signal: AbortSignal,
  ) {
    super(proxy, { signal });
  }

  override async connect(req: ClientRequest, opts: Parameters<HttpsProxyAgent<string>['connect']>[1]) {
    const pending = this.early;
    this.early = undefined;
    const outcome = pending ? await pending : undefined;
    // The request gave up while the early attempt was under way: no second CONNECT for it.
    if (req.destroyed) throw new Error('the request was abandoned while its connection was being made');
    if (!outcome) return super.connect(req, opts);
    if ('error' in outcome) throw outcome.error;
    if ('fake' in outcome) {
      for (const replay of outcome.replay) req.once('socket', replay);
      return outcome.fake;
    }
    return outcome.socket;
  }
}

/**
 * The SDK handler's agents for requests to `url`: through the proxy the environment names for it, or direct; the
 * first connection is the early one when there is one. Undefined fields leave the SDK its own agents. `closing` ends
 * the proxy connections, a CONNECT still unanswered included, when the client is done (a proxy that never answers
 * would otherwise hold the step open).
 */
export function agentsFor(url: URL, closing: AbortSignal): { httpAgent?: HttpAgent; httpsAgent?: HttpAgent } {
  const early = takeEarly(url.origin);
  const proxy = proxyFor(url);
  if (proxy !== undefined) {
    return {
      httpAgent: new HttpProxyAgent(proxy, { signal: closing }),
      httpsAgent: early ? new EarlyProxyAgent(proxy, early, closing) : new HttpsProxyAgent(proxy, { signal: closing }),
    };
  }
  if (!early) return {};
  return url.protocol === 'https:'
    ? { httpsAgent: withEarly(new HttpsAgent(AGENT_OPTIONS), early) }
    : { httpAgent: withEarly(new HttpAgent(AGENT_OPTIONS), early) };
}
