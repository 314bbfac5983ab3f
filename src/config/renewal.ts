/**
 * What the renewal (`credential-process`, run by the profile's credential_process line) is configured with: the very
 * configuration the step validated. The step saves the inputs that travel (never a secret) and the variables its config
 * read; the renewal parses them with the same parser, so it sends what the step sent. Every input of the step is in
 * RENEWAL_INPUTS: `true` when it travels, else why not (a test holds the table to step.yml).
 */
import { type AuthenticateConfig, parseAuthenticateConfig } from './authenticate';
import type { Env } from './inputs';

/** What the step leaves for the renewal: its validated configuration, as the inputs that travel. */
export interface RenewalFile {
  version: 1;
  profile: string;
  /** The inputs that travel (config/renewal.ts), as the step read them. Never a secret. */
  inputs: Record<string, string>;
  /** The variables the step's config read besides inputs: the build number, the SDK's endpoint variables. */
  environment: Record<string, string>;
  /** The session the credentials belong to: the final role (the chained one, if any) and its duration. */
  session: { roleArn: string; durationSeconds: number };
}

const ECR = 'docker logins are made once, by the step; the renewal prints credentials only';
const TOKEN_INPUT = 'refresh needs the Bitrise API (a token input is refused with refresh)';
const KEYS = 'refresh works with the identity token only; and a secret is never stored';
const PROFILE = 'the profile is what runs the renewal';

export const RENEWAL_INPUTS: Readonly<Record<string, true | string>> = {
  role_arn: true,
  region: true,
  audience: true,
  session_name: true,
  duration_seconds: true,
  session_policy: true,
  managed_session_policies: true,
  trust_policy: true,
  docker_login: ECR,
  ecr_registries: ECR,
  ecr_password_output: ECR,
  web_identity_token: TOKEN_INPUT,
  web_identity_token_file: TOKEN_INPUT,
  access_key_id: KEYS,
  secret_access_key: KEYS,
  chain_role_arn: true,
  chain_session_name: true,
  chain_duration_seconds: true,
  chain_external_id: true,
  chain_session_tags: true,
  chain_transitive_tag_keys: true,
  chain_source_identity: true,
  allowed_account_ids: true,
  mask_account_id: true,
  check_identity: true,
  use_fips_endpoint: true,
  use_dualstack_endpoint: true,
  profile_name: PROFILE,
  refresh: PROFILE,
  export_env: 'the renewal prints its credentials to the tool that asked for them',
  timeout_seconds: true,
  allow_insecure_http: true,
  build_url: true,
  build_api_token: 'a secret: read at each renewal from BITRISE_BUILD_API_TOKEN, never stored',
  verbose:
    'the renewal is quiet on success (tools copy its stderr into the log); run credential-process --verbose by hand',
};

/** The variables besides inputs that the config reads: the build number (session name) and the SDK's endpoint ones. */
const ENVIRONMENT = /^(BITRISE_BUILD_NUMBER|AWS_ENDPOINT_URL(_\w+)?|AWS_USE_FIPS_ENDPOINT|AWS_USE_DUALSTACK_ENDPOINT)$/;

/** What the step saves for the renewal, from the environment it validated and its config. */
export function renewalOf(env: Env, config: AuthenticateConfig): RenewalFile {
  const { profile, auth, chain } = config;
  if (!profile?.refresh || auth.kind !== 'token') throw new Error('a renewal needs refresh and the token kind');
  const pick = (keep: (name: string) => boolean) =>
    Object.fromEntries(
      Object.entries(env).filter((e): e is [string, string] => keep(e[0]) && typeof e[1] === 'string' && e[1] !== ''),
    );
  const final = chain ?? auth.session;
  return {
    version: 1,
    profile: profile.name,
    inputs: pick((key) => RENEWAL_INPUTS[key] === true),
    environment: pick((name) => ENVIRONMENT.test(name)),
    session: { roleArn: final.role.arn, durationSeconds: final.durationSeconds },
  };
}

/**
 * The renewal's config: the saved inputs and variables, with the build's API access read now (BITRISE_BUILD_URL when
 * no build_url was saved, BITRISE_BUILD_API_TOKEN) and nothing else of the environment it runs in.
 */
export function renewalConfig(renewal: RenewalFile, env: Env, verbose: boolean): AuthenticateConfig {
  return parseAuthenticateConfig({
    ...renewal.environment,
    ...renewal.inputs,
    build_url: renewal.inputs.build_url ?? env.BITRISE_BUILD_URL,
    build_api_token: env.BITRISE_BUILD_API_TOKEN,
    export_env: 'true',
    verbose: String(verbose),
  });
}
