import { printable } from '../core/log';

/** The shape of a compact JWS: three base64url parts, the signature part possibly empty. */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export function looksLikeJwt(token: string): boolean {
  return JWT_SHAPE.test(token);
}

/**
 * The token's claims, decoded without verifying the signature: for messages and diagnosis only, never for trust.
 * Returns undefined when the token is not a JWT with a JSON object payload.
 */
export function decodeClaims(token: string): Record<string, unknown> | undefined {
  if (!looksLikeJwt(token)) return undefined;
  const payload = token.split('.')[1] ?? '';
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const TIME_CLAIMS = new Set(['exp', 'iat', 'nbf', 'auth_time']);

/**
 * Lines describing the claims a user needs to fix a trust policy: `iss`, `aud`, `sub` first, then the other string
 * claims and the times. Signature and token are never part of it.
 */
export function describeClaims(claims: Record<string, unknown>): string[] {
  const first = ['iss', 'aud', 'sub'];
  const keys = [
    ...first.filter((k) => k in claims),
    ...Object.keys(claims)
      .filter((k) => !first.includes(k))
      .sort(),
  ];
  const lines: string[] = [];
  for (const key of keys) {
    const value = claims[key];
    if (TIME_CLAIMS.has(key) && typeof value === 'number') {
      lines.push(`${key}: ${value} (${new Date(value * 1000).toISOString()})`);
    } else if (typeof value === 'string') {
      lines.push(`${printable(key)}: ${printable(value)}`);
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      lines.push(`${printable(key)}: ${printable(JSON.stringify(value))}`);
    }
  }
  return lines;
}
