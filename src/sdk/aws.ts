/**
 * The AWS chunk: the part of the AWS SDK every run uses (STS and the HTTP handler), bundled on its own (dist/aws.cjs)
 * and loaded on demand (load.ts) — by the Authenticate step while its identity token request is in flight, so that
 * reading and starting the SDK overlaps the network. The ECR clients are a chunk of their own (aws-ecr.ts), read only
 * when docker_login asks for them.
 */
import { loadEcrChunk } from './load-ecr';

export {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
} from '@aws-sdk/client-sts';
export { NodeHttpHandler } from '@smithy/node-http-handler';

export const loadEcr = () => loadEcrChunk().then((chunk) => chunk.ecr);
export const loadEcrPublic = () => loadEcrChunk().then((chunk) => chunk.ecrPublic);
