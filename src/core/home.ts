/**
 * What outlives the step. The Bitrise CLI empties the step's own folder (BITRISE_STEP_SOURCE_DIR) before every step, so
 * anything a later step runs or reads lives in `$HOME/.authenticate-with-aws` (0700) instead:
 *   cli.cjs, aws.cjs            the CLI bundle and the AWS chunk it loads, copied from the step (0600)
 *   bin/authenticate-with-aws   a launcher that runs it with the node that ran the step (0700)
 *   cache/                      the credential_process caches (0600 files)
 * Removing the folder (and the profile that names the launcher) removes everything the step left.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { privateDir, writeFileAtomic } from './files';
import { commandLine } from './shell';

export const HOME_FOLDER = '.authenticate-with-aws';

export function toolHome(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return join(env.HOME || homedir(), HOME_FOLDER);
}

export function launcherPath(home = toolHome()): string {
  return join(home, 'bin', 'authenticate-with-aws');
}

/** The CLI bundle next to the running bundle (dist/cli.cjs), or undefined when not running from a bundle. */
function bundledCli(): string | undefined {
  return typeof __dirname === 'string' && basename(__dirname) === 'dist' ? join(__dirname, 'cli.cjs') : undefined;
}

/**
 * How a later step runs this package's CLI: the installed launcher when the step runs from its bundle, otherwise (in
 * development) the `authenticate-with-aws` command on PATH.
 */
export function cliCommand(home = toolHome()): string {
  return bundledCli() === undefined ? 'authenticate-with-aws' : launcherPath(home);
}

/**
 * Copies the CLI bundle into the tool's home and writes its launcher, both atomically. Returns the launcher's path,
 * or undefined when there is no bundle to copy (development runs).
 */
export async function installCli(home = toolHome()): Promise<string | undefined> {
  const source = bundledCli();
  if (source === undefined) return undefined;
  await privateDir(join(home, 'bin'));
  const cli = join(home, 'cli.cjs');
  // The AWS chunk first: the CLI loads it from its own folder.
  await writeFileAtomic(join(home, 'aws.cjs'), await readFile(join(dirname(source), 'aws.cjs')), 0o600);
  await writeFileAtomic(cli, await readFile(source), 0o600);
  const launcher = launcherPath(home);
  await writeFileAtomic(launcher, `#!/bin/sh\nexec ${commandLine([process.execPath, cli])} "$@"\n`, 0o700);
  return launcher;
}
