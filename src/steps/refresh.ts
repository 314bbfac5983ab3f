/**
 * What `credential_process` runs in later steps: the cached credentials while they are good for more than five
 * minutes, else the Authenticate step's own Run phase again (a fresh identity token, the same exchange), cached.
 */
import type { AuthenticateConfig } from '../config/authenticate';
import { type ProcessCredentials, readCache, toProcessCredentials, writeCache } from '../publish/credential-process';
import { runAuthenticate } from './authenticate';
import { deadlineOf, type StepContext } from './step';

export async function refresh(
  config: AuthenticateConfig,
  cacheFile: string,
  ctx: StepContext,
): Promise<ProcessCredentials> {
  const cached = await readCache(cacheFile, ctx.now());
  if (cached) return cached;
  const { creds } = await runAuthenticate(config, ctx, deadlineOf(ctx, config.timeoutSeconds));
  const fresh = toProcessCredentials(creds);
  await writeCache(cacheFile, fresh);
  return fresh;
}
