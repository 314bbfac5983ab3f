/**
 * The profiles the Authenticate step writes: one per profile the config names (`profile_name`, each `roles` line),
 * holding its target's credentials, or with `refresh` a credential_process line, the saved target the renewal replays,
 * and a primed cache. The command it names is installed outside the step's folder (home.ts), so later steps can run it.
 */
import { rm } from 'node:fs/promises';
import type { AuthenticateConfig, ProfileConfig } from '../config/model';
import { renewalOf } from '../config/renewal';
import { EnvironmentError, isFileSystemError } from '../core/errors';
import { installCli, toolHome } from '../core/home';
import type { Logger } from '../core/log';
import { writeProfile } from '../publish/aws-files';
import { cacheFileOf, credentialProcessCommand, saveRenewal, writeCache } from '../publish/refresh-files';
import type { AuthenticateResult } from './outputs';

interface SaveProfiles {
  config: AuthenticateConfig;
  result: AuthenticateResult;
  log: Logger;
  now: number;
  /** Filled with the name of each profile written, for the message when they are put back. */
  written: string[];
}

type RefreshProfile = Extract<ProfileConfig, { refresh: true }>;

/** Saves the renewal's target and primes its cache; returns the credential_process line and the files. */
async function prepareRefresh(profile: RefreshProfile, { config, result, now }: SaveProfiles, launcher: string) {
  const home = toolHome();
  const files: string[] = [];
  try {
    const { path: renewalPath, key } = await saveRenewal(home, renewalOf(config, profile, result.assumed));
    const cacheFile = cacheFileOf(renewalPath);
    files.push(renewalPath, cacheFile);
    const creds = result.assumed.get(profile.target)?.creds;
    if (!creds) throw new Error(`no credentials for ${profile.target}`);
    await writeCache(cacheFile, key, creds, now);
    return { line: credentialProcessCommand(launcher, renewalPath), files };
  } catch (error) {
    for (const file of files) await rm(file, { force: true });
    if (!isFileSystemError(error)) throw error;
    throw refreshHomeError(home, error);
  }
}

function refreshHomeError(home: string, error: unknown): EnvironmentError {
  return new EnvironmentError(
    'Cannot keep the refresh command and its cache in HOME',
    home,
    error,
    '`refresh` keeps them in $HOME/.authenticate-with-aws: make HOME writable for this user, or set `refresh` to "false". Nothing was published.',
  );
}

/** Writes every profile; returns how to undo all of it (each profile put back, the renewals' files removed). */
export async function saveProfiles(save: SaveProfiles): Promise<() => Promise<void>> {
  const { config, result, log } = save;
  const undo: Array<() => Promise<void>> = [];
  const rollback = async () => {
    for (const step of undo.reverse()) await step();
    undo.length = 0;
  };
  const launcher = config.profiles.some((p) => p.refresh)
    ? await installCli().catch((error: unknown) => {
        throw isFileSystemError(error) ? refreshHomeError(toolHome(), error) : error;
      })
    : '';
  try {
    for (const profile of config.profiles) {
      const refresh = profile.refresh ? await prepareRefresh(profile, save, launcher) : undefined;
      if (refresh) log.debug(`credential_process = ${refresh.line}`);
      const files = refresh?.files ?? [];
      undo.push(async () => {
        for (const file of files) await rm(file, { force: true });
      });
      const creds = profile.target === undefined ? result.creds : result.assumed.get(profile.target)?.creds;
      const put = await writeProfile({
        name: profile.name,
        region: config.region,
        credentials: refresh ? undefined : creds,
        credentialProcess: refresh?.line,
      });
      undo.push(put);
      save.written.push(profile.name);
      log.done(
        `Profile ${profile.name} written${refresh ? ' with credential_process: tools get fresh credentials when these expire' : ''}.`,
      );
    }
  } catch (error) {
    await rollback();
    save.written.length = 0;
    throw error;
  }
  return rollback;
}
