import type { Reply } from './http';

/** A fault an emulator plays instead of its normal answer: an HTTP answer of its own, a hang, or a reset. */
export type Fault =
  | { status: number; body?: string; contentType?: string; headers?: Record<string, string> }
  | 'hang'
  | 'reset';

/** Plays the next queued fault, if any; true when it did. */
export function playFault(queue: Fault[], res: Reply): boolean {
  const fault = queue.shift();
  if (fault === undefined) return false;
  if (fault === 'hang') res.hang();
  else if (fault === 'reset') res.reset();
  else res.send(fault.status, fault.body ?? '', fault.contentType ?? 'text/plain', fault.headers);
  return true;
}
