import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { ExitCode, messageOf, StepError, TransientError } from '../core/errors';
import { MAX_ANSWER_BYTES } from '../core/limits';
import { type Logger, printable } from '../core/log';
import { permanentConnectionError } from '../net/failures';
import { agentFor, type HttpAgent, httpRequest } from '../net/http';
import { type RetryPolicy, withRetry } from '../net/retry';
import { looksLikeJwt } from './jwt';

export interface IdentityToken {
  token: string;
  /** When the token expires, from the answer's `expires_in` (undefined when Bitrise did not say). */
  expiresAt: Date | undefined;
}

export interface BitriseTokenRequest {
  buildUrl: URL;
  apiToken: string;
  audience: string;
}

/** `{build_url}/id_token.json`, keeping any path of the build URL. */
export function tokenEndpoint(buildUrl: URL): URL {
  const url = new URL(buildUrl.href);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/id_token.json`;
  url.search = '';
  url.hash = '';
  return url;
}

/**
 * Asks the Bitrise build API for an identity token for `audience`. Retries 429, 5xx (but 501) and network errors;
 * fails at once on 401/403 (naming `build_api_token`) and on other answers.
 */
export async function fetchIdentityToken({
  req,
  policy,
  log,
  now = Date.now,
  onSent,
}: {
  req: BitriseTokenRequest;
  policy: RetryPolicy;
  log: Logger;
  now?: () => number;
  /** Called once the request is on the wire. */
  onSent?: (() => void) | undefined;
}): Promise<IdentityToken> {
  const url = tokenEndpoint(req.buildUrl);
  // Through the proxy the environment names (net/proxy.ts); closed afterwards so no idle socket keeps the process alive.
  const dispatcher = agentFor(url);
  const stopWatching = onSent ? whenSent(url, onSent) : () => undefined;
  try {
    return await fetchWithRetry({ url, req, dispatcher, policy, log, now });
  } finally {
    stopWatching();
    await dispatcher.close();
  }
}

/**
 * Calls `onSent` once, as soon as the request to `url` is on the wire (undici's `undici:request:bodySent` diagnostics
 * channel): from then on the step can do other work while Bitrise answers.
 */
function whenSent(url: URL, onSent: () => void): () => void {
  const listener = (message: unknown) => {
    const request = (message as { request?: { path?: string } }).request;
    if (request?.path !== url.pathname) return;
    stop();
    onSent();
  };
  const stop = () => unsubscribe('undici:request:bodySent', listener);
  subscribe('undici:request:bodySent', listener);
  return stop;
}

interface Fetch {
  url: URL;
  req: BitriseTokenRequest;
  dispatcher: HttpAgent;
  policy: RetryPolicy;
  log: Logger;
  now: () => number;
}

function fetchWithRetry({ url, req, dispatcher, policy, log, now }: Fetch): Promise<IdentityToken> {
  return withRetry('Getting the identity token from Bitrise', policy, async (signal, n) => {
    log.debug(`POST ${url.href} (attempt ${n}/${policy.attempts}) {"aud":${JSON.stringify(req.audience)}}`);
    const started = now();
    let answer: { status: number; headers: Record<string, string | string[] | undefined>; text: string };
    try {
      const res = await httpRequest(dispatcher, url, {
        method: 'POST',
        signal,
        headers: {
          authorization: req.apiToken,
          build_api_token: req.apiToken,
          'content-type': 'application/json; charset=UTF-8',
          accept: 'application/json',
        },
        body: JSON.stringify({ aud: req.audience }),
      });
      answer = { status: res.statusCode, headers: res.headers, text: await readCapped(res.body) };
    } catch (error) {
      throw networkError(url, error, signal);
    }
    log.debug(`Bitrise answered HTTP ${answer.status} in ${now() - started} ms`);
    return parseAnswer(url, answer, now);
  });
}

async function readCapped(body: AsyncIterable<Buffer> & { destroy(): unknown }): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > MAX_ANSWER_BYTES) {
      body.destroy();
      throw new StepError(`The answer was larger than ${MAX_ANSWER_BYTES / 1024} KiB, far more than a token.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Network failures carry a code (ECONNRESET, UND_ERR_SOCKET, …) and are worth another attempt; anything else is not. */
function networkError(url: URL, error: unknown, signal: AbortSignal): StepError {
  if (error instanceof StepError) return error;
  const permanent = permanentConnectionError(error, `the Bitrise API at ${url.origin}`);
  if (permanent) return permanent;
  if (signal.aborted) {
    return new TransientError(`The Bitrise API at ${url.origin} did not answer in time.`);
  }
  const code = (error as { code?: string }).code;
  const cause = (error as { cause?: { code?: string } }).cause;
  const detail = cause?.code ?? code;
  if (detail === undefined) {
    return new StepError(`Unexpected error while asking the Bitrise API at ${url.origin}: ${messageOf(error)}`, {
      cause: error,
    });
  }
  return new TransientError(`Could not reach the Bitrise API at ${url.origin}: ${detail}.`, { cause: error });
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Bitrise's error answers are `{"error_msg": "…"}`; anything else is summarised, not echoed. */
function errorText(answer: { headers: Record<string, string | string[] | undefined>; text: string }): string {
  try {
    const body = JSON.parse(answer.text) as { error_msg?: unknown };
    if (typeof body.error_msg === 'string' && body.error_msg !== '') return printable(body.error_msg.slice(0, 500));
  } catch {
    // not JSON: described below
  }
  const type = header(answer.headers, 'content-type') ?? 'no content type';
  return answer.text === '' ? 'empty answer' : `a ${answer.text.length}-byte ${type.split(';')[0]} answer`;
}

function parseAnswer(
  url: URL,
  answer: { status: number; headers: Record<string, string | string[] | undefined>; text: string },
  now: () => number,
): IdentityToken {
  const { status } = answer;
  if (status === 401 || status === 403) {
    throw new StepError(`Bitrise refused the build API token (HTTP ${status}: ${errorText(answer)}).`, {
      hint:
        "`build_api_token` must be the running build's token: leave it at its default, $BITRISE_BUILD_API_TOKEN. " +
        'A token from another build, or from a finished build, is refused.',
      exitCode: ExitCode.refused,
    });
  }
  if (status === 429 || (status >= 500 && status !== 501)) {
    throw new TransientError(`The Bitrise API answered HTTP ${status} (${errorText(answer)}).`, {
      retryAfterMs: retryAfterMs(header(answer.headers, 'retry-after'), now()),
    });
  }
  if (status >= 300 && status < 400) {
    throw new StepError(
      `The Bitrise API answered with a redirect (HTTP ${status}) to ${header(answer.headers, 'location') ?? 'nowhere'}; ` +
        'redirects are not followed, so the API token is not sent elsewhere.',
      { hint: 'Check `build_url`: it should be the build URL Bitrise sets in $BITRISE_BUILD_URL.' },
    );
  }
  if (status < 200 || status >= 300) {
    throw new StepError(`The Bitrise API answered HTTP ${status} for ${url.href} (${errorText(answer)}).`, {
      hint:
        status === 404
          ? 'Check `build_url`: it should be the build URL Bitrise sets in $BITRISE_BUILD_URL.'
          : undefined,
      exitCode: ExitCode.refused,
    });
  }
  let body: { id_token?: unknown; expires_in?: unknown };
  try {
    body = JSON.parse(answer.text) as typeof body;
  } catch {
    throw new StepError(`The Bitrise API answered HTTP ${status} with ${errorText(answer)} that is not JSON.`);
  }
  if (typeof body !== 'object' || body === null || typeof body.id_token !== 'string' || body.id_token === '') {
    throw new StepError(`The Bitrise API answered HTTP ${status} without an \`id_token\`.`);
  }
  if (!looksLikeJwt(body.id_token)) {
    throw new StepError('The Bitrise API answered with an `id_token` that is not a JWT.');
  }
  // A lifetime beyond a day is not one Bitrise gives (nor one a Date can always hold): the token's exp claim decides.
  const expiresIn =
    typeof body.expires_in === 'number' &&
    Number.isFinite(body.expires_in) &&
    body.expires_in > 0 &&
    body.expires_in <= 86_400
      ? body.expires_in
      : undefined;
  return {
    token: body.id_token,
    expiresAt: expiresIn === undefined ? undefined : new Date(now() + expiresIn * 1000),
  };
}
