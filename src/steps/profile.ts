/**
 * The profile the Authenticate step writes: the credentials, or with `refresh` a credential_process line, the
 * configuration the renewal runs with, and a primed cache. The command it names is installed outside the step's folder
 * (home.ts), so later steps can run it.
 */
import { rm } from 'node:fs/promises';
import type { AuthenticateConfig } from '../config/authenticate';
import type { Env } from '../config/inputs';
import { renewalOf } from '../config/renewal';
import { EnvironmentError, isFileSystemError } from '../core/errors';
import { installCli, toolHome } from '../core/home';
import type { Logger } from '../core/log';
import type { AwsCredentials } from '../exchange/credentials';
import { type ProfileRollback, writeProfile } from '../publish/aws-files';
import { cacheFileOf, credentialProcessCommand, saveRenewal, writeCache } from '../publish/refresh-files';

/** Saves the renewal's configuration and primes its cache; returns the credential_process line and the files. */
async function prepareRefresh(env: Env, config: AuthenticateConfig, creds: AwsCredentials, now: number) {
  const home = toolHome();
  try {
    return await writeRefreshFiles(home, env, config, creds, now);
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    throw new EnvironmentError(
      'Cannot keep the refresh command and its cache in HOME',
      home,
      error,
      '`refresh` keeps them in $HOME/.authenticate-with-aws: make HOME writable for this user, or set `refresh` to "false". Nothing was published.',
    );
  }
}

async function writeRefreshFiles(
  home: string,
  env: Env,
  config: AuthenticateConfig,
  creds: AwsCredentials,
  now: number,
) {
  const launcher = await installCli(home);
  const { path: renewalPath, key } = await saveRenewal(home, renewalOf(env, config));
  const cacheFile = cacheFileOf(renewalPath);
  const files = [renewalPath, cacheFile];
  try {
    await writeCache(cacheFile, key, creds, now);
  } catch (error) {
    for (const file of files) await rm(file, { force: true });
    throw error;
  }
  return { line: credentialProcessCommand(launcher, renewalPath), files };
}

/** Writes the profile; returns how to undo the write (the profile put back, the renewal's files removed). */
export async function saveProfile(
  env: Env,
  config: AuthenticateConfig,
  creds: AwsCredentials,
  log: Logger,
  now: number,
): Promise<ProfileRollback> {
  const { profile } = config;
  if (!profile) return async () => {};
  const refresh = profile.refresh ? await prepareRefresh(env, config, creds, now) : undefined;
  if (refresh) log.debug(`credential_process = ${refresh.line}`);
  let rollback: ProfileRollback;
  try {
    rollback = await writeProfile({
      name: profile.name,
      region: config.region,
      credentials: refresh ? undefined : creds,
      credentialProcess: refresh?.line,
    });
  } catch (error) {
    for (const file of refresh?.files ?? []) await rm(file, { force: true });
    throw error;
  }
  log.done(
    `Profile ${profile.name} written${refresh ? ' with credential_process: tools get fresh credentials when these expire' : ''}.`,
  );
  return async () => {
    await rollback();
    for (const file of refresh?.files ?? []) await rm(file, { force: true });
  };
}
