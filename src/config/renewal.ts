/**
 * What a refresh renewal (`credential-process`, run by a profile's credential_process line) replays: one saved target
 * and its outcome, never raw inputs. The step saves the profile's target with the targets it is assumed through (its
 * source, the source's source…), each with the session STS granted, and the STS endpoint the step actually used. The
 * renewal reads the file back through the step's own parsers, as input, and runs the same exchange.
 * Which step inputs take part is the `travels` column of the input table (table.ts).
 */
import { StepError } from '../core/errors';
import { endpointLabel, secureUrl } from '../net/endpoints';
import { parseExternalId, parseSessionTags, parseSourceIdentity } from './assume-role-values';
import {
  CHAINED_SESSION_SECONDS,
  parseAudience,
  parsePolicyArns,
  parseRegion,
  parseRoleArn,
  parseSessionName,
  parseSessionPolicy,
  type RoleSession,
  SESSION_SECONDS,
} from './aws-values';
import { type Env, Inputs } from './inputs';
import type { AuthenticateConfig, ProfileConfig, Target } from './model';
import { AUTHENTICATE_INPUTS } from './table';
import { parseBitriseApi } from './token-source';

/** A role session as saved: plain JSON, every field re-checked by its parser when read. */
export interface SavedSession {
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  sessionPolicy?: string;
  managedSessionPolicies: string[];
  externalId?: string;
  /** `"key"="value"` lines, as `chain_session_tags` takes them. */
  tags: string[];
  transitiveTagKeys: string[];
  sourceIdentity?: string;
}

export interface RenewalFile {
  version: 2;
  profile: string;
  region: string;
  identity: { audience: string; buildUrl: string };
  /** The first is assumed with the identity, each next one with the one before; the last is the profile's. */
  targets: Array<{ name: string; session: SavedSession }>;
  /** Where every STS call of the renewal goes: the endpoint the step used, whatever the calling process sets. */
  stsEndpoint: string;
  allowInsecureHttp: boolean;
  allowedAccounts: string[] | null;
  maskAccount: boolean;
  checkIdentity: boolean;
  timeoutSeconds: number;
  /** The first role's trust policy, to explain a refusal. */
  trustPolicy: unknown;
}

function savedSession(session: RoleSession): SavedSession {
  return {
    roleArn: session.role.arn,
    sessionName: session.sessionName,
    durationSeconds: session.durationSeconds,
    ...(session.sessionPolicy === undefined ? {} : { sessionPolicy: session.sessionPolicy }),
    managedSessionPolicies: session.managedSessionPolicies,
    ...(session.externalId === undefined ? {} : { externalId: session.externalId }),
    tags: (session.tags ?? []).map((t) => `"${t.key}"="${t.value}"`),
    transitiveTagKeys: session.transitiveTagKeys ?? [],
    ...(session.sourceIdentity === undefined ? {} : { sourceIdentity: session.sourceIdentity }),
  };
}

/** The profile's target and those it is assumed through, first to last. */
function chainOf(config: AuthenticateConfig, name: string): Target[] {
  const chain: Target[] = [];
  for (let next: string | undefined = name; next !== undefined; ) {
    const target = config.targets.find((t) => t.name === next);
    if (!target || chain.includes(target)) throw new Error(`no target chain to ${name}`);
    chain.unshift(target);
    next = target.source.kind === 'target' ? target.source.name : undefined;
  }
  return chain;
}

/** What the step saves for a refresh profile: its target chain as granted, and where STS was reached. */
export function renewalOf(
  config: AuthenticateConfig,
  profile: Extract<ProfileConfig, { refresh: true }>,
  /** The Run phase's outcome per target: the session as STS granted it, and the endpoint that answered. */
  assumed: ReadonlyMap<string, { session: RoleSession; endpoint: string }>,
): RenewalFile {
  if (config.identity.kind !== 'token') throw new Error('a renewal needs the identity token');
  const chain = chainOf(config, profile.target);
  const outcome = (t: Target) => assumed.get(t.name);
  return {
    version: 2,
    profile: profile.name,
    region: config.region,
    identity: { audience: config.identity.audience, buildUrl: profile.api.buildUrl.href },
    targets: chain.map((t) => ({ name: t.name, session: savedSession(outcome(t)?.session ?? t.session) })),
    stsEndpoint:
      outcome(chain.at(-1) as Target)?.endpoint ||
      (config.aws.endpoints.sts?.href ?? endpointLabel(config.aws, 'sts', config.region)),
    allowInsecureHttp: config.aws.allowInsecure,
    allowedAccounts: config.allowedAccounts ?? null,
    maskAccount: config.maskAccount,
    checkIdentity: config.checkIdentity,
    timeoutSeconds: config.timeoutSeconds,
    trustPolicy: chain[0]?.trustPolicy ?? null,
  };
}

/** A saved session read back through the step's parsers. */
function sessionOf(saved: SavedSession, region: string, first: boolean): RoleSession {
  const role = parseRoleArn('role_arn', saved.roleArn, region);
  const { min, max } = first ? SESSION_SECONDS : CHAINED_SESSION_SECONDS;
  if (!Number.isInteger(saved.durationSeconds) || saved.durationSeconds < min || saved.durationSeconds > max) {
    throw new StepError(`it holds a session duration outside ${min} to ${max} s`);
  }
  const tags = parseSessionTags('chain_session_tags', saved.tags);
  for (const key of saved.transitiveTagKeys) {
    if (!tags.some((t) => t.key === key)) throw new StepError(`it holds the transitive key ${key} without its tag`);
  }
  return {
    role,
    sessionName: parseSessionName('session_name', saved.sessionName),
    durationSeconds: saved.durationSeconds,
    sessionPolicy:
      saved.sessionPolicy === undefined ? undefined : parseSessionPolicy('session_policy', saved.sessionPolicy),
    managedSessionPolicies: parsePolicyArns('managed_session_policies', saved.managedSessionPolicies, role.partition),
    externalId: saved.externalId === undefined ? undefined : parseExternalId('chain_external_id', saved.externalId),
    tags,
    transitiveTagKeys: saved.transitiveTagKeys,
    sourceIdentity:
      saved.sourceIdentity === undefined
        ? undefined
        : parseSourceIdentity('chain_source_identity', saved.sourceIdentity),
  };
}

/**
 * The renewal's config, from the saved file alone, checked as input; the build's API token is read now
 * (BITRISE_BUILD_API_TOKEN). Nothing else of the calling process's environment is read: not its AWS endpoints.
 */
export function renewalConfig(file: RenewalFile, env: Env, verbose: boolean): AuthenticateConfig {
  const region = parseRegion('region', file.region);
  const audience = parseAudience(file.identity.audience);
  const inputs = new Inputs(
    { build_url: file.identity.buildUrl, build_api_token: env.BITRISE_BUILD_API_TOKEN },
    AUTHENTICATE_INPUTS,
  );
  const api = parseBitriseApi(
    inputs,
    'The renewal runs in a later step of the same build, where Bitrise sets BITRISE_BUILD_API_TOKEN.',
    file.allowInsecureHttp,
  );
  const sts = secureUrl('The saved STS endpoint', file.stsEndpoint, file.allowInsecureHttp);
  const targets: Target[] = file.targets.map(({ name, session }, i) => ({
    name,
    origin: i === file.targets.length - 1 ? `the profile ${file.profile}` : `the role it is assumed through (${name})`,
    session: sessionOf(session, region, i === 0),
    source: i === 0 ? { kind: 'identity' } : { kind: 'target', name: file.targets[i - 1]?.name ?? '' },
    trustPolicy: i === 0 ? (file.trustPolicy ?? undefined) : undefined,
  }));
  const allowed = file.allowedAccounts ?? undefined;
  return {
    identity: { kind: 'token', token: api, audience },
    targets,
    exported: targets.at(-1)?.name,
    region,
    aws: { endpoints: { sts }, allowInsecure: file.allowInsecureHttp, useFips: false, useDualstack: false },
    profiles: [],
    exportEnv: true,
    exportIdentity: false,
    ecrRegistries: undefined,
    ecrPasswordOutput: false,
    allowedAccounts: allowed,
    maskAccount: file.maskAccount,
    checkIdentity: file.checkIdentity,
    timeoutSeconds: file.timeoutSeconds,
    insecureUrls: [],
    verbose,
    shown: [],
    secrets: [api.apiToken, ...(file.maskAccount ? targets.map((t) => t.session.role.accountId) : [])],
  };
}
