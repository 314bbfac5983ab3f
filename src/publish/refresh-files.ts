/**
 * `credential_process` support. With `refresh`, each profile names a command that the AWS CLI and SDKs run whenever
 * they need credentials. It prints the credential_process JSON (Version 1). While the cache has more than 15 minutes
 * left (half the session, for sessions of 30 minutes or less) it serves it, so botocore and the AWS CLI, which refresh
 * from 15 minutes before expiry, never get credentials they would refresh at once; after that it gets fresh ones: a
 * new identity token from the Bitrise API (the build API token is read from the environment each time, never stored),
 * and the saved target assumed again.
 *
 * Everything lives in the tool's home (home.ts), which lasts for the whole build:
 *   refresh/<profile>-<hash>.json  the saved target and its outcome (config/renewal.ts; no secret), 0600
 *   cache/<profile>-<hash>.json    the credentials, with the key of that file and when they were issued, 0600
 *   cache/<profile>-<hash>.json.lock  held by the one process renewing; the others wait for its answer
 * The hash is of the configuration file's text, and the cache holds it too, so two configurations never share a cache.
 * Both files are read only when they are regular files of the user's own, 0600, not reached through a link. A cache
 * whose credentials are not what STS would answer for the saved role and session is discarded.
 *
 * This module is what the fast path (credential-process-main.ts) bundles: node's own modules and nothing heavy.
 */
import { basename, dirname, join } from 'node:path';
import type { RenewalFile } from '../config/renewal';
import type { AwsCredentials } from '../core/credentials';
import { FileReadError, privateDir, readRegularFileSync, writeFileAtomic } from '../core/files';
import { commandLine } from '../core/shell';
import { credentialsFrom, parseStsArn } from '../exchange/credentials';

/** botocore and the AWS CLI refresh credential_process credentials from 15 minutes before they expire. */
const TOOLS_REFRESH_MS = 15 * 60_000;

/** How long before expiry a cached answer stops being served: 15 minutes, or half of a session of 30 minutes or less. */
export function refreshMarginMs(sessionSeconds: number): number {
  return Math.min(TOOLS_REFRESH_MS, (sessionSeconds * 1000) / 2);
}
/** How far the clocks of STS and the build machine may disagree when the cache's times are checked. */
const CLOCK_SKEW_MS = 5 * 60_000;
const MAX_FILE_BYTES = 256 * 1024;

/** The JSON a credential_process prints (Version 1 of the AWS format). */
export interface ProcessCredentials {
  Version: 1;
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: string;
}

/** The cache: the credentials, the key of the configuration they were made for, and when they were received. */
interface CacheFile {
  version: 1;
  key: string;
  issuedAt: string;
  assumedRoleArn: string;
  credentials: ProcessCredentials;
}

export type CacheLookup =
  | { kind: 'hit'; credentials: ProcessCredentials }
  | { kind: 'missing' | 'stale' }
  | { kind: 'invalid'; reason: string };

export function toProcessCredentials(creds: AwsCredentials): ProcessCredentials {
  return {
    Version: 1,
    AccessKeyId: creds.accessKeyId,
    SecretAccessKey: creds.secretAccessKey,
    SessionToken: creds.sessionToken,
    Expiration: (creds.expiration ?? new Date()).toISOString(),
  };
}

/**
 * What ties a cache (and the renewal file's name) to the renewal file's exact text: FNV-1a over its UTF-16 code units in
 * two 32-bit lanes (different offset bases and primes), 16 hex digits, then the length. Not a defence against anyone:
 * both files are the user's own and 0600; it only tells a cache of another configuration apart. (node:crypto's
 * SHA-256 would do the same and cost the cached answer, which every AWS call of a later step waits for, 3 ms to load.)
 */
function keyOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${hex(a)}${hex(b)}-${text.length.toString(16)}`;
}

/** The cache that belongs to a renewal file: `<home>/cache/<same name>`. */
export function cacheFileOf(renewalPath: string): string {
  return join(dirname(dirname(renewalPath)), 'cache', basename(renewalPath));
}

/** The saved target the renewal replays: the last of the renewal's targets. */
export function savedTarget(renewal: RenewalFile): { roleArn: string; durationSeconds: number } {
  const last = renewal.targets.at(-1);
  return { roleArn: last?.session.roleArn ?? '', durationSeconds: last?.session.durationSeconds ?? 0 };
}

/** Writes the renewal file (and makes the cache folder); returns its path and the key of its text. */
export async function saveRenewal(home: string, renewal: RenewalFile): Promise<{ path: string; key: string }> {
  const text = `${JSON.stringify(renewal, null, 2)}\n`;
  const folder = await privateDir(join(home, 'refresh'), { exact: true });
  await privateDir(join(home, 'cache'), { exact: true });
  const key = keyOf(text);
  const path = join(folder, `${renewal.profile}-${key.slice(0, 16)}.json`);
  await writeFileAtomic(path, text, 0o600);
  return { path, key };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/** The renewal file, checked (private, of this shape), and the key of its text. */
export async function readRenewal(path: string): Promise<{ renewal: RenewalFile; key: string }> {
  const text = readRegularFileSync(path, MAX_FILE_BYTES, { private: true });
  let value: Partial<RenewalFile>;
  try {
    value = JSON.parse(text) as Partial<RenewalFile>;
  } catch {
    throw new FileReadError(path, 'it is not JSON');
  }
  const targets = value.targets;
  if (
    value.version !== 2 ||
    typeof value.profile !== 'string' ||
    typeof value.region !== 'string' ||
    typeof value.stsEndpoint !== 'string' ||
    !isStringRecord(value.identity) ||
    !Array.isArray(targets) ||
    targets.length === 0 ||
    !targets.every((t) => typeof t?.session?.roleArn === 'string' && Number.isInteger(t.session.durationSeconds))
  ) {
    throw new FileReadError(path, 'it is not a configuration this version of the step wrote');
  }
  return { renewal: value as RenewalFile, key: keyOf(text) };
}

/** Why a cache's content is not what the step wrote for this configuration, or undefined when it is. */
function problemOf(cache: Partial<CacheFile>, renewal: RenewalFile, key: string, now: number): string | undefined {
  if (cache.version !== 1 || cache.key !== key) return 'it was written for another configuration';
  const c = cache.credentials;
  const issuedAt = Date.parse(cache.issuedAt ?? '');
  const expiration = Date.parse(c?.Expiration ?? '');
  if (c?.Version !== 1 || Number.isNaN(issuedAt) || Number.isNaN(expiration)) return 'it is not a cache of this step';
  if (issuedAt > now + CLOCK_SKEW_MS) return 'it says it was issued in the future';
  const { roleArn, durationSeconds } = savedTarget(renewal);
  if (expiration > issuedAt + durationSeconds * 1000 + CLOCK_SKEW_MS) {
    return `its credentials outlast the ${durationSeconds} s session they were issued for`;
  }
  try {
    const { partition, accountId } = parseStsArn(roleArn);
    // A session of the configured role: arn:<partition>:sts::<account>:assumed-role/<role name>/<session>.
    const arn = cache.assumedRoleArn ?? '';
    if (!arn.startsWith(`arn:${partition}:sts::${accountId}:assumed-role/${roleArn.split('/').at(-1)}/`)) {
      return `they are not a session of ${roleArn}`;
    }
    const out = { ...c, Expiration: new Date(expiration) };
    credentialsFrom({ Credentials: out, AssumedRoleUser: { Arn: arn } }, { partition, accountId }, issuedAt);
  } catch {
    return 'its credentials are not of the form STS issues';
  }
  return undefined;
}

/** The cache, when it is the step's own, for this configuration, and good for longer than the refresh margin. */
export async function readCache(path: string, renewal: RenewalFile, key: string, now: number): Promise<CacheLookup> {
  let text: string;
  try {
    text = readRegularFileSync(path, MAX_FILE_BYTES, { private: true });
  } catch (error) {
    if (error instanceof FileReadError && error.reason === 'no such file') return { kind: 'missing' };
    return { kind: 'invalid', reason: error instanceof FileReadError ? error.reason : String(error) };
  }
  let cache: Partial<CacheFile>;
  try {
    cache = JSON.parse(text) as Partial<CacheFile>;
  } catch {
    return { kind: 'invalid', reason: 'it is not JSON' };
  }
  const reason = problemOf(cache, renewal, key, now);
  if (reason !== undefined) return { kind: 'invalid', reason };
  const credentials = cache.credentials as ProcessCredentials;
  const margin = refreshMarginMs(savedTarget(renewal).durationSeconds);
  if (Date.parse(credentials.Expiration) - now <= margin) return { kind: 'stale' };
  return { kind: 'hit', credentials };
}

/** Writes the cache, making its folder again (private) when a clean-up removed it. */
export async function writeCache(path: string, key: string, creds: AwsCredentials, now: number): Promise<void> {
  await privateDir(dirname(path), { exact: true });
  const cache: CacheFile = {
    version: 1,
    key,
    issuedAt: new Date(now).toISOString(),
    assumedRoleArn: creds.assumedRoleArn,
    credentials: toProcessCredentials(creds),
  };
  await writeFileAtomic(path, JSON.stringify(cache), 0o600);
}

/**
 * The credential_process line for the profile: the CLI launcher and the renewal file, each one quoted word that /bin/sh
 * (the JS SDK) and shlex (botocore) both read back exactly.
 */
export function credentialProcessCommand(cli: string, renewalPath: string): string {
  return commandLine([cli, 'credential-process', '--config', renewalPath]);
}
