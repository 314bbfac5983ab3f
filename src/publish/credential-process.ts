/**
 * `credential_process` support. With `refresh`, the profile names a command that the AWS CLI and SDKs run whenever they
 * need credentials: it prints the credential_process JSON (Version 1), served from a 0600 cache until five minutes
 * before expiry, then fresh — a new identity token from the Bitrise API (the build API token is read from the
 * environment each time, never stored), and the role assumed again. So a build can outlive the role's session limit.
 * The command and its cache live in the tool's home (home.ts), which lasts for the whole build.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { privateDir, readRegularFile, writeFileAtomic } from '../core/files';
import { toolHome } from '../core/home';
import { commandLine } from '../core/shell';
import type { AwsCredentials } from '../exchange/credentials';

export const REFRESH_MARGIN_MS = 5 * 60_000;

/** The JSON a credential_process prints (Version 1 of the AWS format). */
export interface ProcessCredentials {
  Version: 1;
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: string;
}

export function toProcessCredentials(creds: AwsCredentials): ProcessCredentials {
  return {
    Version: 1,
    AccessKeyId: creds.accessKeyId,
    SecretAccessKey: creds.secretAccessKey,
    SessionToken: creds.sessionToken,
    Expiration: (creds.expiration ?? new Date()).toISOString(),
  };
}

/** The cache of one profile and role chain, in the tool's home. */
export async function cachePath(profile: string, roles: string[], home = toolHome()): Promise<string> {
  const id = createHash('sha256').update(roles.join('\n')).digest('hex').slice(0, 12);
  return join(await privateDir(join(home, 'cache')), `${profile}-${id}.json`);
}

/** The cached credentials, when they are still good for more than five minutes. */
export async function readCache(path: string, now: number): Promise<ProcessCredentials | undefined> {
  try {
    const cached = JSON.parse(await readRegularFile(path, 64 * 1024)) as ProcessCredentials;
    if (cached.Version === 1 && Date.parse(cached.Expiration) - now > REFRESH_MARGIN_MS) return cached;
  } catch {
    // no cache, or an unreadable one: fetch anew
  }
  return undefined;
}

export function writeCache(path: string, value: ProcessCredentials): Promise<void> {
  return writeFileAtomic(path, JSON.stringify(value), 0o600);
}

/**
 * The credential_process line for the profile: the CLI launcher, and the flow's own parameters (no secret), each one
 * quoted word that /bin/sh (the JS SDK) and shlex (botocore) both read back exactly.
 */
export function credentialProcessCommand(cli: string, args: Record<string, string | number | undefined>): string {
  const words = [cli, 'credential-process'];
  for (const [flag, value] of Object.entries(args)) if (value !== undefined) words.push(`--${flag}`, String(value));
  return commandLine(words);
}
