/**
 * The configuration model of the Authenticate step, types only. A credential source never holds a role: it is the
 * build's identity token, or an IAM user's access keys. A role is a target: its session, and where its credentials
 * come from (the identity, or another target, as `source_profile` works in the AWS config). `role_arn`, a chained
 * role and every `roles` line are targets alike; one of them is the target whose credentials the step exports.
 */
import type { AwsAccess } from '../net/endpoints';
import type { RoleSession } from './aws-values';
import type { Registry } from './ecr';
import type { ShownInput } from './inputs';
import type { BitriseApi, TokenSource } from './token-source';

/** Long-term access keys of an IAM user (`access_key_id`, `secret_access_key`), instead of an identity token. */
export interface AccessKeys {
  accessKeyId: string;
  secretAccessKey: string;
}

/** Where the step's first credentials come from: never a role. */
export type Identity = { kind: 'token'; token: TokenSource; audience: string } | { kind: 'keys'; keys: AccessKeys };

/** What a target is assumed with: the identity, or the credentials of the target named. */
export type TargetSource = { kind: 'identity' } | { kind: 'target'; name: string };

/** One role to assume. */
export interface Target {
  /** Unique in the config: `role_arn`, `chain_role_arn`, or the profile name of a `roles` line. */
  name: string;
  /** Where it was configured, for messages: "`role_arn`", "`roles` line 3 (profile staging)". */
  origin: string;
  session: RoleSession;
  source: TargetSource;
  /** The role's trust policy (parsed JSON), to explain a refusal; undefined when not given. */
  trustPolicy: unknown;
}

/**
 * A profile in the AWS shared files, holding a target's credentials (or, without a target, the access keys as they
 * are); with `refresh`, a credential_process line that renews that target through the Bitrise API.
 */
export type ProfileConfig =
  | { name: string; target: string | undefined; refresh: false }
  | { name: string; target: string; refresh: true; api: BitriseApi };

export interface AuthenticateConfig {
  identity: Identity;
  /** Every role to assume, each after its source. */
  targets: Target[];
  /** The target whose credentials are published and used for ECR; undefined: the access keys themselves. */
  exported: string | undefined;
  region: string;
  /** The AWS endpoints the user set, validated, and the plain-http opt-in. */
  aws: AwsAccess;
  profiles: ProfileConfig[];
  /** Publish the credentials as environment variables for later steps (`export_env`). */
  exportEnv: boolean;
  /** Also publish AWS_ACCOUNT_ID and AWS_ASSUMED_ROLE_ARN (`export_identity_env`). */
  exportIdentity: boolean;
  /** The registries to docker login to, or undefined when `docker_login` is off. */
  ecrRegistries: Registry[] | undefined;
  /** Also publish the ECR password (`ecr_password_output`), for tools that do not read docker's config. */
  ecrPasswordOutput: boolean;
  /** The only accounts any credentials may belong to (`allowed_account_ids`); undefined: any. */
  allowedAccounts: string[] | undefined;
  /** Publish the account and the role ARN as sensitive, and keep every account out of the log (`mask_account_id`). */
  maskAccount: boolean;
  /** Check every target's credentials with GetCallerIdentity (`check_identity`). */
  checkIdentity: boolean;
  timeoutSeconds: number;
  /** Plain-http URLs to non-loopback hosts the user allowed with `allow_insecure_http`, for a warning. */
  insecureUrls: URL[];
  verbose: boolean;
  /** What was read, for the config section of the log (secrets redacted). */
  shown: ShownInput[];
  /** The values of the sensitive inputs (and, with mask_account_id, the accounts), to redact from every line. */
  secrets: string[];
}

/** The target the config exports, or undefined (access keys published as they are). */
export function exportedTarget(config: Pick<AuthenticateConfig, 'targets' | 'exported'>): Target | undefined {
  return config.targets.find((t) => t.name === config.exported);
}
