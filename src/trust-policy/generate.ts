/**
 * A least-privilege trust policy for Bitrise's issuer: the audience, and the subject pinned exactly or with StringLike.
 * Only keys IAM evaluates for a generic OIDC provider are used (`:aud`, `:sub`); other claims a user wants to pin are
 * reported, with whether the `sub` carries them.
 */
import { ExitCode, StepError } from '../core/errors';
import { printable } from '../core/log';
import { isPartition, PARTITION_NAMES } from '../core/partitions';
import { iamLiteral, iamValue, literalParts } from './policy-variables';

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

const valuesOf = (claims: Record<string, unknown>, names: Iterable<string>) =>
  new Set(
    [...names]
      .map((name) => claims[name])
      .filter((v): v is string | number => (typeof v === 'string' && v !== '') || typeof v === 'number')
      .map(String),
  );

/** Claims that name the app or its repository: what a kept part of `sub` must carry, so no other app is admitted. */
const APP_CLAIMS = ['app_slug', 'app_id', 'repository', 'repository_url', 'repo_url', 'git_repository_url'];

/** The token's app slug, when it has one: the value a generated `sub` must keep. */
const appSlugOf = (claims: Record<string, unknown>) =>
  typeof claims.app_slug === 'string' && claims.app_slug !== '' ? claims.app_slug : undefined;

/**
 * A token's `sub` made to admit the next build of the same app: every part equal to a per-build claim becomes `*`
 * (StringLike), and the parts kept are escaped for IAM. The parts kept must name the app (the token's `app_slug`, else
 * its repository): otherwise the pattern would admit other apps' builds (`branch:main:build:*` admits every app's
 * builds of main), and a `sub` of per-build parts only would admit this build or every app. Such a `sub` is refused.
 */
function subForBuilds(sub: string, claims: Record<string, unknown>): { sub?: string; subLike?: string; note?: string } {
  const perBuild = valuesOf(claims, PER_BUILD_CLAIMS);
  const parts = sub.split(':');
  const kept = parts.map((part) => (perBuild.has(part) ? undefined : part));
  if (kept.every((part) => part !== undefined)) return { sub };
  const app = appSlugOf(claims);
  const naming = app === undefined ? valuesOf(claims, APP_CLAIMS) : new Set([app]);
  if (!kept.some((part) => part !== undefined && naming.has(part))) {
    throw bad(
      `The token's sub "${printable(sub)}" keeps nothing that names the app${app === undefined ? ' or its repository' : ` (app_slug ${printable(app)})`} ` +
        'once its per-build parts are left out: pinned, it would admit this build only; wildcarded, other apps too. ' +
        'Give the sub to pin with --sub-like, with the app in it.',
    );
  }
  const names = PER_BUILD_CLAIMS.filter(
    (name) => perBuild.has(String(claims[name])) && parts.includes(String(claims[name])),
  );
  const subLike = kept.map((part) => (part === undefined ? '*' : iamLiteral(part, true))).join(':');
  return {
    subLike,
    note:
      `sub "${printable(sub)}" carries per-build parts (${names.join(', ')}), replaced by * so that the next build of ` +
      `the same app is admitted: StringLike "${printable(subLike)}".`,
  };
}

/**
 * Literal parts that name no app: key words, and values every app has (branches, triggers). Without a token to say the
 * app's slug, a pattern whose literal parts are only these pins no app.
 */
const NOT_AN_APP = new Set(
  'app build branch workflow pipeline stage trigger trigger_event event tag pr main master develop dev release push pull_request manual schedule true false'.split(
    ' ',
  ),
);
const PLACEHOLDER = /^<.*>$/;

/** Warnings for a StringLike pattern whose literal parts do not pin the app, or hold a placeholder left unfilled. */
function patternWarnings(pattern: string, claims: Record<string, unknown> | undefined): string[] {
  const literals = literalParts(pattern).map(iamValue);
  const shown = printable(pattern);
  if (literals.some((part) => PLACEHOLDER.test(part))) {
    return [`the pattern "${shown}" still holds a placeholder (<…>): put the app's value there.`];
  }
  const app = claims && appSlugOf(claims);
  const named =
    app === undefined
      ? literals.some((part) => part !== '' && !NOT_AN_APP.has(part.toLowerCase()))
      : literals.includes(app);
  if (named) return [];
  return [
    `the pattern "${shown}" pins no app${app === undefined ? '' : ` (app_slug ${printable(app)} is not one of its literal parts)`}: ` +
      'every Bitrise app whose builds match it can assume the role. Put the app in it, such as app:<app slug>:*.',
  ];
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
    StringEquals: { [`${BITRISE_HOST}:aud`]: iamLiteral(req.audience, false) },
  };
  if (req.subLike !== undefined) {
    condition.StringLike = { [`${BITRISE_HOST}:sub`]: req.subLike };
    notes.push(...patternWarnings(req.subLike, req.claims));
  } else condition.StringEquals = { ...condition.StringEquals, [`${BITRISE_HOST}:sub`]: iamLiteral(subject, false) };
  const pinned = req.subLike === undefined ? [subject] : literalParts(subject).map(iamValue);
  for (const [claim, value] of Object.entries(req.wanted ?? {})) {
    const carried = pinned.some((part) => part.split(':').includes(value));
    if (!carried && req.subFromToken) {
      throw bad(
        `${FLAG[claim] ?? claim} ${printable(value)} contradicts the token: its sub "${printable(subject)}" does not carry "${printable(value)}", so a ` +
          `policy pinning that sub would let this token's builds in and keep ${claim} ${value} out. Give the sub to ` +
          'pin with --sub or --sub-like (or a token from a build of that workflow).',
      );
    }
    notes.push(
      `${claim} "${value}": IAM evaluates only :aud, :sub and :amr for ${BITRISE_HOST}, so ${BITRISE_HOST}:${claim} ` +
        (carried
          ? `cannot be a condition key, but the pinned sub contains "${printable(value)}", so the policy pins it through :sub.`
          : `cannot be a condition key, and the sub does not contain "${printable(value)}": IAM cannot restrict on it.`),
    );
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
