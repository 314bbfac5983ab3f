/** What the Authenticate step publishes, from its result: the credentials, region and expiry, and the ECR logins. */
import type { AuthenticateConfig } from '../config/model';
import type { AwsCredentials } from '../core/credentials';
import type { EcrLoginResult } from '../ecr/login';
import type { Assumed } from '../exchange/exchange';
import type { Output } from '../publish/envman';

/** What the Run phase hands to the Export phase. */
export interface AuthenticateResult {
  /** The exported credentials: the exported target's, or the access keys. */
  creds: AwsCredentials;
  /** Every target, assumed. */
  assumed: ReadonlyMap<string, Assumed>;
  ecr: EcrLoginResult | undefined;
}

/**
 * The credential outputs, in the order they are published: the six the step always publishes, then, with `identity`
 * (export_identity_env), the account and the role session's ARN. With `mask` (mask_account_id) those two are sensitive
 * too: Bitrise redacts them from later steps' logs.
 */
export function credentialOutputs(
  creds: AwsCredentials,
  region: string,
  { mask = false, identity = true }: { mask?: boolean; identity?: boolean } = {},
): Output[] {
  const six: Output[] = [
    { key: 'AWS_ACCESS_KEY_ID', value: creds.accessKeyId, sensitive: true },
    { key: 'AWS_SECRET_ACCESS_KEY', value: creds.secretAccessKey, sensitive: true },
    { key: 'AWS_SESSION_TOKEN', value: creds.sessionToken, sensitive: true },
    { key: 'AWS_REGION', value: region, sensitive: false },
    { key: 'AWS_DEFAULT_REGION', value: region, sensitive: false },
    { key: 'AWS_CREDENTIAL_EXPIRATION', value: creds.expiration?.toISOString() ?? '', sensitive: false },
  ];
  if (!identity) return six;
  return [
    ...six,
    { key: 'AWS_ACCOUNT_ID', value: creds.accountId, sensitive: mask },
    { key: 'AWS_ASSUMED_ROLE_ARN', value: creds.assumedRoleArn, sensitive: mask },
  ];
}

/** The ECR outputs; with `password` (ecr_password_output), the first registry's password too, sensitive. */
export function ecrOutputs(result: EcrLoginResult, password = false): Output[] {
  return [
    { key: 'AWS_ECR_REGISTRY', value: result.hosts[0] ?? '', sensitive: false },
    { key: 'AWS_ECR_REGISTRIES', value: result.hosts.join('\n'), sensitive: false },
    { key: 'AWS_ECR_PASSWORD_EXPIRATION', value: result.expiresAt.toISOString(), sensitive: false },
    ...(password ? [{ key: 'AWS_ECR_PASSWORD', value: result.password, sensitive: true }] : []),
  ];
}

export function authenticateOutputs(
  config: AuthenticateConfig,
  result: Pick<AuthenticateResult, 'creds' | 'ecr'>,
): Output[] {
  return [
    ...(config.exportEnv
      ? credentialOutputs(result.creds, config.region, { mask: config.maskAccount, identity: config.exportIdentity })
      : []),
    ...(result.ecr ? ecrOutputs(result.ecr, config.ecrPasswordOutput) : []),
  ];
}
