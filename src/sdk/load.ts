/**
 * Loads the AWS chunk (aws.ts). In the bundles this import is `require('./aws.cjs')`, the sibling file
 * (scripts/build.mjs keeps the chunk out of the bundles that load it); from the sources it is the module itself.
 * Loaded once.
 */
export type AwsSdk = typeof import('./aws');

let loading: Promise<AwsSdk> | undefined;

export function loadAws(): Promise<AwsSdk> {
  loading ??= import('./aws');
  return loading;
}
