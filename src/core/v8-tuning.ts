/**
 * On Node 20 (V8 11), V8 re-optimises undici's llhttp WebAssembly on background threads after the first request, which
 * costs 75–130 ms of CPU and 35 MiB of memory and delays the exit for a parser that handles one or two answers.
 * `--liftoff-only` keeps the baseline compiler's code. Set through the API, before the first request: a flag on the
 * node command line that a Node version does not know would stop it (exit 9). Node 22 does not pay this cost, and
 * the flag would only slow it, so it is set on Node 20 only.
 */
import { setFlagsFromString } from 'node:v8';

export function tuneV8ForOneShot(): void {
  if (process.versions.node.startsWith('20.')) setFlagsFromString('--liftoff-only');
}
