/**
 * One renewal at a time across processes: 30 tools that find the cache stale together make one token request and one
 * STS session, not 30. The first to create the lock file (exclusively, O_EXCL, never through a link) renews; the
 * others poll the cache until it is fresh or the lock is gone. A lock older than `staleMs` (its holder killed) is
 * taken over; a waiter past its deadline renews by itself rather than fail.
 */
import { open, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

export interface SingleFlight<T> {
  lockPath: string;
  /** A lock older than this is its holder's leftover. */
  staleMs: number;
  /** When a waiter stops waiting and renews by itself (epoch ms). */
  waitUntil: number;
  /** The answer another process left, if there is one now. */
  ready: () => Promise<T | undefined>;
  renew: () => Promise<T>;
  now?: () => number;
}

const POLL_MS = 50;

export async function singleFlight<T>(flight: SingleFlight<T>): Promise<T> {
  const now = flight.now ?? Date.now;
  for (;;) {
    const held = await acquire(flight.lockPath);
    if (held) {
      try {
        // The process that held the lock before may have renewed while this one was getting it.
        return (await flight.ready()) ?? (await flight.renew());
      } finally {
        await held.release();
      }
    }
    const answer = await flight.ready();
    if (answer !== undefined) return answer;
    const age = await stat(flight.lockPath).then(
      (info) => now() - info.mtimeMs,
      () => 0,
    );
    if (age > flight.staleMs) await rm(flight.lockPath, { force: true });
    else if (now() >= flight.waitUntil) return flight.renew();
    else await sleep(POLL_MS);
  }
}

async function acquire(path: string): Promise<{ release: () => Promise<void> } | undefined> {
  try {
    const handle = await open(path, 'wx', 0o600);
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return { release: () => rm(path, { force: true }) };
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') return undefined;
    // No lock can be made here (a read-only folder): renew without one, as before locks existed.
    return { release: async () => {} };
  }
}
