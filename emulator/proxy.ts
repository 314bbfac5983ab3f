/**
 * A recording HTTP CONNECT proxy on 127.0.0.1, spoken to in plain http or, given a certificate, in TLS (an https://
 * proxy URL). It tunnels only to loopback: a request for a routed host (such as public.ecr.aws:443) goes to the local
 * server that stands for it; a request for any other non-loopback host is refused, so nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';

export class RecordingProxy {
  /** `host:port` of every CONNECT, and the URL of every plain-http request, in order. */
  readonly seen: string[] = [];
  /**
   * How CONNECT is answered: tunnelled, refused with 407 (credentials wanted), closed without an answer, or never
   * answered (the connection held open until the client or the proxy closes it).
   */
  mode: 'tunnel' | 'auth-required' | 'close' | 'hang' = 'tunnel';

  /** Forgets what passed. */
  reset(): void {
    this.seen.length = 0;
    this.mode = 'tunnel';
  }
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: ReturnType<typeof createServer>,
    readonly routes: Map<string, { host: string; port: number }>,
    private readonly scheme: 'http' | 'https',
  ) {}

  static async start(
    routes: Record<string, { host: string; port: number }> = {},
    tls?: { cert: string; key: string },
  ): Promise<RecordingProxy> {
    const server = tls
      ? (createHttpsServer({ cert: readFileSync(tls.cert), key: readFileSync(tls.key) }) as unknown as ReturnType<
          typeof createServer
        >)
      : createServer();
    const proxy = new RecordingProxy(server, new Map(Object.entries(routes)), tls ? 'https' : 'http');
    server.on('connection', (s: Socket) => {
      proxy.sockets.add(s);
      s.on('close', () => proxy.sockets.delete(s));
    });
    server.on('connect', (req, client: Socket, head) => {
      proxy.seen.push(req.url ?? '');
      client.on('error', () => {});
      if (proxy.mode === 'auth-required') {
        client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\n\r\n');
        return;
      }
      if (proxy.mode === 'close') {
        client.destroy();
        return;
      }
      if (proxy.mode === 'hang') return;
      const target = proxy.target(req.url ?? '');
      if (!target) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const upstream = connect(target.port, target.host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
    });
    server.on('request', (req, res) => {
      // Plain-http proxying (absolute URLs), to loopback only.
      proxy.seen.push(req.url ?? '');
      const url = new URL(req.url ?? '');
      const target = proxy.target(`${url.hostname}:${url.port || 80}`);
      if (!target) {
        res.writeHead(403).end();
        return;
      }
      const upstream = httpRequest(
        {
          host: target.host,
          port: target.port,
          method: req.method,
          path: `${url.pathname}${url.search}`,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  private target(hostPort: string): { host: string; port: number } | undefined {
    const routed = this.routes.get(hostPort);
    if (routed) return routed;
    const i = hostPort.lastIndexOf(':');
    const host = hostPort.slice(0, i).replace(/^\[|\]$/g, '');
    const port = Number(hostPort.slice(i + 1));
    return /^(127\.\d+\.\d+\.\d+|localhost|::1)$/.test(host) ? { host, port } : undefined;
  }

  get url(): string {
    return `${this.scheme}://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
