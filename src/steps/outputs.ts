/** What the Authenticate step publishes, from its result: the credentials, region and expiry, and the ECR logins. */
import type { AuthenticateConfig } from '../config/authenticate';
import type { EcrLoginResult } from '../ecr/login';
import type { AwsCredentials } from '../exchange/credentials';
import type { Output } from '../publish/envman';

/** The credential outputs, in the order they are published. */
export function credentialOutputs(creds: AwsCredentials, region: string): Output[] {
  return [
    { key: 'AWS_ACCESS_KEY_ID', value: creds.accessKeyId, sensitive: true },
    { key: 'AWS_SECRET_ACCESS_KEY', value: creds.secretAccessKey, sensitive: true },
    { key: 'AWS_SESSION_TOKEN', value: creds.sessionToken, sensitive: true },
    { key: 'AWS_REGION', value: region, sensitive: false },
    { key: 'AWS_DEFAULT_REGION', value: region, sensitive: false },
    { key: 'AWS_CREDENTIAL_EXPIRATION', value: creds.expiration?.toISOString() ?? '', sensitive: false },
    { key: 'AWS_ACCOUNT_ID', value: creds.accountId, sensitive: false },
    { key: 'AWS_ASSUMED_ROLE_ARN', value: creds.assumedRoleArn, sensitive: false },
  ];
}

export function ecrOutputs(result: EcrLoginResult): Output[] {
  return [
    { key: 'AWS_ECR_REGISTRY', value: result.hosts[0] ?? '', sensitive: false },
    { key: 'AWS_ECR_REGISTRIES', value: result.hosts.join('\n'), sensitive: false },
    { key: 'AWS_ECR_PASSWORD_EXPIRATION', value: result.expiresAt.toISOString(), sensitive: false },
  ];
}

export function authenticateOutputs(
  config: AuthenticateConfig,
  result: { creds: AwsCredentials; ecr: EcrLoginResult | undefined },
): Output[] {
  return [
    ...(config.exportEnv ? credentialOutputs(result.creds, config.region) : []),
    ...(result.ecr ? ecrOutputs(result.ecr) : []),
  ];
}
