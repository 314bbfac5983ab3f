/**
 * Loads the AWS chunk (aws.ts). In the bundles this import is the sibling file dist/aws.cjs (scripts/build.mjs keeps it
 * out of the step's own bundle); from the sources it is the module itself. Loaded once.
 */
export type AwsSdk = typeof import('./aws');

let loading: Promise<AwsSdk> | undefined;

export function loadAws(): Promise<AwsSdk> {
  loading ??= import('./aws');
  return loading;
}
