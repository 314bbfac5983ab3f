/**
 * Publishes outputs for the following steps with `envman add`, as one unit that nothing can half-do, SIGKILL included:
 *   - the adds go to a copy of the envstore, in a private (0700) folder beside it; only when every add succeeded is
 *     the copy renamed over the envstore, in one step. Killed at any instant, the step leaves the envstore with all of
 *     this run's outputs or none, whatever a surviving envman does afterwards (it writes into the stage);
 *   - no value touches the disk: each goes through a FIFO in that folder (`--valuefile <fifo>`; envman reads a FIFO,
 *     and reads stdin only when it is a named pipe, which a Node child's is not), written by the step while envman
 *     reads it. A killed step leaves at most the empty FIFO nodes, in that private folder, and the next run removes
 *     such leftovers;
 *   - `--no-expand` keeps `$` in a value literal. Each `envman add` is one process, with only the environment it needs,
 *     within the step's time limit. envman rewrites its store without a lock, so adds never share a store: into an
 *     envstore with no entry (each step's) they run together, one store each, and their entries are joined in order;
 *     into one with entries, one after the other.
 */
import { chmodSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type ChildResult, childFailure, runChild } from '../core/child';
import { StepError } from '../core/errors';
import type { Logger } from '../core/log';
import { onStop } from '../core/signals';
import type { Deadline } from '../net/retry';
import { feed, makeFifos, stage, sweepLeftovers } from './envman-stage';

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

/** One `envman add` of `output` into `store`, its value through `fifo`. */
async function add(output: Output, fifo: string, store: string, deadline: Deadline, log: Logger) {
  const args = ['add', '--key', output.key, '--valuefile', fifo, '--no-expand'];
  if (output.sensitive) args.push('--sensitive');
  log.debug(`envman ${args.join(' ')}`);
  const child = runChild('envman', args, {
    env: ['ENVMAN_*'],
    override: { ENVMAN_ENVSTORE_PATH: store },
    timeoutMs: deadline.remainingMs(),
  });
  const [result] = await Promise.all([child, feed(fifo, output.value, child)]);
  return result;
}

/** An envstore with no entry: empty, or as `envman init` (and the Bitrise CLI, before each step) writes it. */
const NO_ENTRY = /^(envs:[ \t]*\[\][ \t]*\n?)?$/;
/** What `envman add` writes into an envstore with no entry: the list, its entries at the start of a line. */
const ONE_LIST = /^envs:\n- /;

/**
 * The adds together, one envstore each (beside the copy, in the stage): envman rewrites its store without a lock, so
 * adds into one store cannot overlap. Their entries, in the outputs' order, make the same text as one add after the
 * other into a store with no entry (a test holds it, byte for byte, with the real envman). Undefined when a store is
 * not in that form (another envman): the caller then adds one after the other.
 */
async function addTogether(outputs: Output[], fifos: string[], folder: string, deadline: Deadline, log: Logger) {
  const stores = outputs.map((_, i) => join(folder, `store-${i}.yml`));
  for (const store of stores) writeFileSync(store, '', { mode: 0o600 });
  const results = await Promise.all(outputs.map((o, i) => add(o, fifos[i] ?? '', stores[i] ?? '', deadline, log)));
  const failed = results.findIndex((r) => r.failed);
  if (failed >= 0) return { failed: { result: results[failed] as ChildResult, key: outputs[failed]?.key ?? '' } };
  const texts = stores.map((store) => readFileSync(store, 'utf8'));
  if (!texts.every((t) => ONE_LIST.test(t))) return undefined;
  return { merged: `envs:\n${texts.map((t) => t.slice('envs:\n'.length)).join('')}` };
}

/**
 * Publishes the outputs as one unit: into the stage's copy of the envstore, renamed over it only when every add
 * succeeded. Into an envstore with no entry (each step's, under the Bitrise CLI) the adds run together; into one with
 * entries, one after the other.
 */
export const publishWithEnvman: Publish = async (outputs, log, deadline) => {
  const limitSeconds = Math.round(deadline.remainingMs() / 1000);
  log.section('Publishing outputs');
  const store = envstorePath();
  sweepLeftovers(dirname(store));
  const { folder, copy } = stage(store);
  const discard = () => rmSync(folder, { recursive: true, force: true });
  // Stopped by a signal half-way: the copy, the stores and the FIFOs go; the envstore was never touched.
  const unregister = onStop(discard);
  try {
    const fifos = await makeFifos(folder, outputs.length, deadline);
    const empty = NO_ENTRY.test(readFileSync(copy, 'utf8'));
    log.debug(
      empty
        ? `The envstore has no entry: ${outputs.length} adds together, one envstore each, joined in order.`
        : 'The envstore has entries: one add after the other.',
    );
    const together = empty ? await addTogether(outputs, fifos, folder, deadline, log) : undefined;
    if (together?.failed) throw envmanError({ ...together.failed, limitSeconds });
    if (together?.merged !== undefined) writeFileSync(copy, together.merged);
    else {
      if (empty) log.debug('envman wrote its envstores in a form this step does not join: one add after the other.');
      for (const [i, output] of outputs.entries()) {
        const result = await add(output, fifos[i] ?? '', copy, deadline, log);
        if (result.failed) throw envmanError({ result, key: output.key, limitSeconds });
      }
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
