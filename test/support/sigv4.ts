/** SigV4 verification for the emulators: the request is signed again with the principal's secret and compared. */
import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Request } from './http';

/** Node's crypto in the shape SignatureV4 wants. */
type SourceData = string | ArrayBuffer | ArrayBufferView;
const bytes = (data: SourceData): string | Uint8Array =>
  typeof data === 'string'
    ? data
    : data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

class Sha256 {
  private readonly hash;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return this.hash.digest();
  }
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
  const signingDate = new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  const headers: Record<string, string> = {};
  for (const name of signedHeaders.split(';')) headers[name] = String(req.headers[name] ?? '');
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: principal.accessKeyId,
      secretAccessKey: principal.secretAccessKey,
      ...(principal.sessionToken ? { sessionToken: principal.sessionToken } : {}),
    },
    region,
    service,
    sha256: Sha256,
  });
  const [path, query = ''] = req.url.split('?');
  const signed = await signer.sign(
    {
      method: req.method,
      protocol: 'http:',
      hostname: String(req.headers.host ?? '').split(':')[0] ?? '',
      path: path ?? '/',
      query: Object.fromEntries(new URLSearchParams(query)),
      headers,
      body: req.body,
    },
    { signingDate },
  );
  if (/Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1] !== signature) {
    throw new SigV4Error(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.',
    );
  }
  return { principal, region, service };
}
