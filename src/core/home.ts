/**
 * What outlives the step. The Bitrise CLI empties the step's own folder (BITRISE_STEP_SOURCE_DIR) before every step, so
 * anything a later step runs or reads lives in `$HOME/.authenticate-with-aws` (0700) instead:
 *   cli.cjs, aws.cjs            the CLI bundle and the AWS chunk it loads, copied from the step (0600)
 *   credential-process.cjs      the small bundle that answers credential-process from a fresh cache (0600)
 *   bin/authenticate-with-aws   a launcher that runs them with the node that ran the step (0700)
 *   refresh/, cache/            credential_process's configurations and caches (0600 files)
 * Each folder is checked whenever the step uses it: a symbolic link or another user's folder is refused, and a folder
 * of ours that others could enter or write is made 0700 again.
 * Removing the folder (and the profile that names the launcher) removes everything the step left.
 */
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { ExitCode, StepError } from './errors';
import { privateDir, writeFileAtomic } from './files';
import { commandLine } from './shell';

export const HOME_FOLDER = '.authenticate-with-aws';

/**
 * The user's home folder, from HOME. An unset HOME is refused rather than guessed from the user database: the step
 * would write the AWS profile and its tools where no later step looks. So is a relative one: every path the step
 * writes into a credential_process line is absolute.
 */
export function homeFolder(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const home = env.HOME?.trim();
  if (!home) {
    throw new StepError(
      `HOME is not set, so there is no home folder for the AWS profile and the step's tools (the user database says ${homedir()}).`,
      {
        hint: 'Set HOME (every Bitrise stack does), or set AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE for the profile.',
      },
    );
  }
  if (!isAbsolute(home)) {
    throw new StepError(
      `HOME is the relative path ${JSON.stringify(home)}: the AWS profile, its credential_process line and the step's tools would land wherever each later tool happens to run.`,
      { hint: 'Set HOME to an absolute path (every Bitrise stack does).', exitCode: ExitCode.badInput },
    );
  }
  return home;
}

export function toolHome(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return join(homeFolder(env), HOME_FOLDER);
}

function launcherPath(home = toolHome()): string {
  return join(home, 'bin', 'authenticate-with-aws');
}

/** The CLI bundle next to the running bundle (dist/cli.cjs), or undefined when not running from a bundle. */
function bundledCli(): string | undefined {
  return typeof __dirname === 'string' && basename(__dirname) === 'dist' ? join(__dirname, 'cli.cjs') : undefined;
}

/**
 * What a later step's CLI is made of, in the order they are copied: the chunks it loads (the AWS SDK, its ECR clients,
 * execa), the CLI, and the fast credential_process path that loads the CLI. A test holds that every file one of them
 * requires is in this list.
 */
export const CLI_FILES = ['aws.cjs', 'aws-ecr.cjs', 'execa.cjs', 'cli.cjs', 'credential-process.cjs'] as const;

/**
 * Copies the CLI bundle into the tool's home and writes its launcher, both atomically. Returns how a later step runs
 * the CLI: the launcher's path, or, when there is no bundle to copy (development runs), `authenticate-with-aws` on PATH.
 */
export async function installCli(home = toolHome()): Promise<string> {
  // The CLI a later step runs is the installed one (`assume --refresh` by hand): its launcher is already there.
  if (typeof __dirname === 'string' && __dirname === home) return launcherPath(home);
  const source = bundledCli();
  if (source === undefined) return 'authenticate-with-aws';
  await privateDir(home, { exact: true });
  await privateDir(join(home, 'bin'), { exact: true });
  // The chunks first, then the CLI that loads them, then the fast path that loads the CLI: each from its own folder.
  for (const file of CLI_FILES) {
    await writeFileAtomic(join(home, file), await readFile(join(dirname(source), file)), 0o600);
  }
  const node = process.execPath;
  const launcher = launcherPath(home);
  await writeFileAtomic(
    launcher,
    '#!/bin/sh\nunset NODE_DEBUG NODE_DEBUG_NATIVE\n' +
      `if [ "$1" = credential-process ]; then exec ${commandLine([node, join(home, 'credential-process.cjs')])} "$@"; fi\n` +
      `exec ${commandLine([node, join(home, 'cli.cjs')])} "$@"\n`,
    0o700,
  );
  return launcher;
}
