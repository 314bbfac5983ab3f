/**
 * Loads the ECR chunk (aws-ecr.ts). In the bundles this import is the sibling file dist/aws-ecr.cjs
 * (load-ecr-bundled.ts, required from dist/aws.cjs); from the sources it is the module itself. Loaded once.
 */
export type EcrChunk = typeof import('./aws-ecr');

let loading: Promise<EcrChunk> | undefined;

export function loadEcrChunk(): Promise<EcrChunk> {
  loading ??= import('./aws-ecr');
  return loading;
}
