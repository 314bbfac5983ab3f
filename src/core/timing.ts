/**
 * Phase marks for `npm run bench` (never on otherwise): with AUTHENTICATE_WITH_AWS_TIMING set, the step prints, as
 * it exits, one JSON line on stderr with the time of each mark since the process started (ms).
 */
import { performance } from 'node:perf_hooks';

const on = Boolean(process.env.AUTHENTICATE_WITH_AWS_TIMING);
const marks: Array<[string, number]> = [];

export function mark(name: string): void {
  if (!on) return;
  if (marks.length === 0) process.on('exit', () => process.stderr.write(`timing ${JSON.stringify(marks)}\n`));
  marks.push([name, +performance.now().toFixed(1)]);
}
