import type { Reply } from './http';

/**
 * A fault an emulator plays instead of its normal answer: an HTTP answer of its own, a hang, a reset, or a truncated
 * 200 (the headers promise more body than arrives before the connection closes).
 */
export type Fault =
  | { status: number; body?: string; contentType?: string; headers?: Record<string, string> }
  | 'hang'
  | 'reset'
  | 'truncate';

/** Plays the next queued fault, if any; true when it did. */
export function playFault(queue: Fault[], res: Reply): boolean {
  const fault = queue.shift();
  if (fault === undefined) return false;
  if (fault === 'hang') res.hang();
  else if (fault === 'reset') res.reset();
  else if (fault === 'truncate') res.truncate();
  else res.send(fault.status, fault.body ?? '', fault.contentType ?? 'text/plain', fault.headers);
  return true;
}
