/** `allowed_account_ids`: the only accounts the credentials may belong to. */
import { ExitCode, InputError, StepError } from '../core/errors';
import type { RoleArn } from './aws-values';
import type { Inputs } from './inputs';

/**
 * `allowed_account_ids`: 12-digit account IDs, separated by commas or newlines. A role of another account is
 * refused here (exit 3, as its credentials would be), before anything is sent.
 */
export function parseAllowedAccounts(inputs: Inputs, roles: RoleArn[]): string[] | undefined {
  const ids = inputs.list('allowed_account_ids');
  if (ids.length === 0) return undefined;
  const bad = ids.find((id) => !/^\d{12}$/.test(id));
  if (bad !== undefined) {
    throw new InputError('allowed_account_ids', `has ${JSON.stringify(bad)}, which is not a 12-digit account ID.`);
  }
  const outside = roles.find((role) => !ids.includes(role.accountId));
  if (outside) {
    throw new StepError(
      `The role ${outside.arn} is in account ${outside.accountId}, which \`allowed_account_ids\` does not list (${ids.join(', ')}). Nothing was sent or published.`,
      {
        hint: 'Check the role ARN (copied from another account?), or add its account to `allowed_account_ids`.',
        exitCode: ExitCode.refused,
      },
    );
  }
  return ids;
}
