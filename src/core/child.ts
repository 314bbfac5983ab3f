/**
 * The one way the step runs a child process (envman, docker), through execa:
 *   - the child gets only the environment it needs, never the step's inputs (which hold secrets);
 *   - it leads its own process group, which is killed whole at the time limit, on cancel, and when the step is
 *     stopped by a signal (signals.ts), so no grandchild outlives the step;
 *   - a failure is described by one function, in one order of causes, from the exit status and the child's own
 *     output, never from its command line or its input.
 */
import { loadExeca } from './load-execa';
import { printable } from './log';

/** What every child may see of the environment. */
const BASE = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LC_ALL', 'LC_CTYPE', 'USER', 'LOGNAME', 'SHELL', 'TZ'];

/** The environment a child gets: BASE, the names listed, and the names that start with a listed prefix ending in `*`. */
export function childEnv(names: readonly string[], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const prefixes = names.filter((n) => n.endsWith('*')).map((n) => n.slice(0, -1));
  const exact = new Set([...BASE, ...names.filter((n) => !n.endsWith('*'))]);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && (exact.has(name) || prefixes.some((p) => name.startsWith(p)))) out[name] = value;
  }
  return out;
}

export interface ChildResult {
  failed: boolean;
  /** ENOENT when the program is not on PATH. */
  code?: string | undefined;
  exitCode?: number | undefined;
  signal?: string | undefined;
  timedOut: boolean;
  cancelled: boolean;
  /** stdout and stderr, interleaved. */
  output: string;
}

/** Process groups of the children still running, for signals.ts. */
export const runningGroups = new Set<number>();

export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export interface ChildOptions {
  /** Names (and `PREFIX*`s) of the variables the child needs besides the base ones. */
  env: readonly string[];
  /** Variables set for the child whatever the step's own environment says. */
  override?: Readonly<Record<string, string>>;
  /** What of the child's output is kept for messages: stderr alone (the cheapest), or both streams interleaved. */
  output?: 'stderr' | 'all';
  input?: string;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/**
 * Initialises execa ahead of its first use: the step calls this once its STS request is under way, so that the
 * publish that follows the answer does not pay for it. Loading only; any failure shows at the real use.
 */
export function warmUpChildren(): void {
  loadExeca().catch(() => undefined);
}

export async function runChild(file: string, args: readonly string[], options: ChildOptions): Promise<ChildResult> {
  // Loaded on first use (its own chunk): the step starts, and sends its first request, without reading execa.
  const { execa } = await loadExeca();
  const all = options.output === 'all';
  const child = execa(file, args, {
    env: { ...childEnv(options.env), ...options.override },
    extendEnv: false,
    reject: false,
    ...(all ? { all: true } : { stdout: 'ignore' as const }),
    detached: true,
    // The process group is ended here and by signals.ts; execa's own exit hooks would only add cost to each call.
    cleanup: false,
    ...(options.input === undefined ? { stdin: 'ignore' as const } : { input: options.input }),
  });
  const pid = child.pid;
  // At the time limit or on cancel the whole group is killed: a grandchild holding the output pipes open would
  // otherwise keep the child "running" after the child itself is gone.
  let timedOut = false;
  let cancelled = false;
  const stop = (why: 'time' | 'cancel') => {
    if (why === 'time') timedOut = true;
    else cancelled = true;
    if (pid !== undefined) killGroup(pid);
  };
  const timer = setTimeout(() => stop('time'), Math.max(1, options.timeoutMs));
  const onAbort = () => stop('cancel');
  options.signal?.addEventListener('abort', onAbort);
  if (pid !== undefined) runningGroups.add(pid);
  const result = await child;
  clearTimeout(timer);
  options.signal?.removeEventListener('abort', onAbort);
  if (pid !== undefined) {
    // The child may have left its own children behind (a shell's envman calls): end the whole group.
    killGroup(pid);
    runningGroups.delete(pid);
  }
  return {
    failed: result.failed || timedOut || cancelled,
    code: (result as { code?: string }).code,
    exitCode: result.exitCode,
    signal: result.signal,
    timedOut,
    cancelled,
    output: String((all ? result.all : result.stderr) ?? ''),
  };
}

/**
 * Why a child failed, most telling cause first (as execa orders them): not found, timed out, cancelled, killed by a
 * signal, the exit code; then the last lines of its own output, escaped for the log.
 */
export function childFailure(
  what: string,
  result: ChildResult,
  limitSeconds?: number,
  failed: (exitCode: number | string) => string = (exitCode) => `failed with exit code ${exitCode}`,
): string {
  const reason =
    result.code === 'ENOENT'
      ? 'was not found on PATH'
      : result.timedOut
        ? `did not finish within ${limitSeconds === undefined ? 'its time limit' : `${limitSeconds} s`}`
        : result.cancelled
          ? 'was stopped'
          : result.signal
            ? `was killed by ${result.signal}`
            : failed(result.exitCode ?? 'unknown');
  const said = lastLines(result.output);
  return `${what} ${reason}${said ? `:\n${said}` : '.'}`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences are what this removes
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;

/** The last few non-empty lines of a child's output, its colours removed, each escaped for the log. */
export function lastLines(output: string, count = 4, skip?: RegExp): string {
  return output
    .replace(ANSI, '')
    .split('\n')
    .filter((line) => line.trim() !== '' && !skip?.test(line))
    .slice(-count)
    .map(printable)
    .join('\n');
}
