/**
 * Publishes outputs for the following steps with `envman add`, as one unit that nothing can half-do, SIGKILL included:
 *   - the adds go to a copy of the envstore, in a private (0700) folder beside it; only when every add succeeded is
 *     the copy renamed over the envstore, in one step. Killed at any instant, the step leaves the envstore with all of
 *     this run's outputs or none, whatever a surviving envman does afterwards (it writes to the copy);
 *   - no value touches the disk: each goes through a FIFO in that folder (`--valuefile <fifo>`; envman reads a FIFO,
 *     and reads stdin only when it is a named pipe, which a Node child's is not), written by the step while envman
 *     reads it. A killed step leaves at most the empty FIFO nodes, in that private folder, and the next run removes
 *     such leftovers;
 *   - `--no-expand` keeps `$` in a value literal. Each `envman add` is one process (envman rewrites its store without a
 *     lock, so they run one after another), with only the environment it needs, within the step's time limit.
 */
import {
  chmodSync,
  constants,
  copyFileSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ChildResult, childFailure, runChild } from '../core/child';
import { EnvironmentError, StepError } from '../core/errors';
import type { Logger } from '../core/log';
import { onStop } from '../core/signals';
import type { Deadline } from '../net/retry';

export interface Output {
  key: string;
  value: string;
  sensitive: boolean;
}

/** Where the publisher sends outputs, within the step's deadline (on the step's clock). */
export type Publish = (outputs: Output[], log: Logger, deadline: Deadline) => Promise<void>;

/** The envstore envman writes to: ENVMAN_ENVSTORE_PATH (the Bitrise CLI sets it for each step), else ./.envstore.yml. */
function envstorePath(): string {
  return resolve(process.env.ENVMAN_ENVSTORE_PATH || '.envstore.yml');
}

const STAGE_PREFIX = '.authenticate-with-aws-publish-';

/** Whether the process that made a stage folder (its pid is in the name) is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes the stage folders that killed runs left beside the envstore: only ours (a folder of this user, not a link),
 * and only when the process that made it is gone.
 */
function sweepLeftovers(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.startsWith(STAGE_PREFIX));
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(folder, name);
    try {
      const info = lstatSync(path);
      const pid = Number(/^(\d+)-/.exec(name.slice(STAGE_PREFIX.length))?.[1]);
      if (info.isDirectory() && info.uid === process.getuid?.() && pid > 0 && !alive(pid)) {
        rmSync(path, { recursive: true, force: true });
      }
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/** The private stage folder beside the envstore, and the copy of the envstore in it. */
function stage(store: string): { folder: string; copy: string } {
  let folder: string;
  try {
    folder = mkdtempSync(join(dirname(store), `${STAGE_PREFIX}${process.pid}-`));
  } catch (error) {
    throw new EnvironmentError(
      'Cannot publish the outputs: the folder beside the envstore cannot be written',
      dirname(store),
      error,
      'Check ENVMAN_ENVSTORE_PATH (the Bitrise CLI sets it for each step). Nothing was published.',
    );
  }
  const copy = join(folder, basename(store));
  try {
    copyFileSync(store, copy);
  } catch (error) {
    // No envstore yet: the copy starts empty, as the Bitrise CLI creates each step's.
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
    writeFileSync(copy, '');
  }
  return { folder, copy };
}

/** Writes `value` into the FIFO once envman opens it for reading; gives up when envman is gone without opening it. */
async function feed(fifo: string, value: string, child: Promise<unknown>): Promise<void> {
  let gone = false;
  void child.then(() => {
    gone = true;
  });
  while (!gone) {
    try {
      // Non-blocking: fails with ENXIO while no reader has the FIFO open, instead of hanging Node's thread pool.
      const handle = await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
      try {
        await handle.writeFile(value);
      } finally {
        await handle.close();
      }
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'ENXIO') throw error;
      await sleep(1);
    }
  }
}

/** One FIFO per output, made 0600 in the stage folder by one `mkfifo` (Node has no mkfifo of its own). */
async function makeFifos(folder: string, count: number, deadline: Deadline): Promise<string[]> {
  const fifos = Array.from({ length: count }, (_, i) => join(folder, `value-${i}`));
  const made = await runChild('mkfifo', ['-m', '600', ...fifos], { env: [], timeoutMs: deadline.remainingMs() });
  if (made.failed) {
    throw new StepError(childFailure('Cannot publish the outputs: mkfifo', made), {
      hint: 'mkfifo (coreutils) must be on PATH. Nothing was published.',
    });
  }
  return fifos;
}

export const publishWithEnvman: Publish = async (outputs, log, deadline) => {
  const limitSeconds = Math.round(deadline.remainingMs() / 1000);
  log.section('Publishing outputs');
  const store = envstorePath();
  sweepLeftovers(dirname(store));
  const { folder, copy } = stage(store);
  const discard = () => rmSync(folder, { recursive: true, force: true });
  // Stopped by a signal half-way: the copy and the FIFOs go; the envstore was never touched.
  const unregister = onStop(discard);
  try {
    const fifos = await makeFifos(folder, outputs.length, deadline);
    for (const [i, output] of outputs.entries()) {
      const fifo = fifos[i] ?? '';
      const args = ['add', '--key', output.key, '--valuefile', fifo, '--no-expand'];
      if (output.sensitive) args.push('--sensitive');
      log.debug(`envman ${args.join(' ')}`);
      const child = runChild('envman', args, {
        env: ['ENVMAN_*'],
        override: { ENVMAN_ENVSTORE_PATH: copy },
        timeoutMs: deadline.remainingMs(),
      });
      const [result] = await Promise.all([child, feed(fifo, output.value, child)]);
      if (result.failed) throw envmanError({ result, key: output.key, limitSeconds });
    }
    // Every add succeeded: the outputs appear together.
    const mode = statSync(store, { throwIfNoEntry: false })?.mode;
    if (mode !== undefined) chmodSync(copy, mode & 0o777);
    renameSync(copy, store);
  } finally {
    unregister();
    discard();
  }
  log.print('The following outputs are exported as environment variables:');
  for (const output of outputs) log.print(`- $${output.key}${output.sensitive ? ' (sensitive)' : ''}`);
};

/** Built from the key, the exit status and envman's own output: never from a command line or a value. */
function envmanError({ result, key, limitSeconds }: { result: ChildResult; key: string; limitSeconds: number }) {
  if (result.code === 'ENOENT') {
    return new StepError('envman was not found on PATH, so the outputs cannot be published.', {
      hint: 'envman comes with the Bitrise CLI; run this step with `bitrise run`, or install envman.',
    });
  }
  const message = childFailure(
    `envman could not publish ${key}: it`,
    result,
    limitSeconds,
    (exitCode) => `exited with code ${exitCode}`,
  );
  return new StepError(`${message}\nNothing was published: the envstore is as it was.`, {
    hint: 'Check that ENVMAN_ENVSTORE_PATH points to a writable envstore (the Bitrise CLI sets it for each step).',
  });
}
