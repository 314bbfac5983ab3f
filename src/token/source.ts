import { readFile } from 'node:fs/promises';
import type { TokenSource } from '../config/token-source';
import { InputError, messageOf } from '../errors';
import type { Logger } from '../log';
import type { RetryPolicy } from '../net/retry';
import { fetchIdentityToken, type IdentityToken } from './bitrise';
import { decodeClaims, looksLikeJwt } from './jwt';

/** The token's own `exp` claim as a date, if it has one. */
function expiryClaim(token: string): Date | undefined {
  const exp = decodeClaims(token)?.exp;
  return typeof exp === 'number' ? new Date(exp * 1000) : undefined;
}

function supplied(input: string, token: string): IdentityToken {
  if (!looksLikeJwt(token)) {
    throw new InputError(input, 'does not hold a JWT (three base64url parts separated by dots).');
  }
  return { token, expiresAt: expiryClaim(token) };
}

/**
 * The identity token from its source: the Bitrise API, an input, or a file. The token is registered as a secret
 * before anything else can print it.
 */
export async function obtainToken(
  source: TokenSource,
  audience: string,
  policy: RetryPolicy,
  log: Logger,
): Promise<IdentityToken> {
  switch (source.kind) {
    case 'value':
      log.secrets.add(source.token);
      log.print('Using the identity token from `web_identity_token`.');
      return supplied('web_identity_token', source.token);
    case 'file': {
      let text: string;
      try {
        text = await readFile(source.path, 'utf8');
      } catch (error) {
        const code = (error as { code?: string }).code;
        throw new InputError(
          'web_identity_token_file',
          `cannot be read: ${code === 'ENOENT' ? `no file at ${source.path}` : messageOf(error)}.`,
        );
      }
      const token = text.trim();
      log.secrets.add(token);
      if (token === '') throw new InputError('web_identity_token_file', `names an empty file: ${source.path}.`);
      log.print(`Using the identity token from ${source.path}.`);
      return supplied('web_identity_token_file', token);
    }
    case 'bitrise': {
      log.secrets.add(source.apiToken);
      const token = await fetchIdentityToken(
        { buildUrl: source.buildUrl, apiToken: source.apiToken, audience },
        policy,
        log,
      );
      log.secrets.add(token.token);
      log.done(`Identity token fetched from Bitrise for audience ${audience}.`);
      return { token: token.token, expiresAt: token.expiresAt ?? expiryClaim(token.token) };
    }
  }
}
