/**
 * `credential_process` support. With `refresh`, the profile names a command that the AWS CLI and SDKs run whenever they
 * need credentials: it prints the credential_process JSON (Version 1), served from a 0600 cache until five minutes
 * before expiry, then fresh — a new identity token from the Bitrise API (the build API token is read from the
 * environment each time, never stored), and the role assumed again. So a build can outlive the role's session limit.
 */
import { createHash } from 'node:crypto';
import { chmod, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AwsCredentials } from '../exchange/sts';

export const REFRESH_MARGIN_MS = 5 * 60_000;

export interface ProcessCredentials {
  Version: 1;
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: string;
}

export function processCredentials(creds: AwsCredentials): ProcessCredentials {
  return {
    Version: 1,
    AccessKeyId: creds.accessKeyId,
    SecretAccessKey: creds.secretAccessKey,
    SessionToken: creds.sessionToken,
    Expiration: (creds.expiration ?? new Date()).toISOString(),
  };
}

/** The cache of one profile and role chain, in the build's temporary folder. */
export function cachePath(profile: string, roles: string[]): string {
  const id = createHash('sha256').update(roles.join('\n')).digest('hex').slice(0, 12);
  return join(tmpdir(), `authenticate-with-aws-${profile}-${id}.json`);
}

/** The cached credentials, when they are still good for more than five minutes. */
export async function readCache(path: string, now: number): Promise<ProcessCredentials | undefined> {
  try {
    const cached = JSON.parse(await readFile(path, 'utf8')) as ProcessCredentials;
    if (cached.Version === 1 && Date.parse(cached.Expiration) - now > REFRESH_MARGIN_MS) return cached;
  } catch {
    // no cache, or an unreadable one: fetch anew
  }
  return undefined;
}

export async function writeCache(path: string, value: ProcessCredentials): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(value), { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

const quote = (value: string) =>
  /^[\w@%+=:,./-]+$/.test(value) ? value : `"${value.replace(/(["\\\\$`])/g, '\\\\$1')}"`;

/** The credential_process line for the profile: the CLI command, and the flow's own parameters (no secret). */
export function credentialProcessCommand(cli: string[], args: Record<string, string | number | undefined>): string {
  const flags = Object.entries(args)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `--${k} ${quote(String(v))}`);
  return [...cli.map(quote), 'credential-process', ...flags].join(' ');
}
