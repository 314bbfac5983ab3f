/**
 * Every catchable signal that would end the process (SIGTERM from a cancelled build, SIGINT from Ctrl-C, SIGHUP when
 * the terminal goes, SIGQUIT, SIGUSR1/2, SIGALRM): the step undoes what it had half done (temporary value files, a
 * half-published envstore), ends its children's process groups, and exits with the signal's code (128 + number).
 * Any other way out of the process (an exception, process.exit) runs the same clean-up.
 */
import { constants } from 'node:os';
import { killGroup, runningGroups } from './child';

const undo = new Set<() => void>();

/** Registers a synchronous clean-up to run if the step is stopped; returns the function that unregisters it. */
export function onStop(cleanup: () => void): () => void {
  undo.add(cleanup);
  return () => undo.delete(cleanup);
}

const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGALRM'] as const;

/** Ends the children's groups and runs every registered clean-up, once each. */
function stopEverything(): void {
  for (const pid of runningGroups) killGroup(pid);
  for (const cleanup of [...undo]) {
    undo.delete(cleanup);
    try {
      cleanup();
    } catch {
      // go on with the others
    }
  }
}

export function installSignalHandlers(): void {
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      stopEverything();
      process.exit(128 + constants.signals[signal]);
    });
  }
  process.once('exit', stopEverything);
}
