/**
 * Publishes outputs for the following steps with `envman add`, as one unit: either every output is in the envstore,
 * or none of this run's are (the envstore is put back as it was). Every value goes through a 0600 file in a 0700
 * temporary folder (`--valuefile`), never through argv, and `--no-expand` keeps `$` in a value literal. Each `envman
 * add` is one process (and there is no other), with only the environment it needs, within the step's time limit, in a
 * process group that is ended whole.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { childFailure, runChild } from '../core/child';
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

/** The envstore as it is now, and how to put it back. */
function snapshot(path: string): () => void {
  let before: Buffer | undefined;
  try {
    before = readFileSync(path);
  } catch {
    before = undefined;
  }
  return () => {
    if (before !== undefined) writeFileSync(path, before);
  };
}

export const publishWithEnvman: Publish = async (outputs, log, deadline) => {
  const limitSeconds = Math.round(deadline.remainingMs() / 1000);
  log.section('Publishing outputs');
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'authenticate-with-aws-'));
  } catch (error) {
    throw new EnvironmentError(
      'Cannot publish the outputs: the folder for their value files cannot be made in TMPDIR',
      tmpdir(),
      error,
      'Set TMPDIR to a folder this user can write, or unset it to use /tmp. Nothing was published.',
    );
  }
  const store = envstorePath();
  const restore = snapshot(store);
  // Stopped by a signal half-way: the value files go, and the envstore is put back.
  const unregister = onStop(() => {
    rmSync(dir, { recursive: true, force: true });
    restore();
  });
  try {
    const files: string[] = [];
    for (const [i, output] of outputs.entries()) {
      const file = join(dir, String(i));
      writeFileSync(file, output.value, { mode: 0o600, flag: 'wx' });
      files.push(file);
      log.debug(
        `envman add --key ${output.key} --valuefile ${file} --no-expand${output.sensitive ? ' --sensitive' : ''}`,
      );
    }
    // One `envman add` process per output, in order (envman rewrites one envstore), and no other process.
    const added: string[] = [];
    for (const [i, output] of outputs.entries()) {
      const args = ['add', '--key', output.key, '--valuefile', files[i] ?? '', '--no-expand'];
      const result = await runChild('envman', output.sensitive ? [...args, '--sensitive'] : args, {
        env: ['ENVMAN_*'],
        timeoutMs: deadline.remainingMs(),
      });
      if (!result.failed) {
        added.push(output.key);
        continue;
      }
      let undone = true;
      try {
        restore();
      } catch {
        undone = false;
      }
      throw envmanError(result, output.key, added, undone, limitSeconds);
    }
  } finally {
    unregister();
    rmSync(dir, { recursive: true, force: true });
  }
  log.print('The following outputs are exported as environment variables:');
  for (const output of outputs) log.print(`- $${output.key}${output.sensitive ? ' (sensitive)' : ''}`);
};

/** Built from the keys, the exit status and envman's own output: never from a command line or a value. */
function envmanError(
  result: Awaited<ReturnType<typeof runChild>>,
  key: string,
  added: string[],
  undone: boolean,
  limitSeconds: number,
): StepError {
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
  const state =
    added.length === 0
      ? 'Nothing was published.'
      : undone
        ? `Nothing was published: ${added.join(', ')} had been added, and the envstore was put back as it was.`
        : `Only ${added.join(', ')} were published; the envstore could not be put back.`;
  return new StepError(`${message}\n${state}`, {
    hint: 'Check that ENVMAN_ENVSTORE_PATH points to a writable envstore (the Bitrise CLI sets it for each step).',
  });
}
