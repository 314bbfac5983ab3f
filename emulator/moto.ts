/**
 * moto's server (`moto_server`), an independent implementation of AWS (STS, IAM, ECR) in Python, on 127.0.0.1: the
 * step and the AWS CLI talk to it as they would to AWS. It checks no token and no signature; what it shows is that
 * the step's requests and what it publishes work with an AWS implementation that is not ours.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export class MotoServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** Starts moto_server and waits (at most 30 s) until it answers. */
  static async start(command = 'moto_server'): Promise<MotoServer> {
    const port = await freePort();
    const child = spawn(command, ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    const url = `http://127.0.0.1:${port}`;
    const until = Date.now() + 30_000;
    for (;;) {
      const up = await fetch(`${url}/moto-api/`).then(
        () => true,
        () => false,
      );
      if (up) return new MotoServer(child, url);
      if (Date.now() > until || child.exitCode !== null) {
        child.kill();
        throw new Error(`moto_server did not start on ${url}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  close(): void {
    this.child.kill();
  }
}
