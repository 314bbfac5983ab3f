/**
 * The Authenticate with AWS step, in three phases with typed hand-offs:
 *   Config  inputs → AuthenticateConfig (an identity and its targets), every input checked before anything is sent;
 *   Run     token → every target assumed, each as soon as its source is there → (ECR + docker login);
 *   Export  the profiles, then the outputs as one unit; if publishing fails, the profiles are put back.
 */
import { type AuthenticateConfig, parseAuthenticateConfig } from '../config/authenticate';
import type { Env } from '../config/inputs';
import type { Target } from '../config/model';
import { warmUpChildren } from '../core/child';
import { fileProblem, StepError } from '../core/errors';
import { installCli } from '../core/home';
import type { Logger } from '../core/log';
import { checkFilesTheSdkReads } from '../core/sdk-files';
import { mark } from '../core/timing';
import { explainRefusal, type LaterCli } from '../diagnosis/refusal';
import { dockerLogout } from '../ecr/docker';
import { ecrLogin } from '../ecr/login';
import { checkIdentity, guardAccount } from '../exchange/checks';
import { assumeTargets, checkedKeys, type IdentityCredentials, TargetFailed } from '../exchange/exchange';
import { closeUnused, earlyEndpoints, openEarly, warmUpSts } from '../exchange/warm-up';
import { onFirstHttpRequestSent } from '../net/http';
import { type Deadline, deadlineOf, networkPolicy, type StageContext } from '../net/retry';
import { tokenHandle } from '../token/source';
import { type AuthenticateResult, authenticateOutputs } from './outputs';
import { saveProfiles } from './profile';
import { begin, endAtTheLatest, type StepContext } from './step';

export type { AuthenticateResult };

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

/** A `roles` line besides `role_arn` (and its chained role): its failure names the line, the profile and the role. */
const isRolesLine = (t: Target) => t.name !== 'role_arn' && t.name !== 'chain_role_arn';

/** A target's failure, explained (its hint, the claims, its trust policy evaluated) and, among several, named. */
async function explainTarget(error: unknown, config: AuthenticateConfig): Promise<unknown> {
  if (!(error instanceof TargetFailed)) return error;
  const explained = await explainRefusal(error.error, error.target.trustPolicy, laterCli);
  if (!(explained instanceof StepError) || !config.targets.some(isRolesLine)) return explained;
  const { origin, session } = error.target;
  return new StepError(`${origin}, ${session.role.arn}: ${explained.message}\nNothing was published or written.`, {
    hint: explained.hint,
    exitCode: explained.exitCode,
    details: explained.details,
    cause: explained,
  });
}

/** Run: every target's credentials (and the docker logins), within the step's deadline. */
export async function runAuthenticate(
  config: AuthenticateConfig,
  ctx: StepContext,
  deadline: Deadline,
): Promise<AuthenticateResult> {
  const { log } = ctx;
  log.section('Authenticating with AWS');
  await checkFilesTheSdkReads(process.env);
  try {
    return await runTargets(config, ctx, deadline);
  } finally {
    closeUnused(log);
  }
}

/**
 * The identity the first targets are assumed with: the identity token (while its request is in flight, the AWS SDK,
 * its own chunk, is read, started and run once in memory, and the connections to AWS are opened), or the access keys.
 */
async function identityCredentials(config: AuthenticateConfig, stage: StageContext): Promise<IdentityCredentials> {
  const { identity } = config;
  if (identity.kind === 'keys') return identity;
  const startSdk = () => setImmediate(() => void warmUpSts(config.region));
  const pending = tokenHandle(identity.token, identity.audience, stage, startSdk);
  // Only a token from the Bitrise API makes the step wait.
  if (identity.token.kind === 'bitrise') openEarly(earlyEndpoints(config), stage.log);
  const token = await pending;
  mark('identity token received');
  return { kind: 'token', token };
}

async function runTargets(
  config: AuthenticateConfig,
  ctx: StepContext,
  deadline: Deadline,
): Promise<AuthenticateResult> {
  const { log } = ctx;
  const stage = { log, now: ctx.now, policy: networkPolicy(ctx, deadline) };
  const first = await identityCredentials(config, stage);
  const exchangeCtx = { ...stage, aws: config.aws, region: config.region };
  // execa (its own chunk: the publish's child processes) is read while STS answers, once the first request is written.
  const stopWarming = onFirstHttpRequestSent(() => setImmediate(warmUpChildren));
  const assumed = await assumeTargets(first, config.targets, exchangeCtx)
    .catch(async (error: unknown) => {
      throw await explainTarget(error, config);
    })
    .finally(stopWarming);
  const exported = config.exported === undefined ? undefined : assumed.get(config.exported);
  const creds = exported?.creds ?? (first.kind === 'keys' ? await checkedKeys(first.keys, exchangeCtx) : undefined);
  if (!creds) throw new Error('no exported credentials');
  mark('credentials received');
  const all = [...assumed.values()].map((a) => a.creds);
  if (!exported) all.push(creds);
  for (const c of all) {
    // The account is known in advance for a role (config registers it); for access keys, only now.
    if (config.maskAccount) log.secrets.add(c.accountId);
    guardAccount(c, config.allowedAccounts);
  }
  for (const target of config.targets) {
    const a = assumed.get(target.name);
    if (a)
      log.done(
        `Assumed ${a.creds.assumedRoleArn}${a.creds.expiration ? ` until ${a.creds.expiration.toISOString()}` : ''}.`,
      );
  }
  if (!exported) log.done(`The access keys work: they belong to ${creds.assumedRoleArn}.`);
  if (config.checkIdentity) {
    // Every set of credentials the step hands on: the exported one, and each profile's.
    const handed = new Set([config.exported, ...config.profiles.map((p) => p.target)]);
    const checked = [...assumed].filter(([name]) => handed.has(name)).map(([, a]) => a.creds);
    const seen = await Promise.all(
      (exported ? checked : [creds, ...checked]).map((c) => checkIdentity(c, exchangeCtx)),
    );
    for (const s of seen) log.done(`GetCallerIdentity: the credentials are ${s.arn}, in account ${s.accountId}.`);
  }
  const ecr = config.ecrRegistries
    ? await ecrLogin(config.ecrRegistries, ctx.platform, { ...stage, aws: config.aws, creds })
    : undefined;
  return { creds, assumed, ecr };
}

/** Export: the profiles, then the outputs as one unit; if either fails, what the step left is undone. */
export async function exportAuthenticate({
  config,
  result,
  ctx,
  deadline,
}: {
  config: AuthenticateConfig;
  result: AuthenticateResult;
  ctx: StepContext;
  deadline: Deadline;
}): Promise<void> {
  const { log } = ctx;
  const written: string[] = [];
  let rollback: () => Promise<void> = async () => {};
  try {
    rollback = await saveProfiles({ config, result, log, now: ctx.now(), written });
    const outputs = authenticateOutputs(config, result);
    if (outputs.length === 0) {
      log.print('export_env is "false": no environment variables published.');
      return;
    }
    await ctx.publish(outputs, log, deadline);
  } catch (error) {
    await undoExport({ config, result, rollback, written, log });
    throw error;
  }
}

/**
 * After a failed Export (a profile or the outputs), undoes what the step left: the profiles and refresh's files, if
 * they were written, and the docker logins.
 */
async function undoExport({
  config,
  result,
  rollback,
  written,
  log,
}: {
  config: AuthenticateConfig;
  result: AuthenticateResult;
  rollback: () => Promise<void>;
  written: string[];
  log: Logger;
}): Promise<void> {
  const undone: string[] = [];
  await rollback();
  if (written.length > 0) {
    const refresh = config.profiles.some((p) => p.refresh);
    const one = written.length === 1;
    undone.push(
      `the profile${one ? '' : 's'} ${written.join(', ')} ${one ? 'was put back as it was' : 'were put back as they were'}${refresh ? `, and ${one ? 'its' : 'their'} credential_process configuration and cache removed` : ''}`,
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
  await exportAuthenticate({ config, result, ctx, deadline });
  mark('published');
}
