/**
 * Config of the Authenticate step: every input read and validated before anything is sent, into a type that cannot
 * hold an impossible combination (a token and access keys, a token without a role, refresh without the Bitrise API).
 */
import { InputError } from '../core/errors';
import { PolicyDocumentError, parsePolicyDocument } from '../core/policy-document';
import type { AwsAccess } from '../net/endpoints';
import { parseAllowedAccounts } from './allowed-accounts';
import {
  parseAudience,
  parsePolicyArns,
  parseRegion,
  parseRoleArn,
  parseSessionName,
  parseSessionPolicy,
  partitionOfRegion,
  type RoleArn,
  type RoleSession,
  sanitiseSessionName,
} from './aws-values';
import { parseChain } from './chain';
import { parseEcr, type Registry } from './ecr';
import { type Env, Inputs, type ShownInput } from './inputs';
import { insecureUrlsOf, parseAccess } from './reach';
import { AUTHENTICATE_INPUTS } from './table';
import { type BitriseApi, parseTokenSource, type TokenSource } from './token-source';

/** Long-term access keys of an IAM user (`access_key_id`, `secret_access_key`), instead of an identity token. */
export interface AccessKeys {
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * How the step gets its first credentials: an identity token exchanged for a role session, or access keys (used to
 * assume a role, or, without one, published as they are).
 */
export type AuthSource =
  | { kind: 'token'; token: TokenSource; audience: string; session: RoleSession }
  | { kind: 'keys'; keys: AccessKeys; session: RoleSession | undefined };

/** A profile in the AWS shared files; with `refresh`, a credential_process line that renews through the Bitrise API. */
export type ProfileConfig = { name: string; refresh: false } | { name: string; refresh: true; api: BitriseApi };

export interface AuthenticateConfig {
  auth: AuthSource;
  /** A second role assumed with the first role's credentials; its credentials are the ones published. */
  chain: RoleSession | undefined;
  region: string;
  /** The AWS endpoints the user set, validated, and the plain-http opt-in. */
  aws: AwsAccess;
  profile: ProfileConfig | undefined;
  /** Publish the credentials as environment variables for later steps (`export_env`). */
  exportEnv: boolean;
  /** The role's trust policy (parsed JSON), to explain an AccessDenied; undefined when not given. */
  trustPolicy: unknown;
  /** The registries to docker login to, or undefined when `docker_login` is off. */
  ecrRegistries: Registry[] | undefined;
  /** Also publish the ECR password (`ecr_password_output`), for tools that do not read docker's config. */
  ecrPasswordOutput: boolean;
  /** The only accounts the credentials may belong to (`allowed_account_ids`); undefined: any. */
  allowedAccounts: string[] | undefined;
  /** Publish the account and the role ARN as sensitive, and keep the account out of the log (`mask_account_id`). */
  maskAccount: boolean;
  /** Check the credentials with GetCallerIdentity after assuming the role (`check_identity`). */
  checkIdentity: boolean;
  timeoutSeconds: number;
  /** Plain-http URLs to non-loopback hosts the user allowed with `allow_insecure_http`, for a warning. */
  insecureUrls: URL[];
  verbose: boolean;
  /** What was read, for the config section of the log (secrets redacted). */
  shown: ShownInput[];
  /** The values of the sensitive inputs, to redact from every line. */
  secrets: string[];
}

/** The overall time limit, in seconds, shared by both steps. */
export function parseTimeout(inputs: Inputs): number {
  return inputs.integer('timeout_seconds', { min: 5, max: 3600 });
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

/** The optional `trust_policy` input: a policy document, checked before any call. */
function parseTrustPolicy(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return parsePolicyDocument(value);
  } catch (error) {
    if (!(error instanceof PolicyDocumentError)) throw error;
    throw new InputError('trust_policy', `${error.message}.`, "Paste the role's trust policy document.");
  }
}

/** `access_key_id` and `secret_access_key`: both or neither. */
function parseAccessKeys(inputs: Inputs): AccessKeys | undefined {
  const accessKeyId = inputs.optional('access_key_id');
  const secretAccessKey = inputs.optional('secret_access_key');
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

/** The first role's session: the role and what the session asks for. */
function parseSession(inputs: Inputs, env: Env, role: RoleArn): RoleSession {
  const name = sessionName(inputs, env);
  const durationSeconds = inputs.integer('duration_seconds', { min: 900, max: 43200 });
  const policy = inputs.optional('session_policy');
  const listed = inputs.lines('managed_session_policies');
  const managed = parsePolicyArns('managed_session_policies', listed, role.partition);
  if (managed.length < listed.length) {
    inputs.show('managed_session_policies', `${managed.join(', ')} (an ARN listed twice is sent once)`);
  }
  // STS counts the inline policy and the managed ARNs together against one limit of 2,048 characters.
  const length = (policy?.length ?? 0) + managed.reduce((sum, arn) => sum + arn.length, 0);
  if (policy !== undefined && managed.length > 0 && length > 2048) {
    throw new InputError(
      'session_policy',
      `and \`managed_session_policies\` are ${length} characters together; STS accepts at most 2048 for both.`,
      'Minify the JSON, or list fewer managed policies.',
    );
  }
  return {
    role,
    sessionName: name,
    durationSeconds,
    sessionPolicy: policy === undefined ? undefined : parseSessionPolicy('session_policy', policy),
    managedSessionPolicies: managed,
  };
}

/** The first credentials' source. Exactly one of: access keys, a token input, the Bitrise API. */
function parseAuth(inputs: Inputs, env: Env, region: string, allowInsecure: boolean): AuthSource {
  const keys = parseAccessKeys(inputs);
  const roleValue = keys
    ? inputs.optional('role_arn')
    : inputs.required('role_arn', 'Example: arn:aws:iam::123456789012:role/bitrise-deploy.');
  const role = roleValue === undefined ? undefined : parseRoleArn('role_arn', roleValue, region);
  const audience = parseAudience(inputs.withDefault('audience'));
  const session = role && parseSession(inputs, env, role);
  if (keys) {
    const other = ['web_identity_token', 'web_identity_token_file'].find((key) => inputs.optional(key));
    if (other) {
      throw new InputError(
        other,
        'is set together with `access_key_id` and `secret_access_key`; use either the access keys or a token.',
      );
    }
    return { kind: 'keys', keys, session };
  }
  if (!session) throw new InputError('role_arn', 'is required but empty.');
  return { kind: 'token', token: parseTokenSource(inputs, allowInsecure), audience, session };
}

function parseProfile(inputs: Inputs, auth: AuthSource): ProfileConfig | undefined {
  const name = inputs.optional('profile_name');
  const refresh = inputs.bool('refresh');
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
  if (!refresh) return { name, refresh: false };
  if (auth.kind === 'keys') {
    throw new InputError('refresh', "works with the build's identity token only, not with access keys.");
  }
  if (auth.token.kind !== 'bitrise') {
    throw new InputError(
      'refresh',
      'needs the Bitrise API to mint fresh tokens, but the token comes from `web_identity_token(_file)`.',
    );
  }
  return { name, refresh: true, api: auth.token };
}

/** Reads and validates every input of the Authenticate step. Throws an InputError naming the first bad input. */
export function parseAuthenticateConfig(env: Env): AuthenticateConfig {
  const inputs = new Inputs(env, AUTHENTICATE_INPUTS);
  const region = parseRegion('region', inputs.withDefault('region'));
  const allowInsecure = inputs.bool('allow_insecure_http');
  const auth = parseAuth(inputs, env, region, allowInsecure);
  const chain = parseChain(inputs, region, auth.session);
  const finalRole = (chain ?? auth.session)?.role;
  const profile = parseProfile(inputs, auth);
  const exportEnv = inputs.bool('export_env');
  if (!exportEnv && !profile) {
    throw new InputError('export_env', 'is "false" and `profile_name` is empty, so the credentials would go nowhere.');
  }
  const partition = auth.session?.role.partition ?? partitionOfRegion(region);
  const ecr = parseEcr(inputs, finalRole, region, partition);
  const allowedAccounts = parseAllowedAccounts(inputs, finalRole);
  const maskAccount = inputs.bool('mask_account_id');
  const checkIdentity = inputs.bool('check_identity');
  const trustPolicy = parseTrustPolicy(inputs.optional('trust_policy'));
  const timeoutSeconds = parseTimeout(inputs);
  const aws = parseAccess(inputs, env, allowInsecure);
  const verbose = inputs.bool('verbose');
  return {
    auth,
    chain,
    region,
    aws,
    profile,
    exportEnv,
    trustPolicy,
    ecrRegistries: ecr.registries,
    ecrPasswordOutput: ecr.passwordOutput,
    allowedAccounts,
    maskAccount,
    checkIdentity,
    timeoutSeconds,
    insecureUrls: insecureUrlsOf(aws, auth),
    verbose,
    shown: inputs.shown,
    // With mask_account_id, the accounts (the role's, the chained role's) are redacted from the log like secrets.
    secrets: maskAccount
      ? [...inputs.secrets, ...[auth.session?.role, chain?.role].flatMap((r) => (r ? [r.accountId] : []))]
      : inputs.secrets,
  };
}
