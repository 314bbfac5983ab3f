/**
 * SIGTERM and SIGINT (a cancelled build, Ctrl-C): the step undoes what it had half done (temporary value files, a
 * half-published envstore), ends its children's process groups, and exits with the signal's code (128 + number).
 */
import { constants } from 'node:os';
import { killGroup, runningGroups } from './child';

const undo = new Set<() => void>();

/** Registers a synchronous clean-up to run if the step is stopped; returns the function that unregisters it. */
export function onStop(cleanup: () => void): () => void {
  undo.add(cleanup);
  return () => undo.delete(cleanup);
}

export function installSignalHandlers(): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      for (const pid of runningGroups) killGroup(pid);
      for (const cleanup of undo) {
        try {
          cleanup();
        } catch {
          // go on with the others
        }
      }
      process.exit(128 + constants.signals[signal]);
    });
  }
}
