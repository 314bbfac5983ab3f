/**
 * load.ts as the bundles have it: the AWS chunk is the sibling file aws.cjs, loaded with `require`. (`import()` would
 * send a CommonJS file through the ES module loader, which first scans the whole chunk for its exports: about 20 ms.)
 */
import type { AwsSdk } from './load';

export type { AwsSdk };

let loading: Promise<AwsSdk> | undefined;

export function loadAws(): Promise<AwsSdk> {
  loading ??= Promise.resolve().then(() => require('./aws.cjs') as AwsSdk);
  return loading;
}
