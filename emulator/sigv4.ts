/**
 * SigV4 verification for the emulators, written from AWS's signing specification ("Create a signed AWS API request",
 * IAM User Guide) and independent of any SDK: the canonical request is rebuilt from what arrived on the wire, signed
 * with the principal's secret, and compared. So the JS SDK, botocore and the AWS CLI are all held to the same rules.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Request } from './http';

const sha256hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
/** RFC 3986 encoding, as SigV4 wants it: everything but A-Z a-z 0-9 - _ . ~ is percent-encoded. */
const encode = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function canonicalQuery(query: string): string {
  return [...new URLSearchParams(query)]
    .map(([k, v]) => [encode(k), encode(v)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** Each path segment decoded, then encoded twice, as for every service but S3. */
function canonicalPath(path: string): string {
  return path
    .split('/')
    .map((segment) => encode(encode(decodeURIComponent(segment))))
    .join('/');
}

/** Whoever holds a key: an IAM user (no session token) or a session STS issued. */
export interface Principal {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
  /** ISO time, for sessions. */
  expiration?: string | undefined;
  arn: string;
}

export class SigV4Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function verifySigV4(
  req: Request,
  find: (accessKeyId: string) => Principal | undefined,
): Promise<{ principal: Principal; region: string; service: string }> {
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      req.headers.authorization ?? '',
    );
  if (!m) throw new SigV4Error(400, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
  const [, accessKeyId = '', , region = '', service = '', signedHeaders = '', signature] = m;
  const principal = find(accessKeyId);
  const invalid = 'The security token included in the request is invalid.';
  if (!principal)
    throw new SigV4Error(
      400,
      principal === undefined ? 'UnrecognizedClientException' : 'InvalidClientTokenId',
      invalid,
    );
  if ((req.headers['x-amz-security-token'] ?? undefined) !== principal.sessionToken) {
    throw new SigV4Error(400, 'UnrecognizedClientException', invalid);
  }
  if (principal.expiration && Date.parse(principal.expiration) < Date.now()) {
    throw new SigV4Error(400, 'ExpiredTokenException', 'The security token included in the request is expired');
  }
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const [, date = ''] = /^(\d{8})T\d{6}Z$/.exec(amzDate) ?? [];
  if (date !== m[2])
    throw new SigV4Error(400, 'IncompleteSignature', 'X-Amz-Date does not match the credential scope.');
  const names = signedHeaders.split(';');
  if (!names.includes('host')) throw new SigV4Error(400, 'IncompleteSignature', 'The host header must be signed.');
  const [path = '/', query = ''] = req.url.split('?');
  const canonicalHeaders = names
    .map(
      (name) =>
        `${name}:${String(req.headers[name] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const payloadHash = String(req.headers['x-amz-content-sha256'] ?? sha256hex(req.body));
  const canonical = [
    req.method,
    canonicalPath(path),
    canonicalQuery(query),
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256hex(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${principal.secretAccessKey}`, date), region), service), 'aws4_request');
  if (createHmac('sha256', key).update(toSign).digest('hex') !== signature) {
    throw new SigV4Error(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.',
    );
  }
  return { principal, region, service };
}
