/**
 * Every catchable signal whose default action ends the process (SIGTERM from a cancelled build, SIGINT from Ctrl-C,
 * SIGHUP when the terminal goes, SIGQUIT, SIGUSR1/2, SIGALRM, the resource limits' SIGXCPU and SIGXFSZ, the timers'
 * SIGVTALRM and SIGPROF, SIGPWR, SIGIO, SIGSTKFLT, SIGSYS, SIGTRAP, SIGABRT): the step undoes what it had half done
 * (the publish's stage folder, its FIFOs and envstore copy), ends its children's process groups, and exits with the
 * signal's code (128 + number). Any other way out of the process (an exception, process.exit) runs the same clean-up.
 * SIGKILL runs nothing: publishing (publish/envman.ts) is built so that it cannot be half done anyway.
 *
 * Under Node's own profiler (`--cpu-prof`, `--prof`, on the command line or in NODE_OPTIONS), SIGPROF is the profiler's
 * sampling tick: it is left to the profiler, which would otherwise end the step at its first sample.
 */
import { constants } from 'node:os';
import { killGroup, runningGroups } from './child';

const undo = new Set<() => void>();

/** Registers a synchronous clean-up to run if the step is stopped; returns the function that unregisters it. */
export function onStop(cleanup: () => void): () => void {
  undo.add(cleanup);
  return () => undo.delete(cleanup);
}

const SIGNALS = [
  'SIGTERM',
  'SIGINT',
  'SIGHUP',
  'SIGQUIT',
  'SIGUSR1',
  'SIGUSR2',
  'SIGALRM',
  'SIGXCPU',
  'SIGXFSZ',
  'SIGVTALRM',
  'SIGPROF',
  'SIGPWR',
  'SIGIO',
  'SIGSTKFLT',
  'SIGSYS',
  'SIGTRAP',
  'SIGABRT',
] as const;

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

/** Whether Node's own profiler runs in this process (it samples on SIGPROF). */
export function profiling(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? '',
): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => /^--(cpu-prof|prof)(=|$)/.test(a));
}

export function installSignalHandlers(): void {
  const profiler = profiling();
  for (const signal of SIGNALS) {
    if (signal === 'SIGPROF' && profiler) continue;
    // A signal this platform does not have (SIGPWR, SIGSTKFLT on macOS) is left out.
    const number = (constants.signals as Record<string, number | undefined>)[signal];
    if (number === undefined) continue;
    process.once(signal, () => {
      stopEverything();
      process.exit(128 + number);
    });
  }
  process.once('exit', stopEverything);
}
