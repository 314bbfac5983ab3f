/** A local OIDC issuer: RS256 keys, a discovery document and a JWKS, served on 127.0.0.1. */
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { listen, type Server } from './http';
import { minted } from './minted';

export const BITRISE_ISSUER = 'https://token.builds.bitrise.io';

export interface MintOptions {
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  issuer?: string;
  /** Sign with a key that is not in the JWKS. */
  foreignKey?: boolean;
}

export class Issuer {
  private constructor(
    private readonly server: Server,
    private readonly key: CryptoKey,
    private readonly foreign: CryptoKey,
    readonly kid: string,
  ) {}

  static async start(): Promise<Issuer> {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const foreign = (await generateKeyPair('RS256')).privateKey;
    const kid = `emulator-${Math.random().toString(36).slice(2, 10)}`;
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
    const server = await listen((req, res) => {
      if (req.url === '/.well-known/openid-configuration') {
        res.json(200, {
          issuer: BITRISE_ISSUER,
          jwks_uri: `${server.url}/.well-known/jwks`,
          id_token_signing_alg_values_supported: ['RS256'],
        });
      } else if (req.url === '/.well-known/jwks') {
        res.json(200, { keys: [jwk] });
      } else {
        res.json(404, { error: 'not found' });
      }
    });
    return new Issuer(server, privateKey, foreign, kid);
  }

  get jwksUrl(): string {
    return `${this.server.url}/.well-known/jwks`;
  }

  /** A signed token; registered with the secret guard. */
  async mint(claims: Record<string, unknown>, options: MintOptions = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: this.kid, typ: 'JWT' })
      .setIssuer(options.issuer ?? BITRISE_ISSUER)
      .setIssuedAt(now)
      .setNotBefore(now - 5)
      .setExpirationTime(now + (options.expiresIn ?? 3600))
      .setJti(crypto.randomUUID())
      .sign(options.foreignKey ? this.foreign : this.key);
    return minted(token);
  }

  close(): Promise<void> {
    return this.server.close();
  }
}
