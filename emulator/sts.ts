/**
 * A local AWS STS speaking the real Query/XML protocol for AssumeRoleWithWebIdentity. Like STS it finds the OIDC
 * provider by the token's `iss`, fetches that provider's JWKS over HTTP, verifies the RS256 signature, checks the
 * audience against the provider's client IDs, the expiry, the parameters, and the role's trust policy.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, type JWTPayload, errors as joseErrors, jwtVerify } from 'jose';
import { type Fault, playFault } from './faults';
import { type ListenOptions, listen, type Reply, type Request, type Server } from './http';
import { BITRISE_ISSUER } from './issuer';
import { minted } from './minted';
import { type Principal, SigV4Error, verifySigV4 } from './sigv4';

export interface OidcProvider {
  url: string;
  audiences: string[];
  jwksUrl: string;
}

export interface Role {
  arn: string;
  maxSessionDuration?: number;
  /**
   * The trust policy, as a predicate over the verified claims that each test writes by hand for its case: true to
   * allow. Default: aud is sts.amazonaws.com. (Never the step's own evaluator: a fake that shares the logic it is meant
   * to check proves nothing.)
   */
  trust?: (claims: JWTPayload) => boolean;
  /** For AssumeRole: the principal ARNs the role trusts (default: any principal the emulator knows). */
  trustedPrincipals?: string[];
  /** For AssumeRole: the sts:ExternalId the trust policy requires (a condition StringEquals sts:ExternalId). */
  externalId?: string;
  /** For AssumeRole with session tags or a source identity: whether the trust policy allows sts:TagSession and
   * sts:SetSourceIdentity (default true). */
  allowTagSession?: boolean;
  allowSourceIdentity?: boolean;
}

/** Session tags of an AssumeRole request, as the Query protocol sends them (Tags.member.N.Key / .Value). */
function tagsOf(params: Record<string, string>): Array<{ key: string; value: string }> {
  const tags: Array<{ key: string; value: string }> = [];
  for (let n = 1; params[`Tags.member.${n}.Key`] !== undefined; n++) {
    tags.push({ key: params[`Tags.member.${n}.Key`] ?? '', value: params[`Tags.member.${n}.Value`] ?? '' });
  }
  return tags;
}

function listOf(params: Record<string, string>, name: string): string[] {
  const values: string[] = [];
  for (let n = 1; params[`${name}.member.${n}`] !== undefined; n++) values.push(params[`${name}.member.${n}`] ?? '');
  return values;
}

export interface StsCall {
  params: Record<string, string>;
  /** The access key that signed the call (AssumeRole, GetCallerIdentity); undefined for an unsigned call. */
  signedBy?: string | undefined;
  /** The Authorization header, which an unsigned call does not have. */
  authorization: string | undefined;
  /** When the request arrived and when its answer was sent (ms since the epoch). */
  receivedAt: number;
  answeredAt?: number;
  /** The connection it came on (see http.ts: STS's `connections`). */
  connection: number;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: string;
  assumedRoleArn: string;
}

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

function xml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

class StsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class FakeSts {
  readonly calls: StsCall[] = [];
  /** The User-Agent header of every request, in order (CloudTrail records it). */
  readonly userAgents: string[] = [];
  readonly faults: Fault[] = [];
  readonly issued: IssuedCredentials[] = [];
  readonly roles = new Map<string, Role>();
  readonly providers: OidcProvider[] = [];
  /** IAM users' long-term keys, by access key ID. */
  readonly users = new Map<string, Principal>();
  /** When set, sessions last at most this many seconds, whatever was asked (to test refreshing). */
  lifetimeSeconds: number | undefined;
  /** Faults for one action only (GetCallerIdentity, say), played before that action's normal answer. */
  readonly actionFaults = new Map<string, Fault[]>();
  /** Lifetimes for the next sessions, in order (each used once), before lifetimeSeconds applies. */
  readonly lifetimes: number[] = [];
  /** Every answer is held back this long (a slow network), so that overlapping requests show. */
  latencyMs = 0;
  /** Conditions the next answers wait for, in order (each used once): an event, such as other requests arriving. */
  readonly holds: (() => Promise<unknown>)[] = [];

  /** Forgets recorded calls, queued faults and lifetimes (issued sessions stay valid, as on AWS). */
  reset(): void {
    this.calls.length = 0;
    this.server.connections.length = 0;
    this.server.idleLimitMs = undefined;
    this.userAgents.length = 0;
    this.faults.length = 0;
    this.lifetimeSeconds = undefined;
    this.lifetimes.length = 0;
    this.actionFaults.clear();
    this.latencyMs = 0;
    this.holds.length = 0;
  }
  private readonly jwks = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  private constructor(private readonly server: Server) {}

  static async start(options: ListenOptions = {}): Promise<FakeSts> {
    let sts: FakeSts | undefined;
    const server = await listen((req, res) => sts?.handle(req, res), options);
    sts = new FakeSts(server);
    return sts;
  }

  get url(): string {
    return this.server.url;
  }

  /** Every connection STS accepted (see http.ts). */
  get connections(): Server['connections'] {
    return this.server.connections;
  }

  /** Closes a connection no request came on within this many ms of its handshake (see http.ts); undefined: never. */
  set idleLimitMs(ms: number | undefined) {
    this.server.idleLimitMs = ms;
  }

  addProvider(provider: OidcProvider): void {
    this.providers.push(provider);
  }

  addRole(role: Role): void {
    this.roles.set(role.arn, role);
  }

  /** An IAM user with a fresh access key, registered with the secret guard. */
  addUser(arn: string): { accessKeyId: string; secretAccessKey: string } {
    const user: Principal = {
      accessKeyId: minted(`AKIA${randomBytes(10).toString('hex').toUpperCase().slice(0, 16)}`),
      secretAccessKey: minted(randomBytes(30).toString('base64')),
      arn,
    };
    this.users.set(user.accessKeyId, user);
    return { accessKeyId: user.accessKeyId, secretAccessKey: user.secretAccessKey };
  }

  /** Whoever holds an access key: a user, or a session this STS issued. */
  principal(accessKeyId: string): Principal | undefined {
    const user = this.users.get(accessKeyId);
    if (user) return user;
    const issued = this.issued.find((c) => c.accessKeyId === accessKeyId);
    return issued && { ...issued, arn: issued.assumedRoleArn };
  }

  private async handle(req: Request, res: Reply): Promise<void> {
    const params = Object.fromEntries(new URLSearchParams(req.body));
    const call: StsCall = {
      params,
      authorization: req.headers.authorization,
      receivedAt: Date.now(),
      connection: req.connection,
    };
    this.calls.push(call);
    this.userAgents.push(String(req.headers['user-agent'] ?? ''));
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    await this.holds.shift()?.();
    call.answeredAt = Date.now();
    if (playFault(this.faults, res)) return;
    if (playFault(this.actionFaults.get(params.Action ?? '') ?? [], res)) return;
    try {
      if (req.method !== 'POST' || params.Version !== '2011-06-15') {
        throw new StsError(400, 'InvalidAction', `Could not find operation ${params.Action ?? ''}`);
      }
      const requestId = randomUUID();
      let body: string;
      if (params.Action === 'AssumeRoleWithWebIdentity') {
        body = await this.assume(params, requestId);
      } else if (params.Action === 'AssumeRole' || params.Action === 'GetCallerIdentity') {
        const principal = await this.signer(req);
        call.signedBy = principal.accessKeyId;
        body =
          params.Action === 'AssumeRole'
            ? this.assumeRole(params, principal, requestId)
            : this.callerIdentity(principal, requestId);
      } else {
        throw new StsError(400, 'InvalidAction', `Could not find operation ${params.Action ?? ''}`);
      }
      res.send(200, body, 'text/xml', { 'x-amzn-requestid': requestId });
    } catch (error) {
      if (!(error instanceof StsError)) throw error;
      res.send(
        error.status,
        `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${error.code}</Code>` +
          `<Message>${xml(error.message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`,
        'text/xml',
      );
    }
  }

  private async signer(req: Request): Promise<Principal> {
    try {
      const { principal, service } = await verifySigV4(req, (id) => this.principal(id));
      if (service !== 'sts') throw new StsError(400, 'InvalidClientTokenId', `signed for ${service}, not sts`);
      return principal;
    } catch (error) {
      if (error instanceof SigV4Error) throw new StsError(error.status, error.code, error.message);
      throw error;
    }
  }

  /** New session credentials for a role, registered with the secret guard. */
  private issue(role: Role, sessionName: string, duration: number): IssuedCredentials {
    const [, partition, , , account, resource = ''] = role.arn.split(':');
    const roleName = resource.split('/').pop() ?? '';
    const lifetime = Math.min(duration, this.lifetimes.shift() ?? this.lifetimeSeconds ?? duration);
    const creds: IssuedCredentials = {
      accessKeyId: minted(`ASIA${randomBytes(10).toString('hex').toUpperCase().slice(0, 16)}`),
      secretAccessKey: minted(randomBytes(30).toString('base64')),
      sessionToken: minted(`IQoJb3JpZ2luX2Vj${randomBytes(300).toString('base64')}`),
      expiration: new Date(Date.now() + lifetime * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      assumedRoleArn: `arn:${partition}:sts::${account}:assumed-role/${roleName}/${sessionName}`,
    };
    this.issued.push(creds);
    return creds;
  }

  private credentialsXml(creds: IssuedCredentials, sessionName: string): string {
    return (
      `<AssumedRoleUser><Arn>${xml(creds.assumedRoleArn)}</Arn><AssumedRoleId>AROA${randomBytes(8).toString('hex').toUpperCase()}:${xml(sessionName)}</AssumedRoleId></AssumedRoleUser>` +
      `<Credentials><AccessKeyId>${creds.accessKeyId}</AccessKeyId><SecretAccessKey>${xml(creds.secretAccessKey)}</SecretAccessKey>` +
      `<SessionToken>${xml(creds.sessionToken)}</SessionToken><Expiration>${creds.expiration}</Expiration></Credentials>`
    );
  }

  private assumeRole(params: Record<string, string>, principal: Principal, requestId: string): string {
    this.validate(params);
    this.validateChainOptions(params);
    const role = this.roles.get(params.RoleArn ?? '');
    const denied = (action: string) =>
      new StsError(
        403,
        'AccessDenied',
        `User: ${principal.arn} is not authorized to perform: ${action} on resource: ${params.RoleArn}`,
      );
    if (!role || (role.trustedPrincipals && !role.trustedPrincipals.includes(principal.arn))) {
      throw denied('sts:AssumeRole');
    }
    if (role.externalId !== undefined && params.ExternalId !== role.externalId) throw denied('sts:AssumeRole');
    if (tagsOf(params).length > 0 && role.allowTagSession === false) throw denied('sts:TagSession');
    if (params.SourceIdentity !== undefined && role.allowSourceIdentity === false) {
      throw denied('sts:SetSourceIdentity');
    }
    const duration = params.DurationSeconds === undefined ? 3600 : Number(params.DurationSeconds);
    if (principal.sessionToken && duration > 3600) {
      throw new StsError(
        400,
        'ValidationError',
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
      );
    }
    const sessionName = params.RoleSessionName ?? '';
    const creds = this.issue(role, sessionName, duration);
    return (
      `<AssumeRoleResponse xmlns="${NS}"><AssumeRoleResult>${this.credentialsXml(creds, sessionName)}</AssumeRoleResult>` +
      `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></AssumeRoleResponse>`
    );
  }

  private callerIdentity(principal: Principal, requestId: string): string {
    return (
      `<GetCallerIdentityResponse xmlns="${NS}"><GetCallerIdentityResult><Arn>${xml(principal.arn)}</Arn>` +
      `<UserId>AIDA${randomBytes(8).toString('hex').toUpperCase()}</UserId><Account>${principal.arn.split(':')[4] ?? ''}</Account>` +
      `</GetCallerIdentityResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`
    );
  }

  /**
   * What STS checks of the chained-role options (AssumeRole API reference): at most 50 session tags, keys of 1–128 and
   * values of 0–256 characters of [\p{L}\p{Z}\p{N}_.:/=+\-@], no key twice (case-insensitively), transitive keys among
   * the tags; an external ID of 2–1224 of [\w+=,.@:/-]; a source identity of 2–64 of [\w+=,.@-], not starting aws:.
   */
  private validateChainOptions(params: Record<string, string>): void {
    const tags = tagsOf(params);
    const tagChars = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
    const problems: string[] = [];
    if (tags.length > 50)
      problems.push(`Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50`);
    for (const { key, value } of tags) {
      if (key.length < 1 || key.length > 128 || !tagChars.test(key))
        problems.push(`Value '${key}' at 'tags.key' failed to satisfy constraint`);
      if (value.length > 256 || !tagChars.test(value))
        problems.push(`Value at 'tags.value' failed to satisfy constraint`);
    }
    const lower = tags.map((t) => t.key.toLowerCase());
    if (new Set(lower).size !== lower.length) problems.push('Duplicate tag keys found');
    for (const key of listOf(params, 'TransitiveTagKeys')) {
      if (!lower.includes(key.toLowerCase())) problems.push(`Transitive tag key ${key} is not a session tag`);
    }
    if (params.ExternalId !== undefined && !/^[\w+=,.@:/-]{2,1224}$/.test(params.ExternalId)) {
      problems.push(`Value at 'externalId' failed to satisfy constraint`);
    }
    if (
      params.SourceIdentity !== undefined &&
      (!/^[\w+=,.@-]{2,64}$/.test(params.SourceIdentity) || /^aws:/i.test(params.SourceIdentity))
    ) {
      problems.push(`Value at 'sourceIdentity' failed to satisfy constraint`);
    }
    if (problems.length > 0) {
      throw new StsError(
        400,
        'ValidationError',
        `${problems.length} validation error${problems.length > 1 ? 's' : ''} detected: ${problems.join('; ')}`,
      );
    }
  }

  private validate(params: Record<string, string>): void {
    const problems: string[] = [];
    const name = params.RoleSessionName ?? '';
    if (!/^[\w+=,.@-]{2,64}$/.test(name)) {
      problems.push(
        `Value '${name}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
      );
    }
    const duration = params.DurationSeconds === undefined ? 3600 : Number(params.DurationSeconds);
    if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
      problems.push(
        `Value '${params.DurationSeconds}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
      );
    }
    if ((params.RoleArn ?? '').length < 20) {
      problems.push(
        `Value '${params.RoleArn ?? ''}' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20`,
      );
    }
    if (problems.length > 0) {
      throw new StsError(
        400,
        'ValidationError',
        `${problems.length} validation error${problems.length > 1 ? 's' : ''} detected: ${problems.join('; ')}`,
      );
    }
  }

  private async verify(token: string): Promise<JWTPayload> {
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw new StsError(
        400,
        'InvalidIdentityToken',
        'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)',
      );
    }
    const provider = this.providers.find((p) => p.url === unverified.iss);
    if (!provider) {
      throw new StsError(
        400,
        'InvalidIdentityToken',
        `No OpenIDConnect provider found in your account for ${unverified.iss ?? ''}`,
      );
    }
    let jwks = this.jwks.get(provider.jwksUrl);
    if (!jwks) {
      jwks = createRemoteJWKSet(new URL(provider.jwksUrl));
      this.jwks.set(provider.jwksUrl, jwks);
    }
    try {
      const { payload } = await jwtVerify(token, jwks, { algorithms: ['RS256'], issuer: provider.url });
      const auds = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
      if (!auds.some((a) => a !== undefined && provider.audiences.includes(a))) {
        throw new StsError(400, 'InvalidIdentityToken', 'Incorrect token audience');
      }
      return payload;
    } catch (error) {
      if (error instanceof StsError) throw error;
      if (error instanceof joseErrors.JWTExpired) {
        const now = Math.floor(Date.now() / 1000);
        throw new StsError(
          400,
          'ExpiredTokenException',
          `Token expired: current date/time ${now} must be before the expiration date/time${unverified.exp}`,
        );
      }
      throw new StsError(400, 'InvalidIdentityToken', 'Signature verification failed');
    }
  }

  private async assume(params: Record<string, string>, requestId: string): Promise<string> {
    this.validate(params);
    const claims = await this.verify(params.WebIdentityToken ?? '');
    const role = this.roles.get(params.RoleArn ?? '');
    const byAudience = (c: JWTPayload) =>
      c.aud === 'sts.amazonaws.com' || (Array.isArray(c.aud) && c.aud.includes('sts.amazonaws.com'));
    const trusted = role?.trust ?? byAudience;
    if (!role || !trusted(claims)) {
      throw new StsError(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    }
    const duration = params.DurationSeconds === undefined ? 3600 : Number(params.DurationSeconds);
    if (duration > (role.maxSessionDuration ?? 3600)) {
      throw new StsError(
        400,
        'ValidationError',
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      );
    }
    if (params.Policy !== undefined) {
      try {
        JSON.parse(params.Policy);
      } catch {
        throw new StsError(400, 'MalformedPolicyDocument', 'The policy is not in the valid JSON format.');
      }
    }
    const [, partition, , , account] = role.arn.split(':');
    const creds = this.issue(role, params.RoleSessionName ?? '', duration);
    const issuerHost = (claims.iss ?? BITRISE_ISSUER).replace(/^https:\/\//, '');
    return (
      `<AssumeRoleWithWebIdentityResponse xmlns="${NS}"><AssumeRoleWithWebIdentityResult>` +
      `<Audience>${xml(String(claims.aud))}</Audience>` +
      `<Provider>arn:${partition}:iam::${account}:oidc-provider/${xml(issuerHost)}</Provider>` +
      this.credentialsXml(creds, params.RoleSessionName ?? '') +
      `<SubjectFromWebIdentityToken>${xml(String(claims.sub))}</SubjectFromWebIdentityToken>` +
      `</AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata>` +
      '</AssumeRoleWithWebIdentityResponse>'
    );
  }

  close(): Promise<void> {
    return this.server.close();
  }
}
