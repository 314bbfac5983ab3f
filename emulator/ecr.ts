/**
 * A local Amazon ECR and ECR Public (awsJson1_1 GetAuthorizationToken). Every request must carry a valid SigV4
 * signature made with credentials the local STS issued (service `ecr` or `ecr-public`, the region of the credential
 * scope), and their session token. Each minted password is written to the htpasswd file of the local registry that
 * stands for that region (or for ECR Public), so that a real `docker login` with it succeeds.
 */

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { type Fault, playFault } from './faults';
import { type ListenOptions, listen, type Reply, type Request, type Server } from './http';
import { minted } from './minted';
import { SigV4Error, verifySigV4 } from './sigv4';
import type { FakeSts } from './sts';

/** Node's crypto in the shape SignatureV4 wants. */
export interface RegistrySlot {
  /** The htpasswd file of the registry that accepts this region's password. */
  htpasswd: string;
  /** proxyEndpoint per account ID, such as http://127.0.0.1:5000 (private registries only). */
  endpoints?: Record<string, string>;
  /** More registries that accept the same password (other accounts' registries of the region, as ECR's do). */
  alsoHtpasswd?: string[];
}

export interface EcrCall {
  target: string;
  region: string;
  service: string;
  body: Record<string, unknown>;
  /** The connection it came on (see http.ts: ECR's `connections`). */
  connection: number;
}

const TARGETS: Record<string, string> = {
  'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken': 'ecr',
  'SpencerFrontendService.GetAuthorizationToken': 'ecr-public',
};

class EcrError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

function writeHtpasswd(path: string, password: string): void {
  // The password goes to htpasswd on stdin (-i), never on its command line.
  writeFileSync(path, execFileSync('htpasswd', ['-niB', 'AWS'], { input: password, encoding: 'utf8' }));
}

export class FakeEcr {
  readonly calls: EcrCall[] = [];
  readonly faults: Fault[] = [];
  readonly regions = new Map<string, RegistrySlot>();
  publicSlot: RegistrySlot | undefined;
  /** Passwords minted, in order. */
  readonly passwords: string[] = [];
  /** The User-Agent header of every request, in order (CloudTrail records it). */
  readonly userAgents: string[] = [];

  /** How long the passwords it mints last, in seconds (ECR's 12 hours; below 0 for a password already expired). */
  passwordLifetimeSeconds = 12 * 3600;

  /**
   * Makes `registry` (a local docker-registry) the region's private registry of `account`: the ECR passwords minted
   * for the region log in there. `more` are the slot's other fields (registries of other accounts).
   */
  serveRegistry(
    region: string,
    registry: { htpasswd: string; port: number },
    more: Omit<RegistrySlot, 'htpasswd' | 'endpoints'> = {},
    account = '123456789012',
  ): void {
    this.regions.set(region, {
      htpasswd: registry.htpasswd,
      endpoints: { [account]: `http://127.0.0.1:${registry.port}` },
      ...more,
    });
  }

  /** Forgets recorded calls, queued faults and the password lifetime (minted passwords stay known). */
  reset(): void {
    this.calls.length = 0;
    this.server.connections.length = 0;
    this.userAgents.length = 0;
    this.faults.length = 0;
    this.passwordLifetimeSeconds = 12 * 3600;
  }

  private constructor(
    private readonly server: Server,
    private readonly sts: FakeSts,
  ) {}

  static async start(sts: FakeSts, options: ListenOptions = {}): Promise<FakeEcr> {
    let ecr: FakeEcr | undefined;
    const server = await listen((req, res) => ecr?.handle(req, res), options);
    ecr = new FakeEcr(server, sts);
    return ecr;
  }

  get url(): string {
    return this.server.url;
  }

  /** Every connection ECR accepted (see http.ts). */
  get connections(): Server['connections'] {
    return this.server.connections;
  }

  private async verify(req: Request): Promise<{ region: string; service: string; account: string }> {
    try {
      const { principal, region, service } = await verifySigV4(req, (id) => this.sts.principal(id));
      return { region, service, account: principal.arn.split(':')[4] ?? '' };
    } catch (error) {
      if (error instanceof SigV4Error) {
        throw new EcrError(
          error.status,
          error.code === 'SignatureDoesNotMatch' ? 'InvalidSignatureException' : error.code,
          error.message,
        );
      }
      throw error;
    }
  }

  private async handle(req: Request, res: Reply): Promise<void> {
    const target = String(req.headers['x-amz-target'] ?? '');
    let body: Record<string, unknown> = {};
    try {
      body = req.body ? (JSON.parse(req.body) as Record<string, unknown>) : {};
    } catch {
      // an unreadable body is answered below
    }
    try {
      const { region, service, account } = await this.verify(req);
      this.calls.push({ target, region, service, body, connection: req.connection });
      this.userAgents.push(String(req.headers['user-agent'] ?? ''));
      if (playFault(this.faults, res)) return;
      if (TARGETS[target] !== service)
        throw new EcrError(400, 'UnknownOperationException', `Unknown operation ${target}`);
      res.send(200, JSON.stringify(this.answer(service, region, account, body)), 'application/x-amz-json-1.1');
    } catch (error) {
      if (!(error instanceof EcrError)) throw error;
      res.send(
        error.status,
        JSON.stringify({ __type: error.type, message: error.message }),
        'application/x-amz-json-1.1',
      );
    }
  }

  private mint(slot: RegistrySlot | undefined): { token: string; expiresAt: number } {
    const password = minted(`eyJwYXlsb2FkIjoi${randomBytes(48).toString('base64url')}`);
    this.passwords.push(password);
    if (slot) for (const path of [slot.htpasswd, ...(slot.alsoHtpasswd ?? [])]) writeHtpasswd(path, password);
    return {
      token: Buffer.from(`AWS:${password}`).toString('base64'),
      expiresAt: Math.floor(Date.now() / 1000) + this.passwordLifetimeSeconds,
    };
  }

  private answer(service: string, region: string, account: string, body: Record<string, unknown>): unknown {
    if (service === 'ecr-public') {
      if (region !== 'us-east-1')
        throw new EcrError(400, 'UnsupportedCommandException', 'This command is not supported in this Region.');
      const { token, expiresAt } = this.mint(this.publicSlot);
      return { authorizationData: { authorizationToken: token, expiresAt } };
    }
    const slot = this.regions.get(region);
    // Without registryIds (the AWS CLI's call), ECR answers for the caller's own registry; the password serves all.
    const ids = Array.isArray(body.registryIds) ? (body.registryIds as string[]) : [account];
    const { token, expiresAt } = this.mint(slot);
    return {
      authorizationData: ids.map((id) => ({
        authorizationToken: token,
        expiresAt,
        proxyEndpoint: slot?.endpoints?.[id] ?? `https://${id}.dkr.ecr.${region}.amazonaws.com`,
      })),
    };
  }

  close(): Promise<void> {
    return this.server.close();
  }
}
