import { type AuthenticateConfig, parseAuthenticateConfig } from '../config/authenticate';
import type { Env } from '../config/inputs';
import { ecrLogin, ecrOutputs } from '../ecr/login';
import { ExitCode, StepError } from '../errors';
import { credentialsFromKeys, credentialsFromToken, type RoleRequest } from '../exchange/chain';
import type { AwsCredentials } from '../exchange/sts';
import { installCli } from '../home';
import type { Logger } from '../log';
import { cachePath, credentialProcessCommand, toProcessCredentials, writeCache } from '../publish/credential-process';
import type { Output } from '../publish/envman';
import { type ProfileRollback, writeProfile } from '../publish/profile';
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
    { key: 'AWS_CREDENTIAL_EXPIRATION', value: creds.expiration?.toISOString() ?? '', sensitive: false },
    { key: 'AWS_ACCOUNT_ID', value: creds.accountId, sensitive: false },
    { key: 'AWS_ASSUMED_ROLE_ARN', value: creds.assumedRoleArn, sensitive: false },
  ];
}

export function roleRequest(config: AuthenticateConfig): RoleRequest {
  return {
    region: config.region,
    role: config.role,
    sessionName: config.sessionName,
    durationSeconds: config.durationSeconds,
    sessionPolicy: config.sessionPolicy,
    managedSessionPolicies: config.managedSessionPolicies,
    chain: config.chain,
    trustPolicy: config.trustPolicy,
  };
}

/**
 * Writes the profile: the credentials, or with `refresh` a credential_process line and a primed cache. The command it
 * names is installed outside the step's folder (home.ts), so later steps can run it. Returns how to undo the write.
 */
async function saveProfile(config: AuthenticateConfig, creds: AwsCredentials, log: Logger): Promise<ProfileRollback> {
  const profile = config.profile;
  if (!profile) return async () => {};
  let credentialProcess: string | undefined;
  if (profile.refresh && config.role) {
    const cache = await cachePath(profile.name, [config.role.arn, config.chain?.role.arn ?? '']);
    await writeCache(cache, toProcessCredentials(creds));
    const launcher = (await installCli()) ?? 'authenticate-with-aws';
    credentialProcess = credentialProcessCommand(launcher, {
      'role-arn': config.role.arn,
      region: config.region,
      audience: config.audience,
      'session-name': config.sessionName,
      'duration-seconds': config.durationSeconds,
      'chain-role-arn': config.chain?.role.arn,
      'chain-session-name': config.chain?.sessionName,
      'chain-duration-seconds': config.chain?.durationSeconds,
      'cache-file': cache,
    });
    log.debug(`credential_process = ${credentialProcess}`);
  }
  const rollback = await writeProfile({
    name: profile.name,
    region: config.region,
    credentials: profile.refresh ? undefined : creds,
    credentialProcess,
  });
  log.done(
    `Profile ${profile.name} written${profile.refresh ? ' with credential_process: tools get fresh credentials when these expire' : ''}.`,
  );
  return rollback;
}

/** A refusal's hint may name the CLI's doctor command for a later Script step: install it so that the command works. */
async function installForHint(error: unknown): Promise<never> {
  if (error instanceof StepError && error.exitCode === ExitCode.refused) await installCli().catch(() => undefined);
  throw error;
}

/**
 * config → token (or access keys) → exchange (→ chained role) → (ECR + docker login) → profile → publish. Nothing is
 * published unless every stage succeeded.
 */
export async function authenticate(env: Env, ctx: StepContext): Promise<void> {
  const { log } = ctx;
  const config = parseAuthenticateConfig(env);
  log.verbose = config.verbose;
  if (config.token?.kind === 'bitrise') log.secrets.add(config.token.apiToken);
  if (config.token?.kind === 'value') log.secrets.add(config.token.token);
  log.secrets.add(config.accessKeys?.accessKeyId);
  log.secrets.add(config.accessKeys?.secretAccessKey);
  printConfig(log, config.shown);
  warnInsecure(log, config.insecureUrls);

  log.section('Authenticating with AWS');
  const policy = networkPolicy(ctx, deadlineOf(ctx, config.timeoutSeconds));
  const request = roleRequest(config);
  let creds: AwsCredentials;
  if (config.token) {
    const token = await obtainToken(config.token, config.audience, policy, log);
    creds = await credentialsFromToken(request, token.token, policy, log).catch(installForHint);
  } else if (config.accessKeys) {
    creds = await credentialsFromKeys(request, config.accessKeys, policy, log);
  } else {
    throw new Error('the config has neither a token source nor access keys');
  }
  for (const secret of [creds.accessKeyId, creds.secretAccessKey, creds.sessionToken]) log.secrets.add(secret);
  log.done(
    config.role
      ? `Assumed ${creds.assumedRoleArn}${creds.expiration ? ` until ${creds.expiration.toISOString()}` : ''}.`
      : `The access keys work: they belong to ${creds.assumedRoleArn}.`,
  );

  const outputs = config.exportEnv ? credentialOutputs(creds, config.region) : [];
  if (config.ecrRegistries) {
    const login = await ecrLogin(config.ecrRegistries, creds, ctx.platform, policy, log);
    if (login) outputs.push(...ecrOutputs(login));
  }
  const rollbackProfile = await saveProfile(config, creds, log);
  if (outputs.length === 0) {
    log.print('export_env is "false": no environment variables published.');
    return;
  }
  try {
    await ctx.publish(outputs, log);
  } catch (error) {
    await rollbackProfile();
    if (config.profile) log.warn(`The profile ${config.profile.name} was put back as it was.`);
    throw error;
  }
}
