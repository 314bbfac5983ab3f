/** `allowed_account_ids`: the only accounts the credentials may belong to. */
import { ExitCode, InputError, StepError } from '../core/errors';
import type { RoleArn } from './aws-values';
import type { Inputs } from './inputs';

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
