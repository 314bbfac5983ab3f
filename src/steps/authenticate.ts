/**
 * The Authenticate with AWS step, in three phases with typed hand-offs:
 *   Config  inputs → AuthenticateConfig, every input checked before anything is sent;
 *   Run     token → exchange (→ chained role) → (ECR + docker login) → AuthenticateResult;
 *   Export  profile, then the outputs as one unit; if publishing fails, the profile is put back.
 */
import { type AuthenticateConfig, parseAuthenticateConfig } from '../config/authenticate';
import type { Env } from '../config/inputs';
import { fileProblem, StepError } from '../core/errors';
import { checkFilesTheSdkReads } from '../core/files';
import { installCli } from '../core/home';
import type { Logger } from '../core/log';
import { mark } from '../core/timing';
import { explainRefusal, type LaterCli } from '../diagnosis/refusal';
import { dockerLogout } from '../ecr/docker';
import { type EcrLoginResult, ecrLogin } from '../ecr/login';
import { checkIdentity, guardAccount } from '../exchange/checks';
import type { AwsCredentials } from '../exchange/credentials';
import { exchange, type FirstCredentials } from '../exchange/exchange';
import { warmUpSts } from '../exchange/warm-up';
import { type Deadline, deadlineOf, networkPolicy } from '../net/retry';
import { tokenHandle } from '../token/source';
import { authenticateOutputs } from './outputs';
import { saveProfile } from './profile';
import { begin, endAtTheLatest, type StepContext } from './step';

export interface AuthenticateResult {
  creds: AwsCredentials;
  ecr: EcrLoginResult | undefined;
}

/**
 * The CLI for a later Script step, installed when a refusal's hint is about to name it (doctor, setup); when it cannot
 * be installed (HOME not writable), why not, so that the hint says only what happened.
 */
async function laterCli(): Promise<LaterCli> {
  try {
    return { command: await installCli() };
  } catch (error) {
    return { notInstalled: error instanceof StepError ? error.message : `HOME ${fileProblem(error)}` };
  }
}

/** Run: the credentials (and the docker logins), within the step's deadline. */
export async function runAuthenticate(
  config: AuthenticateConfig,
  ctx: StepContext,
  deadline: Deadline,
): Promise<AuthenticateResult> {
  const { log } = ctx;
  log.section('Authenticating with AWS');
  await checkFilesTheSdkReads(process.env);
  const policy = networkPolicy(ctx, deadline);
  const { auth } = config;
  const stage = { log, now: ctx.now, policy };
  // The AWS SDK (its own chunk) is read, started and run once in memory while the token request is in flight.
  const startSdk = () => setImmediate(() => void warmUpSts(config.region));
  let first: FirstCredentials;
  if (auth.kind === 'token') {
    const token = await tokenHandle(auth.token, auth.audience, stage, startSdk);
    mark('identity token received');
    first = { kind: 'token', session: auth.session, token };
  } else first = auth;
  const exchangeCtx = { ...stage, aws: config.aws, region: config.region };
  // A refusal is explained here (its hint, the claims, the trust policy evaluated), and the step decides what to
  // install for the hint's commands.
  const creds = await exchange(first, config.chain, exchangeCtx).catch(async (error: unknown) => {
    throw await explainRefusal(error, config.trustPolicy, laterCli);
  });
  mark('credentials received');
  // The account is known in advance for a role (config registers it); for access keys, only now.
  if (config.maskAccount) log.secrets.add(creds.accountId);
  guardAccount(creds, config.allowedAccounts);
  log.done(
    auth.session || config.chain
      ? `Assumed ${creds.assumedRoleArn}${creds.expiration ? ` until ${creds.expiration.toISOString()}` : ''}.`
      : `The access keys work: they belong to ${creds.assumedRoleArn}.`,
  );
  if (config.checkIdentity) {
    const seen = await checkIdentity(creds, exchangeCtx);
    log.done(`GetCallerIdentity: the credentials are ${seen.arn}, in account ${seen.accountId}.`);
  }
  const ecr = config.ecrRegistries
    ? await ecrLogin(config.ecrRegistries, ctx.platform, { ...stage, aws: config.aws, creds })
    : undefined;
  return { creds, ecr };
}

/** Export: the profile, then the outputs as one unit; if either fails, what the step left is undone. */
export async function exportAuthenticate(
  env: Env,
  config: AuthenticateConfig,
  result: AuthenticateResult,
  ctx: StepContext,
  deadline: Deadline,
): Promise<void> {
  const { log } = ctx;
  let rollbackProfile: (() => Promise<void>) | undefined;
  try {
    rollbackProfile = await saveProfile(env, config, result.creds, log, ctx.now());
    const outputs = authenticateOutputs(config, result);
    if (outputs.length === 0) {
      log.print('export_env is "false": no environment variables published.');
      return;
    }
    await ctx.publish(outputs, log, deadline);
  } catch (error) {
    await undoExport(config, result, rollbackProfile, log);
    throw error;
  }
}

/**
 * After a failed Export (the profile or the outputs), undoes what the step left: the profile and refresh's files, if
 * they were written, and the docker logins.
 */
async function undoExport(
  config: AuthenticateConfig,
  result: AuthenticateResult,
  rollbackProfile: (() => Promise<void>) | undefined,
  log: Logger,
): Promise<void> {
  const undone: string[] = [];
  if (config.profile && rollbackProfile) {
    await rollbackProfile();
    undone.push(
      `the profile ${config.profile.name} was put back as it was${config.profile.refresh ? ', and its credential_process configuration and cache removed' : ''}`,
    );
  }
  const hosts = result.ecr?.hosts ?? [];
  if (hosts.length > 0) {
    const left = await dockerLogout(hosts, log);
    const out = hosts.filter((h) => !left.includes(h));
    if (out.length > 0) undone.push(`docker was logged out of ${out.join(', ')}`);
    if (left.length > 0) log.warn(`docker could not be logged out of ${left.join(', ')}: run docker logout there.`);
  }
  if (undone.length > 0) log.warn(`Undone: ${undone.join('; ')}.`);
}

export async function authenticate(env: Env, ctx: StepContext): Promise<void> {
  const config = parseAuthenticateConfig(env);
  begin(ctx, config);
  mark('inputs read and checked');
  const deadline = deadlineOf(ctx, config.timeoutSeconds);
  endAtTheLatest(config.timeoutSeconds, ctx);
  const result = await runAuthenticate(config, ctx, deadline);
  await exportAuthenticate(env, config, result, ctx, deadline);
  mark('published');
}
