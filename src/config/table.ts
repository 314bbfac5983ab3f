/**
 * The one table of the steps' inputs: key, default and sensitivity, as step.yml declares them (a test holds the two
 * together), and what the CLI says of the flag made from each key (`role_arn` → `--role-arn`). Config reads inputs
 * through it; the CLI builds its flags from it.
 */
export interface InputSpec {
  readonly key: string;
  /** The default when the input is empty; `$NAME` is the value of the environment variable NAME. */
  readonly fallback?: string;
  readonly sensitive?: boolean;
  /** What the CLI's --help says of the flag. */
  readonly describe: string;
}

const shared = {
  timeout: { key: 'timeout_seconds', fallback: '120', describe: 'overall time limit in seconds, retries included' },
  insecure: {
    key: 'allow_insecure_http',
    fallback: 'false',
    describe: 'allow plain http to hosts other than loopback',
  },
  buildUrl: { key: 'build_url', fallback: '$BITRISE_BUILD_URL', describe: 'the build URL' },
  apiToken: {
    key: 'build_api_token',
    fallback: '$BITRISE_BUILD_API_TOKEN',
    sensitive: true,
    describe: 'the build API token',
  },
  verbose: { key: 'verbose', fallback: 'false', describe: 'log the request flow (never a secret)' },
} as const satisfies Record<string, InputSpec>;

/**
 * Whether a refresh renewal uses an input: `true` when its validated value is saved with the target the renewal
 * replays (renewal.ts), else why not. A test holds this column complete.
 */
export type Travels = true | string;

const ECR = 'docker logins are made once, by the step; the renewal prints credentials only';
const TOKEN_INPUT = 'refresh needs the Bitrise API (a token input is refused with refresh)';
const KEYS = 'refresh works with the identity token only; and a secret is never stored';
const PROFILE = 'the profile is what runs the renewal';
const ENDPOINT = 'the renewal uses the STS endpoint the step actually used, saved with the target';

export const AUTHENTICATE_INPUTS: ReadonlyArray<InputSpec & { travels: Travels }> = [
  { key: 'role_arn', describe: 'ARN of the role to assume', travels: true },
  { key: 'region', fallback: 'us-east-1', describe: 'AWS region', travels: true },
  { key: 'audience', fallback: 'sts.amazonaws.com', describe: 'audience of the identity token', travels: true },
  {
    key: 'session_name',
    fallback: 'bitrise-$BITRISE_BUILD_NUMBER',
    describe: 'role session name',
    travels: true,
  },
  {
    key: 'duration_seconds',
    fallback: '3600',
    describe: 'session duration, 900-43200',
    travels: true,
  },
  { key: 'session_policy', describe: 'inline session policy JSON', travels: true },
  { key: 'managed_session_policies', describe: 'managed policy ARNs, one per line', travels: true },
  { key: 'trust_policy', describe: "the role's trust policy JSON, to explain a refusal", travels: true },
  { key: 'docker_login', fallback: 'false', describe: 'log docker in to Amazon ECR (Linux)', travels: ECR },
  { key: 'ecr_registries', describe: 'registries for docker_login', travels: ECR },
  { key: 'web_identity_token', sensitive: true, describe: 'the identity token itself', travels: TOKEN_INPUT },
  { key: 'web_identity_token_file', describe: 'a file holding the identity token', travels: TOKEN_INPUT },
  {
    key: 'access_key_id',
    sensitive: true,
    describe: "an IAM user's access key ID, instead of a token",
    travels: KEYS,
  },
  { key: 'secret_access_key', sensitive: true, describe: 'the secret of the access key', travels: KEYS },
  { key: 'chain_role_arn', describe: "a second role, assumed with the first role's credentials", travels: true },
  { key: 'chain_session_name', describe: 'the second role session name', travels: true },
  {
    key: 'chain_duration_seconds',
    fallback: '3600',
    describe: 'the second session duration, 900-3600',
    travels: true,
  },
  { key: 'chain_external_id', describe: "the external ID the second role's trust policy requires", travels: true },
  { key: 'chain_session_tags', describe: 'session tags for the second role, key=value per line', travels: true },
  { key: 'chain_transitive_tag_keys', describe: 'tag keys that pass on to further roles', travels: true },
  { key: 'chain_source_identity', describe: 'the source identity of the second session', travels: true },
  {
    key: 'roles',
    describe: 'more roles, one <profile>=<role ARN> per line, each written to its profile',
    travels: true,
  },
  {
    key: 'roles_chain',
    fallback: 'false',
    describe: 'assume each of the roles with the main role session (hub and spokes), not with the token',
    travels: true,
  },
  {
    key: 'allowed_account_ids',
    describe: 'the only accounts the credentials may belong to',
    travels: true,
  },
  {
    key: 'mask_account_id',
    fallback: 'false',
    describe: 'publish the account and role ARN as sensitive',
    travels: true,
  },
  {
    key: 'check_identity',
    fallback: 'false',
    describe: 'check the credentials with GetCallerIdentity',
    travels: true,
  },
  {
    key: 'use_fips_endpoint',
    fallback: 'false',
    describe: 'use the FIPS endpoints of STS and ECR',
    travels: ENDPOINT,
  },
  {
    key: 'use_dualstack_endpoint',
    fallback: 'false',
    describe: 'use the dual-stack (IPv6) endpoints',
    travels: ENDPOINT,
  },
  { key: 'ecr_password_output', fallback: 'false', describe: 'publish the ECR password (sensitive)', travels: ECR },
  { key: 'profile_name', describe: 'also write the credentials into this AWS profile', travels: PROFILE },
  {
    key: 'export_env',
    fallback: 'true',
    describe: 'publish the credentials as AWS_* variables (off: only the profile gets them)',
    travels: 'the renewal prints its credentials to the tool that asked for them',
  },
  {
    key: 'export_identity_env',
    fallback: 'false',
    describe: 'also publish AWS_ACCOUNT_ID and AWS_ASSUMED_ROLE_ARN (two more envman calls)',
    travels: 'the renewal prints its credentials to the tool that asked for them',
  },
  {
    key: 'refresh',
    fallback: 'false',
    describe: 'write credential_process into the profile(s): fresh credentials when these expire',
    travels: PROFILE,
  },
  { ...shared.timeout, travels: true },
  { ...shared.insecure, travels: true },
  { ...shared.buildUrl, travels: true },
  { ...shared.apiToken, travels: 'a secret: read at each renewal from BITRISE_BUILD_API_TOKEN, never stored' },
  {
    ...shared.verbose,
    travels:
      'the renewal is quiet on success (tools copy its stderr into the log); run credential-process --verbose by hand',
  },
];

export const IDENTITY_TOKEN_INPUTS: readonly InputSpec[] = [
  { key: 'audience', describe: 'audience of the token' },
  { key: 'token_file', describe: 'also write the token to this file (0600)' },
  shared.timeout,
  shared.insecure,
  shared.buildUrl,
  shared.apiToken,
  shared.verbose,
];

/** The CLI flag of an input key. */
export const flagOf = (key: string) => key.replace(/_/g, '-');
