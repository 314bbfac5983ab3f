/**
 * A least-privilege trust policy for Bitrise's issuer: the audience, and the subject pinned exactly or with StringLike.
 * Only keys IAM evaluates for a generic OIDC provider are used (`:aud`, `:sub`); other claims a user wants to pin are
 * reported, with whether the `sub` carries them.
 */
import { ExitCode, StepError } from '../core/errors';

export const BITRISE_HOST = 'token.builds.bitrise.io';

const bad = (message: string) => new StepError(message, { exitCode: ExitCode.badInput });

export interface TrustPolicyRequest {
  account: string;
  partition?: string;
  audience: string;
  /** Pin `sub` exactly (StringEquals). */
  sub?: string | undefined;
  /** Pin `sub` with a pattern (StringLike, `*` and `?`). */
  subLike?: string | undefined;
  /** Other claims the user wants to pin (such as app_slug, workflow): reported, never put in the policy. */
  wanted?: Record<string, string>;
  /** True when `sub` came from a token rather than from --sub: a wanted value it does not carry is a contradiction. */
  subFromToken?: boolean;
}

/** The flag a wanted claim came from, for messages. */
const FLAG: Record<string, string> = { app_slug: '--app-slug', workflow: '--workflow' };

export interface GeneratedPolicy {
  policy: Record<string, unknown>;
  notes: string[];
}

export function generateTrustPolicy(req: TrustPolicyRequest): GeneratedPolicy {
  if (!/^\d{12}$/.test(req.account)) throw bad(`--account must be 12 digits, got ${JSON.stringify(req.account)}.`);
  if (!['aws', 'aws-cn', 'aws-us-gov'].includes(req.partition ?? 'aws')) {
    throw bad(`--partition must be aws, aws-cn or aws-us-gov, got ${JSON.stringify(req.partition)}.`);
  }
  if (req.sub === undefined && req.subLike === undefined) {
    throw bad(
      'Give the subject to pin (a token, --sub or --sub-like): without it, any Bitrise build could assume the role.',
    );
  }
  const subject = req.subLike ?? req.sub ?? '';
  const condition: Record<string, Record<string, string>> = {
    StringEquals: { [`${BITRISE_HOST}:aud`]: req.audience },
  };
  if (req.subLike !== undefined) condition.StringLike = { [`${BITRISE_HOST}:sub`]: req.subLike };
  else condition.StringEquals = { ...condition.StringEquals, [`${BITRISE_HOST}:sub`]: subject };
  const notes: string[] = [];
  for (const [claim, value] of Object.entries(req.wanted ?? {})) {
    const carried = subject.split(':').includes(value);
    if (!carried && req.subFromToken) {
      throw bad(
        `${FLAG[claim] ?? claim} ${value} contradicts the token: its sub "${subject}" does not carry "${value}", so a ` +
          `policy pinning that sub would let this token's builds in and keep ${claim} ${value} out. Give the sub to ` +
          'pin with --sub or --sub-like (or a token from a build of that workflow).',
      );
    }
    notes.push(
      `${claim} "${value}": IAM evaluates only :aud, :sub and :amr for ${BITRISE_HOST}, so ${BITRISE_HOST}:${claim} ` +
        (carried
          ? `cannot be a condition key, but the pinned sub contains "${value}", so the policy pins it through :sub.`
          : `cannot be a condition key, and the sub does not contain "${value}": IAM cannot restrict on it.`),
    );
  }
  if (req.subLike !== undefined && /^\*+$/.test(req.subLike)) {
    notes.push('sub "*" lets every build of every Bitrise app with this audience assume the role; pin more of it.');
  }
  return {
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: `arn:${req.partition ?? 'aws'}:iam::${req.account}:oidc-provider/${BITRISE_HOST}` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: condition,
        },
      ],
    },
    notes,
  };
}
