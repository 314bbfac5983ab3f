/**
 * Stands in for @aws-sdk/credential-provider-node in the bundles. The step never uses the SDK's default credential
 * chain (environment, ~/.aws files, SSO, IMDS…): AssumeRoleWithWebIdentity is unsigned, and ECR gets the assumed
 * role's credentials explicitly. Leaving the chain out makes the bundle smaller and the start faster, and guarantees
 * the step never picks up credentials from the machine by accident.
 */
export const defaultProvider = () => async () => {
  throw new Error('The step passes credentials explicitly; the default credential chain is not bundled.');
};
