/** A tiny HTTP server for the emulators: loopback only, fault modes for hanging and resetting connections. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

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
}

export interface Server {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** How long every emulator server waits before it answers, like a real network round trip (0: at once). */
let latencyMs = 0;

export function setLatency(ms: number): void {
  latencyMs = ms;
}

export async function listen(handler: (req: Request, res: Reply) => void | Promise<void>): Promise<Server> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: Request = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
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
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
