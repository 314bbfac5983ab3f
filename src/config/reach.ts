/** How the step reaches AWS and what it lets through: endpoints and their variants, the account guard, ECR. */
import { ExitCode, InputError, StepError } from '../core/errors';
import { type AwsAccess, isInsecureHttp, parseAwsEndpoints } from '../net/endpoints';
import type { AuthSource } from './authenticate';
import type { RoleArn } from './aws-values';
import { parseEcrRegistries } from './ecr';
import type { Env, Inputs } from './inputs';

/**
 * `allowed_account_ids`: 12-digit account IDs, separated by commas or newlines. A final role of another account is
 * refused here (exit 3, as its credentials would be), before anything is sent.
 */
export function parseAllowedAccounts(inputs: Inputs, finalRole: RoleArn | undefined): string[] | undefined {
  const ids = inputs
    .lines('allowed_account_ids')
    .flatMap((line) => line.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.length === 0) return undefined;
  const bad = ids.find((id) => !/^\d{12}$/.test(id));
  if (bad !== undefined) {
    throw new InputError('allowed_account_ids', `has ${JSON.stringify(bad)}, which is not a 12-digit account ID.`);
  }
  if (finalRole && !ids.includes(finalRole.accountId)) {
    throw new StepError(
      `The role ${finalRole.arn} is in account ${finalRole.accountId}, which \`allowed_account_ids\` does not list (${ids.join(', ')}). Nothing was sent or published.`,
      {
        hint: 'Check the role ARN (copied from another account?), or add its account to `allowed_account_ids`.',
        exitCode: ExitCode.refused,
      },
    );
  }
  return ids;
}

/** `docker_login` and its registries, and `ecr_password_output`, which needs them. */
export function parseEcr(inputs: Inputs, finalRole: RoleArn | undefined, region: string, partition: string) {
  const registries = parseEcrRegistries(inputs, finalRole, region, partition);
  const passwordOutput = inputs.bool('ecr_password_output');
  if (passwordOutput && !registries) {
    throw new InputError(
      'ecr_password_output',
      'is "true", but `docker_login` is not: there is no ECR password to publish.',
    );
  }
  return { registries, passwordOutput };
}

/** The AWS endpoints, plain http, FIPS and dual-stack (the inputs, or the SDK's standard variables). */
export function parseAccess(inputs: Inputs, env: Env, allowInsecure: boolean) {
  const on = (input: string, variable: string) => inputs.bool(input) || env[variable]?.trim().toLowerCase() === 'true';
  return parseAwsEndpoints(env, allowInsecure, {
    useFips: on('use_fips_endpoint', 'AWS_USE_FIPS_ENDPOINT'),
    useDualstack: on('use_dualstack_endpoint', 'AWS_USE_DUALSTACK_ENDPOINT'),
  });
}

/** Plain-http URLs to non-loopback hosts the user allowed, for a warning. */
export function insecureUrlsOf(aws: AwsAccess, auth: AuthSource): URL[] {
  const urls = Object.values(aws.endpoints).filter(isInsecureHttp);
  if (auth.kind === 'token' && auth.token.kind === 'bitrise' && isInsecureHttp(auth.token.buildUrl)) {
    urls.push(auth.token.buildUrl);
  }
  return urls;
}
