/**
 * Loads the ECR chunk (aws-ecr.ts). In the bundles this import is `require('./aws-ecr.cjs')` from dist/aws.cjs, the
 * sibling file (scripts/build.mjs); from the sources it is the module itself. Loaded once.
 */
export type EcrChunk = typeof import('./aws-ecr');

let loading: Promise<EcrChunk> | undefined;

export function loadEcrChunk(): Promise<EcrChunk> {
  loading ??= import('./aws-ecr');
  return loading;
}
