/**
 * The AWS chunk: every part of the AWS SDK the steps use, bundled on its own (dist/aws.cjs) and loaded on demand
 * (load.ts) — by the Authenticate step while its identity token request is in flight, so that reading and starting the
 * SDK overlaps the network. The ECR clients are initialised only when docker_login asks for them.
 */
export {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient,
} from '@aws-sdk/client-sts';
export { NodeHttpHandler } from '@smithy/node-http-handler';

export const loadEcr = () => import('@aws-sdk/client-ecr');
export const loadEcrPublic = () => import('@aws-sdk/client-ecr-public');
