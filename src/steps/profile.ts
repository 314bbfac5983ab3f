/**
 * The profile the Authenticate step writes: the credentials, or with `refresh` a credential_process line and a primed
 * cache. The command it names is installed outside the step's folder (home.ts), so later steps can run it.
 */
import type { AuthenticateConfig } from '../config/authenticate';
import { installCli } from '../core/home';
import type { Logger } from '../core/log';
import type { AwsCredentials } from '../exchange/credentials';
import { cachePath, credentialProcessCommand, toProcessCredentials, writeCache } from '../publish/credential-process';
import { type ProfileRollback, writeProfile } from '../publish/profile';

/** The flags credential-process runs with: the flow's parameters, never a secret. */
export function refreshFlags(config: AuthenticateConfig, cache: string): Record<string, string | number | undefined> {
  const { auth, chain, region } = config;
  if (auth.kind !== 'token') throw new Error('refresh needs the token kind');
  return {
    'role-arn': auth.session.role.arn,
    region,
    audience: auth.audience,
    'session-name': auth.session.sessionName,
    'duration-seconds': auth.session.durationSeconds,
    'chain-role-arn': chain?.role.arn,
    'chain-session-name': chain?.sessionName,
    'chain-duration-seconds': chain?.durationSeconds,
    'cache-file': cache,
  };
}

/** Writes the profile; returns how to undo the write. */
export async function saveProfile(
  config: AuthenticateConfig,
  creds: AwsCredentials,
  log: Logger,
): Promise<ProfileRollback> {
  const { profile, auth } = config;
  if (!profile) return async () => {};
  let credentialProcess: string | undefined;
  if (profile.refresh && auth.kind === 'token') {
    const cache = await cachePath(profile.name, [auth.session.role.arn, config.chain?.role.arn ?? '']);
    await writeCache(cache, toProcessCredentials(creds));
    const launcher = (await installCli()) ?? 'authenticate-with-aws';
    credentialProcess = credentialProcessCommand(launcher, refreshFlags(config, cache));
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
