/**
 * `setup`: the AWS side of the step in the form a user deploys with. The Bitrise OIDC provider (or the account's
 * existing one: IAM has one provider per URL per account), the role with the generated least-privilege trust policy,
 * its maximum session duration and managed policies, as a CloudFormation template (YAML), Terraform (HCL), or the
 * `aws iam` commands. Pure: text in, text out.
 */
import { commandLine } from '../core/shell';
import { BITRISE_HOST } from '../trust-policy/generate';

export type SetupFormat = 'cloudformation' | 'terraform' | 'aws-cli';
export const SETUP_FORMATS: readonly SetupFormat[] = ['cloudformation', 'terraform', 'aws-cli'];

export interface SetupPlan {
  format: SetupFormat;
  roleName: string;
  /** The trust policy; its Principal.Federated is replaced by each format's reference to the provider. */
  trustPolicy: Record<string, unknown>;
  audience: string;
  maxSessionDuration: number;
  managedPolicyArns: string[];
  /** Reference the account's provider instead of creating it. */
  existingProvider: boolean;
  /** The provider's certificate thumbprint (40 hex digits), if given: CloudFormation still requires one. */
  thumbprint: string | undefined;
  /** The account (needed by aws-cli, whose commands take literal ARNs); the partition of the region. */
  account: string | undefined;
  partition: string;
}

export const PROVIDER_URL = `https://${BITRISE_HOST}`;

/** The trust policy with its provider principal set to `federated` (a string, or a format's reference). */
function withPrincipal(policy: Record<string, unknown>, federated: unknown): Record<string, unknown> {
  const statements = (policy.Statement as Array<Record<string, unknown>>).map((statement) => ({
    ...statement,
    Principal: { Federated: federated },
  }));
  return { ...policy, Statement: statements };
}

// ---- CloudFormation (YAML) ----

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

function cloudFormation(plan: SetupPlan): string {
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

// ---- Terraform (HCL) ----

/**
 * A string literal of HCL: JSON's quoting, with template sequences (`${`, `%{`) escaped as `$${` and `%%{`. The
 * replacements are functions: in a replacement string, `$$` would be one `$`.
 */
export const hclString = (value: string) =>
  JSON.stringify(value)
    .replaceAll('${', () => '$${')
    .replaceAll('%{', () => '%%{');

/** An HCL expression of a JSON value (HCL's object constructor takes `key = value`); `raw` marks references. */
function hclValue(value: unknown, indent: string): string {
  if (value instanceof HclReference) return value.expression;
  if (typeof value === 'string') return hclString(value);
  if (isScalar(value)) return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[${value.map((item) => hclValue(item, indent)).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([key, item]) => `${inner}${hclString(key)} = ${hclValue(item, inner)}`,
  );
  return `{\n${entries.join('\n')}\n${indent}}`;
}

class HclReference {
  constructor(readonly expression: string) {}
}

function terraform(plan: SetupPlan): string {
  const lines: string[] = [];
  const providerRef = plan.existingProvider
    ? 'data.aws_iam_openid_connect_provider.bitrise.arn'
    : 'aws_iam_openid_connect_provider.bitrise.arn';
  if (plan.existingProvider) {
    lines.push(
      "# The account's Bitrise OIDC provider (IAM has one per URL per account).",
      'data "aws_iam_openid_connect_provider" "bitrise" {',
      `  url = ${hclString(PROVIDER_URL)}`,
      '}',
    );
  } else {
    lines.push(
      '# The Bitrise OIDC provider: once per account. Its CA is trusted by AWS, so no thumbprint is needed.',
      'resource "aws_iam_openid_connect_provider" "bitrise" {',
      `  url            = ${hclString(PROVIDER_URL)}`,
      `  client_id_list = [${hclString(plan.audience)}]`,
      ...(plan.thumbprint ? [`  thumbprint_list = [${hclString(plan.thumbprint)}]`] : []),
      '}',
    );
  }
  const policy = withPrincipal(plan.trustPolicy, new HclReference(providerRef));
  lines.push(
    '',
    '# The role Bitrise builds assume with their identity token.',
    'resource "aws_iam_role" "bitrise" {',
    `  name                 = ${hclString(plan.roleName)}`,
    `  max_session_duration = ${plan.maxSessionDuration}`,
    `  assume_role_policy = jsonencode(${hclValue(policy, '  ')})`,
    '}',
  );
  plan.managedPolicyArns.forEach((arn, i) => {
    lines.push(
      '',
      `resource "aws_iam_role_policy_attachment" "bitrise_${i + 1}" {`,
      '  role       = aws_iam_role.bitrise.name',
      `  policy_arn = ${hclString(arn)}`,
      '}',
    );
  });
  lines.push('', 'output "role_arn" {', '  value = aws_iam_role.bitrise.arn', '}');
  return `${lines.join('\n')}\n`;
}

// ---- aws-cli ----

function awsCli(plan: SetupPlan): string {
  const providerArn = `arn:${plan.partition}:iam::${plan.account}:oidc-provider/${BITRISE_HOST}`;
  const policy = JSON.stringify(withPrincipal(plan.trustPolicy, providerArn));
  const lines = ['#!/bin/sh', 'set -e'];
  if (plan.existingProvider) lines.push(`# The account's Bitrise OIDC provider is used as it is: ${providerArn}`);
  else {
    lines.push(
      '# The Bitrise OIDC provider: once per account (its CA is trusted by AWS, so no thumbprint is needed).',
      commandLine([
        'aws',
        'iam',
        'create-open-id-connect-provider',
        '--url',
        PROVIDER_URL,
        // Lists as JSON: a value the AWS CLI would read as a parameter file (file://, or a URL in v1) cannot start one.
        '--client-id-list',
        JSON.stringify([plan.audience]),
        ...(plan.thumbprint ? ['--thumbprint-list', JSON.stringify([plan.thumbprint])] : []),
      ]),
    );
  }
  lines.push(
    '# The role Bitrise builds assume with their identity token.',
    commandLine([
      'aws',
      'iam',
      'create-role',
      '--role-name',
      plan.roleName,
      '--max-session-duration',
      String(plan.maxSessionDuration),
      '--assume-role-policy-document',
      policy,
    ]),
  );
  for (const arn of plan.managedPolicyArns) {
    lines.push(commandLine(['aws', 'iam', 'attach-role-policy', '--role-name', plan.roleName, '--policy-arn', arn]));
  }
  return `${lines.join('\n')}\n`;
}

export function renderSetup(plan: SetupPlan): string {
  switch (plan.format) {
    case 'cloudformation':
      return cloudFormation(plan);
    case 'terraform':
      return terraform(plan);
    case 'aws-cli':
      return awsCli(plan);
  }
}

/**
 * The step's entry for bitrise.yml, with the role's ARN (a placeholder for the account when it is not known). Every
 * value is a double-quoted YAML scalar (JSON's quoting is YAML's), so nothing in one can start another key.
 */
export function stepSnippet(plan: SetupPlan, region: string): string {
  const arn = `arn:${plan.partition}:iam::${plan.account ?? '<ACCOUNT_ID>'}:role/${plan.roleName}`;
  const input = (key: string, value: string) => `      - ${key}: ${JSON.stringify(value)}`;
  return [
    '- git::https://github.com/authenticate-with-aws/bitrise-step-authenticate-with-aws.git@1.0.0:',
    '    title: Authenticate with AWS',
    '    inputs:',
    input('role_arn', arn),
    input('region', region),
    ...(plan.audience === 'sts.amazonaws.com' ? [] : [input('audience', plan.audience)]),
    ...(plan.maxSessionDuration > 3600 ? [input('duration_seconds', String(plan.maxSessionDuration))] : []),
  ].join('\n');
}
