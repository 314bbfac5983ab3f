/** What `setup` prints, whatever the format: the plan, the provider's URL, and the trust policy with its principal. */
import { BITRISE_HOST } from '../trust-policy/generate';

export interface SetupPlan {
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
  /** The account (needed by formats whose output takes literal ARNs); the partition of the region. */
  account: string | undefined;
  partition: string;
}

/** One format of `setup`: a file of setup/formats/ and a row of FORMATS (formats/index.ts). */
export interface SetupFormatSpec {
  /** The template or commands, for stdout. */
  render(plan: SetupPlan): string;
  /** Whether the output needs `--account` (literal ARNs). */
  needsAccount: boolean;
  /** What the user must know beside the output, for stderr. */
  notes(plan: SetupPlan): string[];
}

export const PROVIDER_URL = `https://${BITRISE_HOST}`;

/** The trust policy with its provider principal set to `federated` (a string, or a format's reference). */
export function withPrincipal(policy: Record<string, unknown>, federated: unknown): Record<string, unknown> {
  const statements = (policy.Statement as Array<Record<string, unknown>>).map((statement) => ({
    ...statement,
    Principal: { Federated: federated },
  }));
  return { ...policy, Statement: statements };
}
