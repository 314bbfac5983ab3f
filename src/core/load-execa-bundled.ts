/**
 * load-execa.ts as the bundles have it: the execa chunk is the sibling file execa.cjs, loaded with `require` (not
 * `import()`, which would send a CommonJS file through the ES module loader).
 */
import type { Execa } from './load-execa';

export type { Execa };

let loading: Promise<Execa> | undefined;

export function loadExeca(): Promise<Execa> {
  loading ??= Promise.resolve().then(() => require('./execa.cjs') as Execa);
  return loading;
}
