/**
 * Early connections: the TCP and TLS handshakes to an AWS endpoint, made while the step waits for its identity token,
 * and handed to the SDK's first request to that origin (agents.ts), so that the request after the token answer
 * pays one round trip instead of three.
 *   - The connection is made as the SDK's would be: TLS with SNI (not for an IP address), ALPN `http/1.1`, the
 *     certificate checked against Node's CAs (NODE_EXTRA_CA_CERTS included); through the proxy the environment names
 *     for that URL, as a CONNECT tunnel (the same proxy agent and the same NO_PROXY rules as the request, proxy.ts).
 *   - Plain http is opened early only when direct (a proxied http request is not tunnelled).
 *   - A request to another origin (an endpoint only the SDK knows, from `endpoint_url` in an AWS config file) never
 *     takes it: the SDK opens its own, and the unused early connection is closed when the step ends (closeEarly).
 *   - The early attempt is the first request's connection attempt: its failure (an untrusted certificate, a refused
 *     connection, a proxy's 407 or 403) is that request's failure, reported and retried as such, never a second attempt.
 *     A connection that was made but is no longer usable when the request comes (the server closed it while idle), or
 *     that did not finish in time, is replaced by a new one.
 */
import { EventEmitter } from 'node:events';
import type { ClientRequest } from 'node:http';
import { isIP, connect as netConnect, type Socket } from 'node:net';
import { TLSSocket, connect as tlsConnect } from 'node:tls';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { proxyFor } from './proxy';

/** An early connection that has not finished its handshakes by then is given up (the request connects itself). */
const EARLY_CONNECT_MS = 10_000;

/**
 * How an early attempt ended: a connection; an error (the request's own); a proxy's refusal, which the proxy agent
 * replays to the request (`fake`, with the listeners that replay it); or nothing usable (the request connects itself).
 */
export type Outcome =
  | { socket: Socket }
  | { error: Error }
  | { fake: Socket; replay: Array<(...args: unknown[]) => void> }
  | undefined;

interface Early {
  ready: Promise<Outcome>;
  /** The socket while it is being made, to close it at once. */
  socket: () => Socket | undefined;
}

/** The early connections no request took yet, by origin. */
const opened = new Map<string, Early>();
/** How to end every proxy CONNECT still under way, taken or not (the step's AWS calls are over when it is used). */
const stops = new Set<() => void>();

/** The URL parts a connection needs. */
function target(url: URL): { host: string; port: number; secure: boolean } {
  const secure = url.protocol === 'https:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return { host, port: Number(url.port) || (secure ? 443 : 80), secure };
}

/**
 * Settles once `event` fired (the socket), on an error before it (the error), or on a close or the time limit
 * (nothing; the socket is closed).
 */
function settle(socket: Socket, event: 'connect' | 'secureConnect'): Promise<Outcome> {
  return new Promise((resolve) => {
    let done = false;
    const give = (outcome: Outcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.off(event, onReady).off('close', onClose);
      if (!outcome || 'error' in outcome) socket.destroy();
      resolve(outcome);
    };
    const onReady = () => give({ socket });
    const onClose = () => give(undefined);
    const timer = setTimeout(() => give(undefined), EARLY_CONNECT_MS);
    timer.unref();
    socket.once(event, onReady).once('close', onClose);
    // An error before that is the request's own; one after it (the server closing an idle connection) only leaves the
    // socket unusable, and this listener keeps it from being unhandled.
    socket.on('error', (error) => give({ error }));
  });
}

/** A socket is handed over only while both ways are open. */
const usable = (s: Socket): boolean => !s.destroyed && s.readable && s.writable && !s.readableEnded;

/**
 * Opens the connection to `url`'s origin now (once per origin), for the first request to it. Returns how it goes:
 * direct, or through the proxy (its host only, never its credentials), for the verbose log.
 */
export function connectEarly(url: URL): string | undefined {
  if (opened.has(url.origin)) return undefined;
  const { host, port, secure } = target(url);
  const proxy = proxyFor(url);
  if (proxy !== undefined && !secure) return undefined;
  let socket: Socket | undefined;
  let ready: Promise<Outcome>;
  const servername = isIP(host) ? undefined : host;
  if (proxy !== undefined) {
    // A proxy that never answers the CONNECT: its socket is ended at the time limit or when the step's AWS calls are
    // over, and the request then connects itself.
    const abort = new AbortController();
    stops.add(() => abort.abort());
    // The proxy agent's own CONNECT, for a request that is a bare emitter until the real one takes it over.
    const stand = new EventEmitter();
    const timer = setTimeout(() => abort.abort(), EARLY_CONNECT_MS);
    timer.unref();
    ready = new HttpsProxyAgent(proxy, { signal: abort.signal })
      .connect(stand as unknown as ClientRequest, { host, port, secureEndpoint: true, ALPNProtocols: ['http/1.1'] })
      .finally(() => clearTimeout(timer))
      .then((s): Outcome | Promise<Outcome> => {
        socket = s as Socket;
        socket.unref();
        // Anything but a TLS socket is the agent's stand-in for a refused CONNECT, replayed to the request.
        if (!(s instanceof TLSSocket)) {
          return { fake: socket, replay: stand.listeners('socket') as Array<(...args: unknown[]) => void> };
        }
        return settle(s, 'secureConnect');
      })
      .catch((error: unknown) =>
        abort.signal.aborted ? undefined : { error: error instanceof Error ? error : new Error(String(error)) },
      );
  } else if (secure) {
    socket = tlsConnect({ host, port, ALPNProtocols: ['http/1.1'], ...(servername ? { servername } : {}) });
    ready = settle(socket, 'secureConnect');
  } else {
    socket = netConnect({ host, port });
    ready = settle(socket, 'connect');
  }
  // Waiting for it never keeps the step alive.
  socket?.unref();
  opened.set(url.origin, { ready, socket: () => socket });
  return proxy === undefined ? 'direct' : `through the proxy ${new URL(proxy).host}`;
}

/**
 * The early connection to `origin`, once (the first request to it takes it), or undefined. The agent waits for its
 * handshakes when they are still under way: they are further along than a new connection would be.
 */
export function takeEarly(origin: string): Promise<Outcome> | undefined {
  const early = opened.get(origin);
  if (!early) return undefined;
  opened.delete(origin);
  return early.ready.then((outcome) => {
    if (!outcome || !('socket' in outcome)) return outcome;
    if (!usable(outcome.socket)) {
      outcome.socket.destroy();
      return undefined;
    }
    outcome.socket.ref();
    return outcome;
  });
}

/**
 * Once the step's AWS calls are over: closes the early connections no request took, and ends any proxy CONNECT still
 * under way. Returns the origins of those no request took.
 */
export function closeEarly(): string[] {
  const origins = [...opened.keys()];
  // A request that gave up while its early CONNECT was under way left it to the time limit: it ends now.
  for (const stop of stops) stop();
  stops.clear();
  for (const early of opened.values()) {
    const socket = early.socket();
    if (socket && !socket.connecting && !socket.destroyed) socket.end(() => socket.destroy());
    else socket?.destroy();
    void early.ready.then((outcome) => {
      if (outcome && 'socket' in outcome) outcome.socket.destroy();
      if (outcome && 'fake' in outcome) outcome.fake.destroy();
    });
  }
  opened.clear();
  return origins;
}
