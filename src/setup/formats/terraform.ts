/** `setup --format terraform`: HCL, every string literal escaped for Terraform's templates. */
import { PROVIDER_URL, type SetupFormatSpec, type SetupPlan, withPrincipal } from '../plan';

const isScalar = (value: unknown) => value === null || typeof value !== 'object';

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

function render(plan: SetupPlan): string {
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

export const terraform: SetupFormatSpec = { render, needsAccount: false, notes: () => [] };
