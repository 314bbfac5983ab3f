/**
 * Failures of a connection that retrying cannot fix, the same for the Bitrise API and AWS: a certificate the machine
 * does not trust, and a proxy that wants credentials.
 */
import { ExitCode, messageOf, StepError } from '../core/errors';

/** Certificate and TLS failures: retrying cannot fix them. */
const TLS =
  /^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH)/;

export const TLS_HINT =
  "The server's certificate was not accepted. Behind a TLS-inspecting proxy, give Node its CA with " +
  'NODE_EXTRA_CA_CERTS=/path/to/ca.pem; otherwise check the endpoint and the machine clock.';

export const PROXY_AUTH_HINT =
  'The proxy asks for credentials: put them in the proxy URL (HTTPS_PROXY=http://user:password@proxy:port), or ' +
  'add the host to NO_PROXY.';

/** The error codes of an error and its causes, outermost first. */
export function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string') codes.push(e.code);
    e = e.cause as typeof e;
  }
  return codes;
}

/**
 * What Node, undici and the AWS SDK say only in words (their errors carry no code for these): every decision on an
 * error's text is made through this one table.
 */
export const FAILURE_MESSAGES = {
  /** A proxy that wants credentials, as undici and the proxy agents report it. */
  proxyAuthentication: /\b407\b/,
  /** A connection closed before the whole answer arrived. */
  closedMidAnswer: /socket hang up|aborted/i,
  /** The SDK could not read the answer's body. */
  unreadableAnswer: /Deserialization error/,
  /** A failure of the connection rather than of the request. */
  connection: /proxy connection|connection (ended|closed)|socket/i,
} as const;

/**
 * Failures of the connection itself that retrying cannot fix: a certificate the machine does not trust, and a proxy
 * that wants credentials. Shared by the Bitrise API and AWS.
 */
export function permanentConnectionError(error: unknown, where: string): StepError | undefined {
  const tls = codesOf(error).find((code) => TLS.test(code));
  if (tls) {
    return new StepError(`The TLS connection to ${where} failed: ${tls}.`, { hint: TLS_HINT, cause: error });
  }
  if (FAILURE_MESSAGES.proxyAuthentication.test(messageOf(error))) {
    return new StepError(`The proxy refused to connect to ${where}: HTTP 407 Proxy Authentication Required.`, {
      hint: PROXY_AUTH_HINT,
      exitCode: ExitCode.refused,
      cause: error,
    });
  }
  return undefined;
}
