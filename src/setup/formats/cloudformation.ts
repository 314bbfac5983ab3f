/** `setup --format cloudformation`: a template (YAML, every string double-quoted: JSON's quoting is YAML's). */
import { BITRISE_HOST } from '../../trust-policy/generate';
import { PROVIDER_URL, type SetupFormatSpec, type SetupPlan, withPrincipal } from '../plan';

const yamlKey = (key: string) => (/^[A-Za-z][A-Za-z0-9_]*$/.test(key) ? key : JSON.stringify(key));
const yamlScalar = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));
const isScalar = (value: unknown) => value === null || typeof value !== 'object';

/** Block-style YAML of a JSON value; strings double-quoted (JSON's quoting is YAML's). */
function yamlLines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (isScalar(item)) return [`${indent}- ${yamlScalar(item)}`];
      const [first = '', ...rest] = yamlLines(item, `${indent}  `);
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => {
    if (isScalar(item)) return [`${indent}${yamlKey(key)}: ${yamlScalar(item)}`];
    if (Array.isArray(item) && item.length === 0) return [`${indent}${yamlKey(key)}: []`];
    return [`${indent}${yamlKey(key)}:`, ...yamlLines(item, `${indent}  `)];
  });
}

function render(plan: SetupPlan): string {
  const provider = plan.existingProvider
    ? { 'Fn::Sub': `arn:\${AWS::Partition}:iam::\${AWS::AccountId}:oidc-provider/${BITRISE_HOST}` }
    : { Ref: 'BitriseOidcProvider' };
  const resources: Record<string, unknown> = {};
  const parameters: Record<string, unknown> = {};
  if (!plan.existingProvider) {
    // IAM no longer needs a thumbprint for a provider whose certificate chains to a CA it trusts, but CloudFormation's
    // handler still refuses a provider without ThumbprintList.
    parameters.BitriseOidcThumbprint = {
      Type: 'String',
      AllowedPattern: '^[0-9a-fA-F]{40}$',
      Description: `SHA-1 thumbprint of the top intermediate CA of ${BITRISE_HOST}'s certificate (CloudFormation requires one).`,
      ...(plan.thumbprint ? { Default: plan.thumbprint } : {}),
    };
    resources.BitriseOidcProvider = {
      Type: 'AWS::IAM::OIDCProvider',
      Properties: {
        Url: PROVIDER_URL,
        ClientIdList: [plan.audience],
        ThumbprintList: [{ Ref: 'BitriseOidcThumbprint' }],
      },
    };
  }
  resources.BitriseRole = {
    Type: 'AWS::IAM::Role',
    Properties: {
      RoleName: plan.roleName,
      Description: 'Assumed by Bitrise builds with their OIDC identity token (Authenticate with AWS).',
      MaxSessionDuration: plan.maxSessionDuration,
      AssumeRolePolicyDocument: withPrincipal(plan.trustPolicy, provider),
      ...(plan.managedPolicyArns.length > 0 ? { ManagedPolicyArns: plan.managedPolicyArns } : {}),
    },
  };
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Bitrise builds assume ${plan.roleName} with their OIDC identity token (authenticate-with-aws setup).`,
    ...(Object.keys(parameters).length > 0 ? { Parameters: parameters } : {}),
    Resources: resources,
    Outputs: { RoleArn: { Value: { 'Fn::GetAtt': ['BitriseRole', 'Arn'] } } },
  };
  return `${yamlLines(template, '').join('\n')}\n`;
}

export const cloudformation: SetupFormatSpec = {
  render,
  needsAccount: false,
  notes: (plan) =>
    plan.existingProvider || plan.thumbprint !== undefined
      ? []
      : [
          'CloudFormation still requires a thumbprint for the provider (IAM itself trusts the CA of ' +
            `${PROVIDER_URL}); pass it as the BitriseOidcThumbprint parameter, or to --thumbprint. The top intermediate ` +
            `CA's SHA-1 thumbprint: openssl s_client -connect ${BITRISE_HOST}:443 -showcerts </dev/null, save the ` +
            'last certificate shown, then openssl x509 -in it.pem -noout -fingerprint -sha1 | tr -d : | cut -d= -f2.',
        ],
};
