/** A fake Bitrise build API: POST /build/<slug>/id_token.json, checking the API token headers, minting real JWTs. */
import { randomBytes } from 'node:crypto';
import { type Fault, playFault } from './faults';
import { type ListenOptions, listen, type Request, type Server } from './http';
import type { Issuer, MintOptions } from './issuer';
import { minted } from './minted';

export interface BuildClaims {
  app_slug: string;
  build_slug: string;
  build_number: string;
  workflow: string;
  repository_owner: string;
  repository_slug: string;
  repository_url: string;
}

export class FakeBitriseApi {
  readonly requests: Request[] = [];
  readonly faults: Fault[] = [];
  readonly apiToken = minted(`bitrise-api-${randomBytes(18).toString('base64url')}`);
  readonly buildSlug = randomBytes(8).toString('hex');
  /** The tokens minted, in order. */
  readonly minted: string[] = [];
  mintOptions: MintOptions = {};
  /** Options for the next tokens minted, in order (each used once), before mintOptions applies. */
  readonly mintQueue: MintOptions[] = [];
  /** Fields that replace those of the next answers (a hostile or odd `expires_in`, say). */
  answerOverrides: Record<string, unknown> = {};
  /** Conditions the next token answers wait for, in order (each used once): an event elsewhere, rather than a time. */
  readonly holds: (() => Promise<unknown>)[] = [];

  /** Forgets recorded requests and queued faults, and mints plain tokens again. */
  reset(): void {
    this.requests.length = 0;
    this.server.connections.length = 0;
    this.faults.length = 0;
    this.mintOptions = {};
    this.mintQueue.length = 0;
    this.answerOverrides = {};
    this.holds.length = 0;
  }
  expiresIn = 3600;
  claims: BuildClaims;

  private constructor(
    private readonly server: Server,
    private readonly issuer: Issuer,
  ) {
    this.claims = {
      app_slug: 'a1b2c3d4e5f60718',
      build_slug: this.buildSlug,
      build_number: '42',
      workflow: 'deploy',
      repository_owner: 'acme',
      repository_slug: 'mobile-app',
      repository_url: 'https://github.com/acme/mobile-app',
    };
  }

  static async start(issuer: Issuer, options: ListenOptions = {}): Promise<FakeBitriseApi> {
    let api: FakeBitriseApi | undefined;
    const server = await listen((req, res) => api?.handle(req, res), options);
    api = new FakeBitriseApi(server, issuer);
    return api;
  }

  /** What BITRISE_BUILD_URL would be. */
  get buildUrl(): string {
    return `${this.server.url}/build/${this.buildSlug}`;
  }

  /** Every connection the API accepted (see http.ts). */
  get connections(): Server['connections'] {
    return this.server.connections;
  }

  get tokenRequests(): Request[] {
    return this.requests.filter((r) => r.url.endsWith('/id_token.json'));
  }

  /** The `sub` the emulator puts in tokens. */
  get subject(): string {
    return `app:${this.claims.app_slug}:workflow:${this.claims.workflow}`;
  }

  private async handle(req: Request, res: import('./http').Reply): Promise<void> {
    this.requests.push(req);
    if (playFault(this.faults, res)) return;
    if (req.method !== 'POST' || req.url !== `/build/${this.buildSlug}/id_token.json`) {
      res.json(404, { error_msg: 'Not Found' });
      return;
    }
    if (req.headers.authorization !== this.apiToken || req.headers.build_api_token !== this.apiToken) {
      res.json(401, { error_msg: 'Unauthorized' });
      return;
    }
    let aud: unknown;
    try {
      aud = (JSON.parse(req.body) as { aud?: unknown }).aud;
    } catch {
      res.json(400, { error_msg: 'invalid JSON body' });
      return;
    }
    if (typeof aud !== 'string' || aud === '') {
      res.json(400, { error_msg: 'aud is required' });
      return;
    }
    await this.holds.shift()?.();
    const token = await this.issuer.mint(
      { aud, sub: this.subject, ...this.claims },
      { expiresIn: this.expiresIn, ...(this.mintQueue.shift() ?? this.mintOptions) },
    );
    this.minted.push(token);
    res.json(200, { id_token: token, token_type: 'Bearer', expires_in: this.expiresIn, ...this.answerOverrides });
  }

  close(): Promise<void> {
    return this.server.close();
  }
}
