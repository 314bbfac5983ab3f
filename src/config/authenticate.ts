import { InputError } from '../errors';
import {
  parseAudience,
  parsePolicyArns,
  parseRegion,
  parseRoleArn,
  parseSessionName,
  parseSessionPolicy,
  type RoleArn,
  sanitiseSessionName,
} from './aws';
import { parseEcrRegistries, type Registry } from './ecr';
import { checkAwsEndpoints, type Env, Inputs, isInsecureHttp, type ShownInput } from './inputs';
import { parseTokenSource, type TokenSource } from './token-source';

export interface AuthenticateConfig {
  role: RoleArn;
  audience: string;
  region: string;
  sessionName: string;
  durationSeconds: number;
  sessionPolicy: string | undefined;
  managedSessionPolicies: string[];
  token: TokenSource;
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
export function parseAuthenticateConfig(env: Env): AuthenticateConfig {
  const inputs = new Inputs(env);
  const region = parseRegion('region', inputs.withDefault('region', DEFAULT_REGION));
  const role = parseRoleArn(
    'role_arn',
    inputs.required('role_arn', 'Example: arn:aws:iam::123456789012:role/bitrise-deploy.'),
    region,
  );
  const audience = parseAudience(inputs.withDefault('audience', DEFAULT_AUDIENCE));
  const name = sessionName(inputs, env);
  const durationSeconds = inputs.integer('duration_seconds', { min: 900, max: 43200, fallback: 3600 });
  const policy = inputs.optional('session_policy');
  const sessionPolicy = policy === undefined ? undefined : parseSessionPolicy('session_policy', policy);
  const managedSessionPolicies = parsePolicyArns(
    'managed_session_policies',
    inputs.lines('managed_session_policies'),
    role.partition,
  );
  const ecrRegistries = parseEcrRegistries(inputs, role, region);
  const trustPolicy = parseTrustPolicy(inputs.optional('trust_policy'));
  const timeoutSeconds = parseTimeout(inputs);
  const allowInsecure = inputs.bool('allow_insecure_http', false);
  const token = parseTokenSource(inputs, allowInsecure);
  const insecureUrls = checkAwsEndpoints(env, allowInsecure);
  if (token.kind === 'bitrise' && isInsecureHttp(token.buildUrl)) insecureUrls.push(token.buildUrl);
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
    trustPolicy,
    ecrRegistries,
    timeoutSeconds,
    insecureUrls,
    verbose,
    shown: inputs.shown,
  };
}
