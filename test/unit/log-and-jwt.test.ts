import { describe, expect, it } from 'vitest';
import { Logger, Secrets } from '../../src/core/log';
import { decodeClaims, describeClaims, looksLikeJwt } from '../../src/token/jwt';

function jwt(claims: unknown): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part(claims)}.c2lnbmF0dXJl`;
}

describe('Secrets and Logger', () => {
  it('redacts every registered secret, longest first', () => {
    const secrets = new Secrets();
    secrets.add('abcd');
    secrets.add('abcdefgh');
    secrets.add('xy');
    expect(secrets.redact('a abcdefgh b abcd c xy')).toBe('a [REDACTED] b [REDACTED] c xy');
  });

  it('passes every line through the redactor and prints debug lines only when verbose', () => {
    let out = '';
    const log = new Logger({ sink: { write: (t) => (out += t) }, color: false });
    log.secrets.add('s3cr3t-value');
    log.print('token=s3cr3t-value');
    log.debug('hidden');
    log.verbose = true;
    log.debug('shown s3cr3t-value');
    expect(out).toBe('token=[REDACTED]\nshown [REDACTED]\n');
  });
});

describe('jwt', () => {
  it('decodes claims without verifying, and refuses what is not a JWT', () => {
    expect(decodeClaims(jwt({ sub: 'a', aud: 'b' }))).toEqual({ sub: 'a', aud: 'b' });
    expect(decodeClaims('a.b')).toBeUndefined();
    expect(decodeClaims(jwt([1, 2]))).toBeUndefined();
    expect(decodeClaims('e30.bm90IGpzb24.x')).toBeUndefined();
    expect(looksLikeJwt('a.b.')).toBe(true);
    expect(looksLikeJwt('a b.c.d')).toBe(false);
  });

  it('describes iss, aud and sub first, then strings and times, and nothing else', () => {
    const lines = describeClaims({ zeta: 'z', sub: 's', exp: 0, aud: ['a', 'b'], iss: 'i', nested: { x: 1 }, n: 3 });
    expect(lines).toEqual(['iss: i', 'aud: ["a","b"]', 'sub: s', 'exp: 0 (1970-01-01T00:00:00.000Z)', 'zeta: z']);
  });
});
