/** The Bitrise API's answer to a token request: read up to the cap, and read as a token or as an error. */
import { ExitCode, StepError, TransientError } from '../core/errors';
import { MAX_ANSWER_BYTES } from '../core/limits';
import { printable } from '../core/log';
import { looksLikeJwt } from './jwt';

export interface IdentityToken {
  token: string;
  /** When the token expires, from the answer's `expires_in` (undefined when Bitrise did not say). */
  expiresAt: Date | undefined;
}

export async function readCapped(body: AsyncIterable<Buffer> & { destroy(): unknown }): Promise<string> {
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

export function parseAnswer(
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
