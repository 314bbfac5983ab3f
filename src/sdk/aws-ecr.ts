/**
 * The ECR chunk (dist/aws-ecr.cjs): the ECR and ECR Public clients, bundled on their own and loaded only when
 * docker_login asks for them (aws.ts), so that a run without docker_login reads half the SDK. The chunk carries its own
 * copy of the SDK's core; what crosses between the chunks (the request, the answer, the credentials) is plain data the
 * SDK recognises by shape, not by class.
 */
export * as ecr from '@aws-sdk/client-ecr';
export * as ecrPublic from '@aws-sdk/client-ecr-public';
