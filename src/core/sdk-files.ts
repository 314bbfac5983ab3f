/**
 * The files the AWS SDK reads by itself (its shared config and credentials files), found as the SDK finds them, and
 * the check that none of them would hang it.
 */
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, sep } from 'node:path';
import { ExitCode, StepError } from './errors';

/** The home folder as the AWS SDK finds it: HOME, then USERPROFILE, then HOMEDRIVE + HOMEPATH, then the OS's. */
export function sdkHome(env: Readonly<Record<string, string | undefined>>): string {
  if (env.HOME) return env.HOME;
  if (env.USERPROFILE) return env.USERPROFILE;
  if (env.HOMEPATH) return `${env.HOMEDRIVE ?? `C:${sep}`}${env.HOMEPATH}`;
  return homedir();
}

/** Where the AWS SDK reads its config or credentials file: the variable, else `.aws/<name>` in its home. */
export function sdkFile(
  env: Readonly<Record<string, string | undefined>>,
  variable: 'AWS_CONFIG_FILE' | 'AWS_SHARED_CREDENTIALS_FILE',
): string | undefined {
  const home = sdkHome(env);
  const name = variable === 'AWS_CONFIG_FILE' ? 'config' : 'credentials';
  return env[variable] || (home ? join(home, '.aws', name) : undefined);
}

/**
 * The AWS SDK reads the shared config and credentials files itself (endpoint_url, FIPS, retries…), with blocking opens
 * on Node's thread pool: a FIFO or a device there would hang the step past every time limit. Each that exists must be
 * a regular file (or a folder, which the SDK skips); checked with stat, which never opens the file.
 */
export async function checkFilesTheSdkReads(env: Readonly<Record<string, string | undefined>>): Promise<void> {
  const paths = [
    ['AWS_CONFIG_FILE', sdkFile(env, 'AWS_CONFIG_FILE')],
    ['AWS_SHARED_CREDENTIALS_FILE', sdkFile(env, 'AWS_SHARED_CREDENTIALS_FILE')],
  ] as const;
  for (const [variable, path] of paths) {
    if (!path) continue;
    const info = await stat(path).catch(() => undefined);
    if (info && !info.isFile() && !info.isDirectory()) {
      throw new StepError(
        `${path} (${variable}) is not a regular file but a pipe, socket or device; the AWS SDK would wait on it forever. Nothing was sent.`,
        { hint: `Point ${variable} at a regular file, or remove ${path}.`, exitCode: ExitCode.badInput },
      );
    }
  }
}
