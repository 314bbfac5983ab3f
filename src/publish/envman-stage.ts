/**
 * The private stage of a publish (envman.ts): a 0700 folder beside the envstore holding a copy of the envstore, the
 * FIFOs the values travel through, and, when the adds run together, one envstore per output. Killed runs' stages are
 * swept by the next publish, once their process is gone.
 */
import { constants, copyFileSync, lstatSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { childFailure, runChild } from '../core/child';
import { EnvironmentError, StepError } from '../core/errors';
import type { Deadline } from '../net/retry';

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
export function sweepLeftovers(folder: string): void {
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
export function stage(store: string): { folder: string; copy: string } {
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
    writeFileSync(copy, '', { mode: 0o600 });
  }
  return { folder, copy };
}

/** Writes `value` into the FIFO once envman opens it for reading; gives up when envman is gone without opening it. */
export async function feed(fifo: string, value: string, child: Promise<unknown>): Promise<void> {
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
export async function makeFifos(folder: string, count: number, deadline: Deadline): Promise<string[]> {
  const fifos = Array.from({ length: count }, (_, i) => join(folder, `value-${i}`));
  const made = await runChild('mkfifo', ['-m', '600', ...fifos], { env: [], timeoutMs: deadline.remainingMs() });
  if (made.failed) {
    throw new StepError(childFailure('Cannot publish the outputs: mkfifo', made), {
      hint: 'mkfifo (coreutils) must be on PATH. Nothing was published.',
    });
  }
  return fifos;
}
