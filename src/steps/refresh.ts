/**
 * What `credential_process` runs in later steps: the cached credentials while they have more than the refresh margin
 * left, else the saved target assumed again (a fresh identity token, the same requests, at the endpoint the step
 * used), cached. One process renews at a time; the others wait for its answer. A cache that is not the step's own is
 * discarded, with a warning.
 */
import type { Env } from '../config/inputs';
import { type RenewalFile, renewalConfig } from '../config/renewal';
import { ExitCode, fileProblem, InputError, StepError } from '../core/errors';
import { deadlineOf } from '../net/retry';
import {
  cacheFileOf,
  type ProcessCredentials,
  readCache,
  readRenewal,
  toProcessCredentials,
  writeCache,
} from '../publish/refresh-files';
import { singleFlight } from '../publish/single-flight';
import { runAuthenticate } from './authenticate';
import { endAtTheLatest, type StepContext } from './step';

export async function refresh(
  renewalPath: string,
  env: Env,
  ctx: StepContext,
  verbose: boolean,
): Promise<ProcessCredentials> {
  const { renewal, key } = await readRenewal(renewalPath);
  const cacheFile = cacheFileOf(renewalPath);
  const cached = await readCache(cacheFile, renewal, key, ctx.now());
  if (cached.kind === 'hit') return cached.credentials;
  if (cached.kind === 'invalid') ctx.log.warn(`Discarding the cache ${cacheFile}: ${cached.reason}. Renewing.`);
  const config = checkedConfig(renewalPath, renewal, env, verbose);
  ctx.log.verbose = config.verbose;
  for (const secret of config.secrets) ctx.log.secrets.add(secret);
  endAtTheLatest(config.timeoutSeconds, ctx);
  const deadline = deadlineOf(ctx, config.timeoutSeconds);
  return singleFlight({
    lockPath: `${cacheFile}.lock`,
    staleMs: (config.timeoutSeconds + 10) * 1000,
    waitUntil: ctx.now() + config.timeoutSeconds * 1000,
    now: ctx.now,
    ready: async () => {
      const again = await readCache(cacheFile, renewal, key, ctx.now());
      return again.kind === 'hit' ? again.credentials : undefined;
    },
    renew: async () => {
      const { creds } = await runAuthenticate(config, ctx, deadline);
      // The credentials are good even when they cannot be cached: the next call renews again.
      await writeCache(cacheFile, key, creds, ctx.now()).catch((error: unknown) => {
        ctx.log.warn(
          `Could not cache the credentials in ${cacheFile}: ${fileProblem(error)}. The next call renews again.`,
        );
      });
      return toProcessCredentials(creds);
    },
  });
}

/** The saved target read back as input; a value no parser accepts means the file is not the step's. */
function checkedConfig(path: string, renewal: RenewalFile, env: Env, verbose: boolean) {
  try {
    return renewalConfig(renewal, env, verbose);
  } catch (error) {
    if (!(error instanceof StepError) || (error instanceof InputError && error.input === 'build_api_token'))
      throw error;
    throw new StepError(`${path} is not a configuration the step wrote: ${error.message}`, {
      hint: 'Run the Authenticate with AWS step again with refresh, which writes the file anew.',
      exitCode: ExitCode.badInput,
    });
  }
}
