import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { messageOf, StepError, TransientError } from '../core/errors';
import type { Logger } from '../core/log';
import { permanentConnectionError } from '../net/failures';
import { agentFor, type HttpAgent, httpRequest } from '../net/http';
import { type RetryPolicy, withRetry } from '../net/retry';
import { type IdentityToken, parseAnswer, readCapped } from './answer';

export type { IdentityToken };

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
