/**
 * A tiny HTTP(S) server for the emulators: loopback only, fault modes for hanging and resetting connections, and a
 * network's timeline on demand: each answer held back by a latency and, with handshakes charged, each new connection
 * held back by the round trips of its TCP (and TLS) handshake. It records every connection (when it opened, when its
 * TLS handshake finished, when it closed) and, for every request, the connection it came on and when it was answered.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, createServer as createNetServer, type Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';

export interface Reply {
  json(status: number, body: unknown, headers?: Record<string, string>): void;
  send(status: number, body: string, contentType: string, headers?: Record<string, string>): void;
  /** Accept the request and never answer (until the server closes). */
  hang(): void;
  /** Drop the connection without an answer. */
  reset(): void;
  /** Answer 200 with a Content-Length of 4096, send 16 bytes, and drop the connection. */
  truncate(): void;
  raw: ServerResponse;
}

export interface Request {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The connection it came on (Connection.id). */
  connection: number;
  /** When the answer was written (epoch ms), once it was. */
  answeredAt?: number;
}

/** One connection a server accepted. Times are epoch milliseconds with fractions (comparable across servers). */
export interface Connection {
  id: number;
  openedAt: number;
  /** When its TLS handshake finished (TLS servers only). */
  secureAt?: number;
  closedAt?: number;
  /** The ALPN protocol the client and server agreed on (TLS only; false when the client offered none). */
  alpn?: string | false;
  /** The server name the client asked for (TLS only). */
  servername?: string | false;
  /** How many requests came on it. */
  requests: number;
}

export interface Server {
  url: string;
  port: number;
  /** Every connection accepted, in order (an emulator's reset() empties it). */
  readonly connections: Connection[];
  /**
   * When set, a connection on which no request has come this long after its handshake (TLS, or TCP on a plain server)
   * is closed by the server, as servers close idle connections (undefined: never).
   */
  idleLimitMs: number | undefined;
  close(): Promise<void>;
}

export interface ListenOptions {
  /** Serve https with this certificate (PEM files, see tls.ts); the URL is then https://127.0.0.1:<port>. */
  tls?: { cert: string; key: string };
}

/** The time, comparable between servers and with the tests' own clocks. */
export const now = () => performance.timeOrigin + performance.now();

/** How long every emulator server waits before it answers, like a real network round trip (0: at once). */
let latencyMs = 0;
/** Whether a new connection also pays its handshake: one round trip for TCP, one more for TLS. */
let chargeHandshakes = false;

/**
 * The network every emulator server plays from now on: each answer held back `ms`; with `handshakes`, each new
 * connection's first bytes are read only after one round trip (TCP), two on a TLS server (TCP, then TLS), as a client
 * `ms` away would see them.
 */
export function setLatency(ms: number, options: { handshakes?: boolean } = {}): void {
  latencyMs = ms;
  chargeHandshakes = options.handshakes ?? false;
}

export async function listen(
  handler: (req: Request, res: Reply) => void | Promise<void>,
  options: ListenOptions = {},
): Promise<Server> {
  const sockets = new Set<Socket>();
  const connections: Connection[] = [];
  const byPort = new Map<number, Connection>();
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const on = byPort.get(req.socket.remotePort ?? 0);
      if (on) on.requests++;
      const request: Request = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        connection: on?.id ?? 0,
      };
      res.on('finish', () => {
        request.answeredAt = now();
      });
      const reply: Reply = {
        raw: res,
        json: (status, body, headers = {}) =>
          reply.send(status, JSON.stringify(body), 'application/json; charset=utf-8', headers),
        send: (status, body, contentType, headers = {}) => {
          res.writeHead(status, { 'content-type': contentType, ...headers });
          res.end(body);
        },
        hang: () => {},
        reset: () => req.socket.destroy(),
        truncate: () => {
          res.writeHead(200, { 'content-type': 'text/xml', 'content-length': '4096' });
          res.write('<AssumeRoleWith');
          setTimeout(() => req.socket.destroy(), 20);
        },
      };
      const answer = () => handler(request, reply);
      const delayed = latencyMs > 0 ? new Promise((r) => setTimeout(r, latencyMs)).then(answer) : answer();
      Promise.resolve(delayed).catch((error: unknown) => {
        if (process.env.EMULATOR_DEBUG) console.error(error);
        if (!res.headersSent) reply.json(500, { error_msg: `emulator bug: ${String(error)}` });
      });
    });
  };
  const tls = options.tls;
  const server = tls
    ? createHttpsServer(
        { cert: readFileSync(tls.cert), key: readFileSync(tls.key), ALPNProtocols: ['http/1.1'] },
        onRequest,
      )
    : createServer(onRequest);
  /** Closes the connection if no request has come on it `idleLimitMs` from now. */
  const closeIfIdle = (connection: Connection, socket: Socket) => {
    const idle = result.idleLimitMs;
    if (idle === undefined) return;
    setTimeout(() => {
      if (connection.requests === 0) socket.destroy();
    }, idle).unref();
  };
  server.on('secureConnection', (s: TLSSocket) => {
    const connection = byPort.get(s.remotePort ?? 0);
    if (!connection) return;
    connection.secureAt = now();
    closeIfIdle(connection, s);
    connection.alpn = s.alpnProtocol ?? false;
    connection.servername = (s as TLSSocket & { servername?: string | false }).servername ?? false;
  });
  // The sockets are accepted here and handed to the HTTP(S) server once their handshake's round trips have passed.
  let count = 0;
  const front = createNetServer((socket) => {
    const connection: Connection = { id: ++count, openedAt: now(), requests: 0 };
    connections.push(connection);
    byPort.set(socket.remotePort ?? 0, connection);
    sockets.add(socket);
    socket.on('close', () => {
      connection.closedAt = now();
      sockets.delete(socket);
    });
    socket.on('error', () => {});
    const trips = chargeHandshakes ? (tls ? 2 : 1) : 0;
    const handOver = () => {
      server.emit('connection', socket);
      if (!tls) closeIfIdle(connection, socket);
    };
    if (trips === 0 || latencyMs === 0) handOver();
    else setTimeout(handOver, trips * latencyMs);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const { port } = front.address() as AddressInfo;
  const result: Server = {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    connections,
    idleLimitMs: undefined,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close();
        front.close(() => resolve());
      }),
  };
  return result;
}
