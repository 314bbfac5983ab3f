/**
 * What an STS refusal means and what to do about it: the hint for each code, in terms of the role's trust policy and
 * the token's claims, and, with the `trust_policy` input, that policy evaluated as IAM does against the token. The
 * exchange classifies a refusal (exchange/refusals.ts); this explains it, for the step and every command that runs it.
 */
import { printable } from '../core/log';
import { shellWord } from '../core/shell';
import { type Refused, StsRefusal } from '../exchange/refusals';
import { FORMAT_NAMES } from '../setup/formats';
import { decodeClaims, describeClaims } from '../token/jwt';
import { evaluateTrustPolicy, PolicyError } from '../trust-policy/evaluate';
import { BITRISE_HOST } from '../trust-policy/generate';
import { issuerHost } from '../trust-policy/iam-rules';
import { reportLines } from '../trust-policy/report';
import { explain as inWords } from '../trust-policy/wording';

/** The codes with which the role's trust policy refuses a token (unsigned AssumeRoleWithWebIdentity). */
const TRUST_REFUSALS = new Set(['AccessDenied', 'AccessDeniedException', 'IDPRejectedClaim']);

/** A refused session, with the role's trust policy when the user gave it (the `trust_policy` input). */
type Explained = Refused & { trustPolicy?: unknown };

/** The token's issuer host, escaped for the log: a refused token is Bitrise's, whose host is the default. */
const issuerOf = (claims: Record<string, unknown> | undefined) => printable(issuerHost(claims, BITRISE_HOST));

function claim(claims: Record<string, unknown> | undefined, key: string): string {
  const value = claims?.[key];
  if (typeof value === 'string') return printable(value);
  if (Array.isArray(value)) return printable(JSON.stringify(value));
  return '(not in the token)';
}

/** A signed AssumeRole (access keys, or the first role of a chain) that the role refused. */
function signedRefusal(code: string, message: string, req: Refused, signedBy: string): string | undefined {
  const roleArn = req.session.role.arn;
  if (/InvalidClientTokenId|UnrecognizedClient|SignatureDoesNotMatch/.test(code)) {
    return 'AWS does not accept these credentials: check `access_key_id` and `secret_access_key` (an active key of an IAM user).';
  }
  if (!/AccessDenied/.test(code)) return undefined;
  const permission = /not authorized to perform: (sts:TagSession|sts:SetSourceIdentity)/.exec(message)?.[1];
  if (permission) {
    const tags = permission === 'sts:TagSession';
    return (
      `The trust policy of ${roleArn} must allow ${permission} for ${signedBy}: add "${permission}" to the ` +
      'Action of the statement that trusts that principal (next to "sts:AssumeRole"). The step asks for it because ' +
      `${tags ? '`chain_session_tags`' : '`chain_source_identity`'} is set; clear it if the role should not take ` +
      `${tags ? 'session tags' : 'a source identity'}.`
    );
  }
  return (
    `${signedBy} may not assume ${roleArn}: the role's trust policy must allow that principal ` +
    '(Principal.AWS, Action sts:AssumeRole), and the principal needs sts:AssumeRole on the role. Role chaining ' +
    'also caps the chained session at one hour.'
  );
}

/**
 * This package's CLI as a later Script step can run it: the command the step installed for the rest of the build, or
 * why it could not install it (then the CLI is run from a copy of the step's repository).
 */
export type LaterCli = { command: string } | { notInstalled: string };

/** How to run doctor after a refusal: the command the step installs for later steps. */
function doctorAdvice(command: string): string {
  return (
    `\`${shellWord(command)} doctor --trust-policy trust.json\` in a Script step after this one ` +
    '(with is_always_run: true): the step installed that command, and it lasts for the whole build.'
  );
}

/** The same when the step could not install its command (HOME not writable): doctor from a copy of the step. */
function doctorAdviceWithoutInstall(reason: string): string {
  return (
    `\`node dist/cli.cjs doctor --trust-policy trust.json\` in a copy of this step's repository (the step could not ` +
    `install that command for later steps: ${reason}).`
  );
}

/** The trust policy refused the token: what to check, claim by claim, and the CLI commands that help. */
function trustHint(req: Explained, claims: Record<string, unknown> | undefined, later: LaterCli): string {
  const { partition, accountId } = req.session.role;
  const cli = 'command' in later ? shellWord(later.command) : 'node dist/cli.cjs';
  const host = issuerOf(claims);
  return [
    "The role's trust policy did not accept this token. In the trust policy of the role, check that:",
    `  - Principal.Federated is arn:${partition}:iam::${accountId}:oidc-provider/${host}`,
    '  - Action includes sts:AssumeRoleWithWebIdentity',
    `  - the condition on ${host}:aud is StringEquals "${claim(claims, 'aud')}"`,
    `  - the condition on ${host}:sub matches "${claim(claims, 'sub')}"; a value with * or ? needs StringLike, ` +
      'since StringEquals compares literally and values are case-sensitive',
    `  - no condition uses another ${host}: key (such as :app_slug or :workflow): IAM evaluates only :aud, :sub ` +
      'and :amr for this provider, so StringEquals on any other key never matches',
    req.trustPolicy === undefined
      ? "To see which condition fails, set the `trust_policy` input to the role's trust policy, or run " +
        ('command' in later ? doctorAdvice(later.command) : doctorAdviceWithoutInstall(later.notInstalled))
      : 'The evaluation of your `trust_policy` above shows which condition fails.',
    `To write the provider and a role whose trust policy admits this app's builds: \`${cli} ` +
      `setup --format ${FORMAT_NAMES.join('|')}\` in a later Script step (it reads this build's token).`,
  ].join('\n');
}

/** What to fix for a refusal by STS, in terms of the role's trust policy and the token's claims. */
function refusalHint(
  code: string,
  message: string,
  req: Explained,
  claims: Record<string, unknown> | undefined,
): string {
  if (req.signedBy !== undefined) {
    const signed = signedRefusal(code, message, req, req.signedBy);
    if (signed) return signed;
  }
  const host = issuerOf(claims);
  switch (code) {
    case 'InvalidIdentityToken':
      return (
        `Account ${req.session.role.accountId} needs an IAM OIDC identity provider for https://${host} whose ` +
        `audiences include "${claim(claims, 'aud')}", and \`audience\` must be one of the provider's audiences.`
      );
    case 'ExpiredTokenException':
      return (
        'The identity token expired before AWS saw it. A token from `web_identity_token` or ' +
        '`web_identity_token_file` must be minted shortly before this step; otherwise check the machine clock.'
      );
    case 'MalformedPolicyDocument':
      return 'Fix the IAM policy document in `session_policy`.';
    case 'PackedPolicyTooLarge':
      return `Shorten \`session_policy\` or list fewer ARNs in \`managed_session_policies\` (now ${req.session.managedSessionPolicies.length}).`;
    case 'RegionDisabledException':
      return 'Activate STS in this region (IAM > Account settings), or set `region` to a region that is active.';
    default:
      return '';
  }
}

function explain(policy: unknown, claims: Record<string, unknown>, roleArn: string): string[] {
  try {
    return reportLines(inWords(evaluateTrustPolicy(policy, { claims, roleArn })));
  } catch (error) {
    if (error instanceof PolicyError) return [`(it cannot be evaluated here: ${error.message})`];
    throw error;
  }
}

/**
 * A refusal with its hint and details: the token's claims (never the token), and the trust policy evaluated against
 * them when the user gave it. Anything else passes through as it is.
 */
export async function explainRefusal(
  error: unknown,
  trustPolicy: unknown,
  laterCli: () => Promise<LaterCli>,
): Promise<unknown> {
  if (!(error instanceof StsRefusal)) return error;
  const { refused: req, code, awsMessage } = error;
  const claims = req.token === undefined ? undefined : decodeClaims(req.token);
  const details = claims ? ["The token's claims (the token itself is never printed):", ...describeClaims(claims)] : [];
  if (claims && trustPolicy !== undefined && /AccessDenied|IDPRejectedClaim/.test(code)) {
    details.push(
      'Your `trust_policy`, evaluated as IAM does against this token:',
      ...explain(trustPolicy, claims, req.session.role.arn),
    );
  }
  // The token refused by the role's trust policy: the hint names the CLI, which a later step can then run.
  const trustRefusal = req.signedBy === undefined && TRUST_REFUSALS.has(code);
  const hint = trustRefusal
    ? trustHint({ ...req, trustPolicy }, claims, await laterCli())
    : refusalHint(code, awsMessage, req, claims);
  return new StsRefusal(code, awsMessage, req, error.message, {
    hint: hint === '' ? undefined : hint,
    exitCode: error.exitCode,
    details,
    cause: error,
  });
}
