import { parseAuthenticateConfig } from '../config/authenticate';
import type { Env } from '../config/inputs';
import { ecrLogin, ecrOutputs } from '../ecr/login';
import { type AwsCredentials, assumeRoleWithWebIdentity } from '../exchange/sts';
import type { Output } from '../publish/envman';
import { obtainToken } from '../token/source';
import { deadlineOf, networkPolicy, printConfig, type StepContext, warnInsecure } from './context';

/** The outputs of the Authenticate step, in the order they are published. */
export function credentialOutputs(creds: AwsCredentials, region: string): Output[] {
  return [
    { key: 'AWS_ACCESS_KEY_ID', value: creds.accessKeyId, sensitive: true },
    { key: 'AWS_SECRET_ACCESS_KEY', value: creds.secretAccessKey, sensitive: true },
    { key: 'AWS_SESSION_TOKEN', value: creds.sessionToken, sensitive: true },
    { key: 'AWS_REGION', value: region, sensitive: false },
    { key: 'AWS_DEFAULT_REGION', value: region, sensitive: false },
    { key: 'AWS_CREDENTIAL_EXPIRATION', value: creds.expiration.toISOString(), sensitive: false },
    { key: 'AWS_ACCOUNT_ID', value: creds.accountId, sensitive: false },
    { key: 'AWS_ASSUMED_ROLE_ARN', value: creds.assumedRoleArn, sensitive: false },
  ];
}

/**
 * config → token → exchange → (ECR + docker login) → publish. Nothing is published unless every stage succeeded.
 */
export async function authenticate(env: Env, ctx: StepContext): Promise<void> {
  const { log } = ctx;
  const config = parseAuthenticateConfig(env);
  log.verbose = config.verbose;
  if (config.token.kind === 'bitrise') log.secrets.add(config.token.apiToken);
  if (config.token.kind === 'value') log.secrets.add(config.token.token);
  printConfig(log, config.shown);
  warnInsecure(log, config.insecureUrls);

  log.section('Authenticating with AWS');
  const deadline = deadlineOf(ctx, config.timeoutSeconds);
  const policy = networkPolicy(ctx, deadline);
  const token = await obtainToken(config.token, config.audience, policy, log);
  const creds = await assumeRoleWithWebIdentity(
    {
      region: config.region,
      roleArn: config.role.arn,
      sessionName: config.sessionName,
      durationSeconds: config.durationSeconds,
      sessionPolicy: config.sessionPolicy,
      managedSessionPolicies: config.managedSessionPolicies,
      token: token.token,
      trustPolicy: config.trustPolicy,
    },
    policy,
    log,
  );
  for (const secret of [creds.accessKeyId, creds.secretAccessKey, creds.sessionToken]) log.secrets.add(secret);
  log.done(`Assumed ${creds.assumedRoleArn} until ${creds.expiration.toISOString()}.`);

  const outputs = credentialOutputs(creds, config.region);
  if (config.ecrRegistries) {
    const login = await ecrLogin(config.ecrRegistries, creds, ctx.platform, policy, log);
    if (login) outputs.push(...ecrOutputs(login));
  }
  await ctx.publish(outputs, log);
  log.done('Later steps can use AWS now.');
}
