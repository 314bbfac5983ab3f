/**
 * A least-privilege trust policy for Bitrise's issuer: the audience, and the subject pinned exactly or with StringLike.
 * Only keys IAM evaluates for a generic OIDC provider are used (`:aud`, `:sub`); other claims a user wants to pin are
 * reported, with whether the `sub` carries them.
 */
import { ExitCode, StepError } from '../core/errors';
import { isPartition, PARTITION_NAMES } from '../core/partitions';

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
  /** The token's claims, when `sub` came from a token: parts of `sub` equal to a per-build claim are wildcarded. */
  claims?: Record<string, unknown>;
}

/**
 * Claims that differ from one build to the next. Bitrise does not publish the layout of `sub`, so the generator does
 * not assume one: a part of `sub` (between colons) equal to one of these claims' values is per-build.
 */
const PER_BUILD_CLAIMS = [
  'build_slug',
  'build_number',
  'build_id',
  'build_url',
  'commit',
  'commit_hash',
  'git_commit',
  'commit_sha',
  'jti',
  'pipeline_id',
  'pipeline_slug',
];
/** Claims that say nothing about which app or workflow a token is for. */
const NOT_IDENTIFYING = new Set(['aud', 'iss', 'sub', 'exp', 'iat', 'nbf', ...PER_BUILD_CLAIMS]);

const valuesOf = (claims: Record<string, unknown>, names: Iterable<string>) =>
  new Set(
    [...names]
      .map((name) => claims[name])
      .filter((v): v is string | number => (typeof v === 'string' && v !== '') || typeof v === 'number')
      .map(String),
  );

/**
 * A token's `sub` made to admit the next build of the same app: every part equal to a per-build claim becomes `*`
 * (StringLike). A `sub` left with no part that names the app, workflow or repository is refused: pinned, it would admit
 * this one build; wildcarded, every app.
 */
function subForBuilds(sub: string, claims: Record<string, unknown>): { sub?: string; subLike?: string; note?: string } {
  const perBuild = valuesOf(claims, PER_BUILD_CLAIMS);
  const parts = sub.split(':');
  const replaced = parts.map((part) => (perBuild.has(part) ? '*' : part));
  if (replaced.every((part, i) => part === parts[i])) return { sub };
  const stable = valuesOf(
    claims,
    Object.keys(claims).filter((name) => !NOT_IDENTIFYING.has(name)),
  );
  if (!replaced.some((part) => stable.has(part))) {
    throw bad(
      `The token's sub "${sub}" holds nothing that names the app, its workflow or repository once its per-build parts ` +
        'are left out: pinned, it would admit this build only; wildcarded, every app. Give the sub to pin with --sub-like.',
    );
  }
  const names = PER_BUILD_CLAIMS.filter(
    (name) => perBuild.has(String(claims[name])) && parts.includes(String(claims[name])),
  );
  const subLike = replaced.join(':');
  return {
    subLike,
    note:
      `sub "${sub}" carries per-build parts (${names.join(', ')}), replaced by * so that the next build of the same ` +
      `app is admitted: StringLike "${subLike}".`,
  };
}

/** The flag a wanted claim came from, for messages. */
const FLAG: Record<string, string> = { app_slug: '--app-slug', workflow: '--workflow' };

export interface GeneratedPolicy {
  policy: Record<string, unknown>;
  notes: string[];
}

export function generateTrustPolicy(request: TrustPolicyRequest): GeneratedPolicy {
  let req = request;
  if (!/^\d{12}$/.test(req.account)) throw bad(`--account must be 12 digits, got ${JSON.stringify(req.account)}.`);
  if (!isPartition(req.partition ?? 'aws')) {
    throw bad(`--partition must be one of ${PARTITION_NAMES.join(', ')}, got ${JSON.stringify(req.partition)}.`);
  }
  if (req.sub === undefined && req.subLike === undefined) {
    throw bad(
      'Give the subject to pin (a token, --sub or --sub-like): without it, any Bitrise build could assume the role.',
    );
  }
  const notes: string[] = [];
  if (req.subFromToken && req.claims && req.sub !== undefined && req.subLike === undefined) {
    const forBuilds = subForBuilds(req.sub, req.claims);
    if (forBuilds.note) notes.push(forBuilds.note);
    req = { ...req, sub: forBuilds.sub, subLike: forBuilds.subLike };
  }
  const subject = req.subLike ?? req.sub ?? '';
  const condition: Record<string, Record<string, string>> = {
    StringEquals: { [`${BITRISE_HOST}:aud`]: req.audience },
  };
  if (req.subLike !== undefined) condition.StringLike = { [`${BITRISE_HOST}:sub`]: req.subLike };
  else condition.StringEquals = { ...condition.StringEquals, [`${BITRISE_HOST}:sub`]: subject };
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
