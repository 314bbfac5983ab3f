import { InputError } from '../errors';
import {
  parseAudience,
  parsePolicyArns,
  parseRegion,
  parseRoleArn,
  parseSessionName,
  parseSessionPolicy,
  partitionOfRegion,
  type RoleArn,
  sanitiseSessionName,
} from './aws';
import { parseEcrRegistries, type Registry } from './ecr';
import { checkAwsEndpoints, type Env, Inputs, isInsecureHttp, type ShownInput } from './inputs';
import { parseTokenSource, type TokenSource } from './token-source';

/** Long-term access keys of an IAM user (`access_key_id`, `secret_access_key`), instead of an identity token. */
export interface AccessKeys {
  accessKeyId: string;
  secretAccessKey: string;
}

/** A second role assumed with the first role's credentials; its credentials are the ones published. */
export interface ChainConfig {
  role: RoleArn;
  sessionName: string;
  durationSeconds: number;
}

export interface ProfileConfig {
  name: string;
  /** Write credential_process instead of the credentials, so tools get fresh ones when they expire. */
  refresh: boolean;
}

export interface AuthenticateConfig {
  /** The role to assume; undefined only when access keys are used as they are. */
  role: RoleArn | undefined;
  audience: string;
  region: string;
  sessionName: string;
  durationSeconds: number;
  sessionPolicy: string | undefined;
  managedSessionPolicies: string[];
  /** Where the identity token comes from; undefined with access keys. */
  token: TokenSource | undefined;
  accessKeys: AccessKeys | undefined;
  chain: ChainConfig | undefined;
  profile: ProfileConfig | undefined;
  /** Publish the credentials as environment variables for later steps (`export_env`). */
  exportEnv: boolean;
  /** The role's trust policy (parsed JSON), to explain an AccessDenied; undefined when not given. */
  trustPolicy: unknown;
  /** The registries to docker login to, or undefined when `docker_login` is off. */
  ecrRegistries: Registry[] | undefined;
  timeoutSeconds: number;
  /** Plain-http URLs to non-loopback hosts the user allowed with `allow_insecure_http`, for a warning. */
  insecureUrls: URL[];
  verbose: boolean;
  /** What was read, for the config section of the log (secrets redacted). */
  shown: ShownInput[];
}

export const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
export const DEFAULT_REGION = 'us-east-1';

/** The overall time limit, in seconds, shared by both steps. */
export function parseTimeout(inputs: Inputs): number {
  return inputs.integer('timeout_seconds', { min: 5, max: 3600, fallback: 120 });
}

/**
 * The session name: a user-supplied one is validated; the default (`bitrise-$BITRISE_BUILD_NUMBER`, also when the
 * input is empty or arrived unexpanded) is built from the build number and sanitised.
 */
function sessionName(inputs: Inputs, env: Env): string {
  const value = inputs.optional('session_name');
  const defaultName = `bitrise-${env.BITRISE_BUILD_NUMBER ?? ''}`;
  if (value === undefined || value === defaultName || value === 'bitrise-$BITRISE_BUILD_NUMBER') {
    const name = sanitiseSessionName(env.BITRISE_BUILD_NUMBER ? defaultName : 'bitrise-local');
    inputs.show('session_name', `${name} (default)`);
    return name;
  }
  return parseSessionName('session_name', value);
}

/** The optional `trust_policy` input: JSON with a Statement, checked before any call. */
function parseTrustPolicy(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  let policy: unknown;
  try {
    policy = JSON.parse(value);
  } catch (error) {
    throw new InputError(
      'trust_policy',
      `is not valid JSON (${(error as Error).message}).`,
      "Paste the role's trust policy document.",
    );
  }
  if (typeof policy !== 'object' || policy === null || !('Statement' in policy)) {
    throw new InputError('trust_policy', 'is JSON but not a policy document: it needs a "Statement".');
  }
  return policy;
}

/** Reads and validates every input of the Authenticate step. Throws an InputError naming the first bad input. */
/** `access_key_id` and `secret_access_key`: both or neither. */
function parseAccessKeys(inputs: Inputs): AccessKeys | undefined {
  const accessKeyId = inputs.optional('access_key_id', { sensitive: true });
  const secretAccessKey = inputs.optional('secret_access_key', { sensitive: true });
  if (accessKeyId === undefined && secretAccessKey === undefined) return undefined;
  if (accessKeyId === undefined || secretAccessKey === undefined) {
    throw new InputError(
      accessKeyId === undefined ? 'access_key_id' : 'secret_access_key',
      'is empty, but `access_key_id` and `secret_access_key` go together.',
      "Set both, or neither to use the build's identity token.",
    );
  }
  if (!/^[A-Z0-9]{16,128}$/.test(accessKeyId)) {
    throw new InputError('access_key_id', 'is not an AWS access key ID (16 to 128 capital letters and digits).');
  }
  return { accessKeyId, secretAccessKey };
}

function parseChain(inputs: Inputs, region: string, defaultSession: string): ChainConfig | undefined {
  const arn = inputs.optional('chain_role_arn');
  if (arn === undefined) return undefined;
  const role = parseRoleArn('chain_role_arn', arn, region);
  const name = inputs.optional('chain_session_name');
  const sessionName = name === undefined ? defaultSession : parseSessionName('chain_session_name', name);
  // Role chaining limits a session to one hour.
  const durationSeconds = inputs.integer('chain_duration_seconds', { min: 900, max: 3600, fallback: 3600 });
  return { role, sessionName, durationSeconds };
}

function parseProfile(inputs: Inputs): ProfileConfig | undefined {
  const name = inputs.optional('profile_name');
  const refresh = inputs.bool('refresh', false);
  if (name === undefined) {
    if (refresh)
      throw new InputError('refresh', 'is "true", but `profile_name` is empty: refresh works through a profile.');
    return undefined;
  }
  if (!/^[\w.+=,@-]{1,64}$/.test(name)) {
    throw new InputError(
      'profile_name',
      `must be 1 to 64 of letters, digits and _.+=,@-, got ${JSON.stringify(name)}.`,
    );
  }
  return { name, refresh };
}

export function parseAuthenticateConfig(env: Env): AuthenticateConfig {
  const inputs = new Inputs(env);
  const region = parseRegion('region', inputs.withDefault('region', DEFAULT_REGION));
  const accessKeys = parseAccessKeys(inputs);
  const roleValue = accessKeys
    ? inputs.optional('role_arn')
    : inputs.required('role_arn', 'Example: arn:aws:iam::123456789012:role/bitrise-deploy.');
  const role = roleValue === undefined ? undefined : parseRoleArn('role_arn', roleValue, region);
  const audience = parseAudience(inputs.withDefault('audience', DEFAULT_AUDIENCE));
  const name = sessionName(inputs, env);
  const durationSeconds = inputs.integer('duration_seconds', { min: 900, max: 43200, fallback: 3600 });
  const policy = inputs.optional('session_policy');
  const sessionPolicy = policy === undefined ? undefined : parseSessionPolicy('session_policy', policy);
  const partition = role?.partition ?? partitionOfRegion(region);
  const managedSessionPolicies = parsePolicyArns(
    'managed_session_policies',
    inputs.lines('managed_session_policies'),
    partition,
  );
  const chain = parseChain(inputs, region, name);
  if (chain && !role) throw new InputError('chain_role_arn', 'needs `role_arn`: the first role of the chain.');
  const finalRole = chain?.role ?? role;
  const profile = parseProfile(inputs);
  const exportEnv = inputs.bool('export_env', true);
  if (!exportEnv && !profile) {
    throw new InputError('export_env', 'is "false" and `profile_name` is empty, so the credentials would go nowhere.');
  }
  const ecrRegistries = parseEcrRegistries(inputs, finalRole, region, partition);
  const trustPolicy = parseTrustPolicy(inputs.optional('trust_policy'));
  const timeoutSeconds = parseTimeout(inputs);
  const allowInsecure = inputs.bool('allow_insecure_http', false);
  let token: TokenSource | undefined;
  if (accessKeys) {
    const other = ['web_identity_token', 'web_identity_token_file'].find((key) =>
      inputs.optional(key, { sensitive: true }),
    );
    if (other) {
      throw new InputError(
        other,
        'is set together with `access_key_id` and `secret_access_key`; use either the access keys or a token.',
      );
    }
    if (profile?.refresh) {
      throw new InputError('refresh', "works with the build's identity token only, not with access keys.");
    }
  } else {
    token = parseTokenSource(inputs, allowInsecure);
    if (profile?.refresh && token.kind !== 'bitrise') {
      throw new InputError(
        'refresh',
        'needs the Bitrise API to mint fresh tokens, but the token comes from `web_identity_token(_file)`.',
      );
    }
  }
  const insecureUrls = checkAwsEndpoints(env, allowInsecure);
  if (token?.kind === 'bitrise' && isInsecureHttp(token.buildUrl)) insecureUrls.push(token.buildUrl);
  const verbose = inputs.bool('verbose', false);
  return {
    role,
    audience,
    region,
    sessionName: name,
    durationSeconds,
    sessionPolicy,
    managedSessionPolicies,
    token,
    accessKeys,
    chain,
    profile,
    exportEnv,
    trustPolicy,
    ecrRegistries,
    timeoutSeconds,
    insecureUrls,
    verbose,
    shown: inputs.shown,
  };
}
