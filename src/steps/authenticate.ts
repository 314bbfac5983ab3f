/**
 * The Authenticate with AWS step, in three phases with typed hand-offs:
 *   Config  inputs → AuthenticateConfig, every input checked before anything is sent;
 *   Run     token → exchange (→ chained role) → (ECR + docker login) → AuthenticateResult;
 *   Export  profile, then the outputs as one unit; if publishing fails, the profile is put back.
 */
import { type AuthenticateConfig, parseAuthenticateConfig } from '../config/authenticate';
import type { Env } from '../config/inputs';
import { type EcrLoginResult, ecrLogin } from '../ecr/login';
import { ExitCode, StepError } from '../errors';
import { exchange } from '../exchange/assume';
import type { AwsCredentials } from '../exchange/credentials';
import { installCli } from '../home';
import type { Deadline } from '../net/retry';
import { obtainToken } from '../token/source';
import { authenticateOutputs } from './outputs';
import { saveProfile } from './profile';
import { begin, deadlineOf, networkPolicy, type StepContext } from './step';

export interface AuthenticateResult {
  creds: AwsCredentials;
  ecr: EcrLoginResult | undefined;
}

/** A refusal's hint may name the CLI's doctor command for a later Script step: install it so that the command works. */
async function installForHint(error: unknown): Promise<never> {
  if (error instanceof StepError && error.exitCode === ExitCode.refused) await installCli().catch(() => undefined);
  throw error;
}

/** Run: the credentials (and the docker logins), within the step's deadline. */
export async function runAuthenticate(
  config: AuthenticateConfig,
  ctx: StepContext,
  deadline: Deadline,
): Promise<AuthenticateResult> {
  const { log } = ctx;
  log.section('Authenticating with AWS');
  const policy = networkPolicy(ctx, deadline);
  const { auth } = config;
  const token =
    auth.kind === 'token' ? (await obtainToken(auth.token, auth.audience, policy, log, ctx.now)).token : undefined;
  const exchangeCtx = { aws: config.aws, region: config.region, policy, log };
  const creds = await exchange(auth, token, config.chain, config.trustPolicy, exchangeCtx).catch(installForHint);
  log.done(
    auth.session || config.chain
      ? `Assumed ${creds.assumedRoleArn}${creds.expiration ? ` until ${creds.expiration.toISOString()}` : ''}.`
      : `The access keys work: they belong to ${creds.assumedRoleArn}.`,
  );
  const ecr = config.ecrRegistries
    ? await ecrLogin(config.ecrRegistries, ctx.platform, { aws: config.aws, creds, policy, log })
    : undefined;
  return { creds, ecr };
}

/** Export: the profile, then the outputs as one unit; a failed publish puts the profile back. */
export async function exportAuthenticate(
  config: AuthenticateConfig,
  result: AuthenticateResult,
  ctx: StepContext,
  timeLeftMs: number,
): Promise<void> {
  const { log } = ctx;
  const rollbackProfile = await saveProfile(config, result.creds, log);
  const outputs = authenticateOutputs(config, result);
  if (outputs.length === 0) {
    log.print('export_env is "false": no environment variables published.');
    return;
  }
  try {
    await ctx.publish(outputs, log, timeLeftMs);
  } catch (error) {
    await rollbackProfile();
    if (config.profile) log.warn(`The profile ${config.profile.name} was put back as it was.`);
    throw error;
  }
}

export async function authenticate(env: Env, ctx: StepContext): Promise<void> {
  const config = parseAuthenticateConfig(env);
  begin(ctx, config);
  const deadline = deadlineOf(ctx, config.timeoutSeconds);
  const result = await runAuthenticate(config, ctx, deadline);
  await exportAuthenticate(config, result, ctx, deadline.remainingMs());
}
