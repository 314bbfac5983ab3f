/**
 * A real Docker registry (Debian's docker-registry) on 127.0.0.1 with htpasswd authentication, optionally over TLS.
 * The htpasswd file is re-read by the registry on change, so the local ECR can rotate the password at any time.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export class LocalRegistry {
  private constructor(
    private readonly process: ChildProcess,
    readonly port: number,
    readonly htpasswd: string,
    readonly tls: boolean,
  ) {}

  /** `tls`: the certificate and key to serve (for a registry that stands for a public host). */
  static async start(tls?: { cert: string; key: string }): Promise<LocalRegistry> {
    const dir = mkdtempSync(join(tmpdir(), 'registry-'));
    const port = await freePort();
    const htpasswd = join(dir, 'htpasswd');
    // A placeholder user until the first password is minted (the registry wants the file to exist).
    writeFileSync(htpasswd, execFileSync('htpasswd', ['-niB', 'placeholder'], { input: 'placeholder-password' }));
    const config = [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${join(dir, 'data')}`,
      'http:',
      `  addr: 127.0.0.1:${port}`,
      ...(tls ? ['  tls:', `    certificate: ${tls.cert}`, `    key: ${tls.key}`] : []),
      'auth:',
      '  htpasswd:',
      '    realm: ecr',
      `    path: ${htpasswd}`,
      '',
    ].join('\n');
    writeFileSync(join(dir, 'config.yml'), config);
    const child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: 'ignore' });
    const registry = new LocalRegistry(child, port, htpasswd, Boolean(tls));
    await registry.ready();
    return registry;
  }

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  private async ready(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const up = await new Promise<boolean>((resolve) => {
        const probe = connect(this.port, '127.0.0.1');
        probe.on('connect', () => {
          probe.destroy();
          resolve(true);
        });
        probe.on('error', () => resolve(false));
      });
      if (up) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`docker-registry did not start on port ${this.port}`);
  }

  async close(): Promise<void> {
    this.process.kill();
  }
}
