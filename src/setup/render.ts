/**
 * `setup`: the AWS side of the step in the form a user deploys with. The Bitrise OIDC provider (or the account's
 * existing one: IAM has one provider per URL per account), the role with the generated least-privilege trust policy,
 * its maximum session duration and managed policies, in one of the formats of formats/; and the step's entry for
 * bitrise.yml. Pure: text in, text out.
 */
import { PACKAGE_VERSION } from '../net/aws-client';
import { FORMATS, type SetupFormat } from './formats';
import type { SetupPlan } from './plan';

export type { SetupFormat } from './formats';
export { FORMAT_NAMES } from './formats';
export { PROVIDER_URL, type SetupPlan } from './plan';

export function renderSetup(format: SetupFormat, plan: SetupPlan): string {
  return FORMATS[format].render(plan);
}

/**
 * The step's entry for bitrise.yml, with the role's ARN (a placeholder for the account when it is not known). Every
 * value is a double-quoted YAML scalar (JSON's quoting is YAML's), so nothing in one can start another key.
 */
export function stepSnippet(plan: SetupPlan, region: string): string {
  const arn = `arn:${plan.partition}:iam::${plan.account ?? '<ACCOUNT_ID>'}:role/${plan.roleName}`;
  const input = (key: string, value: string) => `      - ${key}: ${JSON.stringify(value)}`;
  return [
    `- git::https://github.com/authenticate-with-aws/bitrise-step-authenticate-with-aws.git@${PACKAGE_VERSION}:`,
    '    title: Authenticate with AWS',
    '    inputs:',
    input('role_arn', arn),
    input('region', region),
    ...(plan.audience === 'sts.amazonaws.com' ? [] : [input('audience', plan.audience)]),
    ...(plan.maxSessionDuration > 3600 ? [input('duration_seconds', String(plan.maxSessionDuration))] : []),
  ].join('\n');
}
