/**
 * `credential_process` support. With `refresh`, the profile names a command that the AWS CLI and SDKs run whenever they
 * need credentials. It prints the credential_process JSON (Version 1). While the cache is good for more than five
 * minutes it serves it; after that it gets fresh credentials: a new identity token from the Bitrise API (the build API
 * token is read from the environment each time, never stored), and the step's own Run phase again.
 *
 * Everything lives in the tool's home (home.ts), which lasts for the whole build:
 *   refresh/<profile>-<hash>.json  the configuration the step validated, as the inputs that travel (no secret), 0600
 *   cache/<profile>-<hash>.json    the credentials, with the key of that configuration and when they were issued, 0600
 * The hash is of the configuration file's text, and the cache holds it too, so two configurations never share a cache.
 * Both files are read only when they are regular files of the user's own, 0600, not reached through a link. A cache
 * whose credentials are not what STS would answer for the configured role and duration is discarded.
 *
 * This module is what the fast path (credential-process-main.ts) bundles: node's own modules and nothing heavy.
 */
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { RenewalFile } from '../config/renewal';
import { FileReadError, privateDir, readRegularFile, writeFileAtomic } from '../core/files';
import { commandLine } from '../core/shell';
import { type AwsCredentials, credentialsFrom, parseStsArn } from '../exchange/credentials';

export const REFRESH_MARGIN_MS = 5 * 60_000;
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

const keyOf = (text: string) => createHash('sha256').update(text).digest('hex');

/** The cache that belongs to a renewal file: `<home>/cache/<same name>`. */
export function cacheFileOf(renewalPath: string): string {
  return join(dirname(dirname(renewalPath)), 'cache', basename(renewalPath));
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
  const text = await readRegularFile(path, MAX_FILE_BYTES, { private: true });
  let value: Partial<RenewalFile>;
  try {
    value = JSON.parse(text) as Partial<RenewalFile>;
  } catch {
    throw new FileReadError(path, 'it is not JSON');
  }
  const session = value.session;
  if (
    value.version !== 1 ||
    typeof value.profile !== 'string' ||
    !isStringRecord(value.inputs) ||
    !isStringRecord(value.environment) ||
    typeof session?.roleArn !== 'string' ||
    !Number.isInteger(session.durationSeconds)
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
  const { roleArn, durationSeconds } = renewal.session;
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

/** The cache, when it is the step's own, for this configuration, and good for more than five more minutes. */
export async function readCache(path: string, renewal: RenewalFile, key: string, now: number): Promise<CacheLookup> {
  let text: string;
  try {
    text = await readRegularFile(path, MAX_FILE_BYTES, { private: true });
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
  if (Date.parse(credentials.Expiration) - now <= REFRESH_MARGIN_MS) return { kind: 'stale' };
  return { kind: 'hit', credentials };
}

export function writeCache(path: string, key: string, creds: AwsCredentials, now: number): Promise<void> {
  const cache: CacheFile = {
    version: 1,
    key,
    issuedAt: new Date(now).toISOString(),
    assumedRoleArn: creds.assumedRoleArn,
    credentials: toProcessCredentials(creds),
  };
  return writeFileAtomic(path, JSON.stringify(cache), 0o600);
}

/**
 * The credential_process line for the profile: the CLI launcher and the renewal file, each one quoted word that /bin/sh
 * (the JS SDK) and shlex (botocore) both read back exactly.
 */
export function credentialProcessCommand(cli: string, renewalPath: string): string {
  return commandLine([cli, 'credential-process', '--config', renewalPath]);
}
