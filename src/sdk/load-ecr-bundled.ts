/** load-ecr.ts as the bundles have it: the ECR chunk is the sibling file aws-ecr.cjs, loaded with `require`. */
import type { EcrChunk } from './load-ecr';

let loading: Promise<EcrChunk> | undefined;

export function loadEcrChunk(): Promise<EcrChunk> {
  loading ??= Promise.resolve().then(() => require('./aws-ecr.cjs') as EcrChunk);
  return loading;
}
