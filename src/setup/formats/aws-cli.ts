/** `setup --format aws-cli`: the `aws iam` commands, each word quoted for sh, lists as JSON. */
import { commandLine } from '../../core/shell';
import { BITRISE_HOST } from '../../trust-policy/generate';
import { PROVIDER_URL, type SetupFormatSpec, type SetupPlan, withPrincipal } from '../plan';

function render(plan: SetupPlan): string {
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

export const awsCli: SetupFormatSpec = { render, needsAccount: true, notes: () => [] };
