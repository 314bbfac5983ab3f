import { MAX_TOKEN_LENGTH, type TokenSource } from '../config/token-source';
import { InputError } from '../core/errors';
import { FileReadError, readRegularFile } from '../core/files';
import { MAX_TOKEN_FILE_BYTES } from '../core/limits';
import type { StageContext } from '../net/retry';
import { fetchIdentityToken, type IdentityToken } from './bitrise';
import { decodeClaims, looksLikeJwt } from './jwt';

/** The token's own `exp` claim as a date, if it has one. */
function expiryClaim(token: string): Date | undefined {
  const exp = decodeClaims(token)?.exp;
  return typeof exp === 'number' ? new Date(exp * 1000) : undefined;
}

function supplied(input: string, token: string): IdentityToken {
  if (token.length > MAX_TOKEN_LENGTH) {
    throw new InputError(
      input,
      `holds a token of ${token.length} characters; STS accepts at most ${MAX_TOKEN_LENGTH}.`,
    );
  }
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
  { policy, log, now }: StageContext,
  /** Called once the request for the token is on the wire (at once for a token given as a value or a file). */
  onSent: () => void = () => undefined,
): Promise<IdentityToken> {
  if (source.kind !== 'bitrise') onSent();
  switch (source.kind) {
    case 'value':
      log.print('Using the identity token from `web_identity_token`.');
      return supplied('web_identity_token', source.token);
    case 'file': {
      let text: string;
      try {
        text = await readRegularFile(source.path, MAX_TOKEN_FILE_BYTES);
      } catch (error) {
        if (!(error instanceof FileReadError)) throw error;
        const reason = error.reason === 'no such file' ? `no file at ${source.path}` : error.message;
        throw new InputError('web_identity_token_file', `cannot be read: ${reason}.`);
      }
      const token = text.trim();
      log.secrets.add(token);
      if (token === '') throw new InputError('web_identity_token_file', `names an empty file: ${source.path}.`);
      log.print(`Using the identity token from ${source.path}.`);
      return supplied('web_identity_token_file', token);
    }
    case 'bitrise': {
      const token = await fetchIdentityToken({
        req: { buildUrl: source.buildUrl, apiToken: source.apiToken, audience },
        policy,
        log,
        now,
        onSent,
      });
      log.secrets.add(token.token);
      log.done(`Identity token fetched from Bitrise for audience ${audience}.`);
      return { token: token.token, expiresAt: token.expiresAt ?? expiryClaim(token.token) };
    }
  }
}

/**
 * The identity token as the exchange uses it: the current one, when it expires, and, when it comes from the Bitrise
 * API, a way to get a fresh one (a token given as a value or a file cannot be renewed).
 */
export interface TokenHandle {
  current(): string;
  expiresAt(): number | undefined;
  renew: (() => Promise<void>) | undefined;
}

/** The token stage: the first token, and the handle that renews it. */
export async function tokenHandle(
  source: TokenSource,
  audience: string,
  stage: StageContext,
  onSent?: () => void,
): Promise<TokenHandle> {
  let token = await obtainToken(source, audience, stage, onSent);
  // One renewal at a time: targets that find the token expiring together share one request to the Bitrise API.
  let renewing: Promise<void> | undefined;
  const renew = () => {
    renewing ??= obtainToken(source, audience, stage)
      .then((fresh) => {
        token = fresh;
      })
      .finally(() => {
        renewing = undefined;
      });
    return renewing;
  };
  return {
    current: () => token.token,
    expiresAt: () => token.expiresAt?.getTime(),
    renew: source.kind === 'bitrise' ? renew : undefined,
  };
}
