/**
 * What `credential_process` runs in later steps: the cached credentials while they are good for more than five
 * minutes, else the Authenticate step's own Run phase again, from the configuration the step saved (a fresh identity
 * token, the same requests), cached. A cache that is not the step's own is discarded, with a warning.
 */
import type { Env } from '../config/inputs';
import { renewalConfig } from '../config/renewal';
import { fileProblem } from '../core/errors';
import { deadlineOf } from '../net/retry';
import {
  cacheFileOf,
  type ProcessCredentials,
  readCache,
  readRenewal,
  toProcessCredentials,
  writeCache,
} from '../publish/refresh-files';
import { runAuthenticate } from './authenticate';
import type { StepContext } from './step';

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
  const config = renewalConfig(renewal, env, verbose);
  ctx.log.verbose = config.verbose;
  for (const secret of config.secrets) ctx.log.secrets.add(secret);
  const { creds } = await runAuthenticate(config, ctx, deadlineOf(ctx, config.timeoutSeconds));
  // The credentials are good even when they cannot be cached: the next call renews again.
  await writeCache(cacheFile, key, creds, ctx.now()).catch((error: unknown) => {
    ctx.log.warn(`Could not cache the credentials in ${cacheFile}: ${fileProblem(error)}. The next call renews again.`);
  });
  return toProcessCredentials(creds);
}
