import { ExitCode } from '../errors';
import { cliCommand } from '../home';
import { shellWord } from '../shell';

interface RefusedRequest {
  roleArn: string;
  trustPolicy?: unknown;
  managedSessionPolicies: string[];
  /** Set for a signed AssumeRole: the principal that asked. */
  signedBy?: string | undefined;
}

/** The host of the token's issuer, which is also the name of the IAM OIDC provider and the condition-key prefix. */
function issuerHost(claims: Record<string, unknown> | undefined): string {
  const iss = typeof claims?.iss === 'string' ? claims.iss : 'https://token.builds.bitrise.io';
  return iss.replace(/^https:\/\//, '').replace(/\/+$/, '');
}

function claim(claims: Record<string, unknown> | undefined, key: string): string {
  const value = claims?.[key];
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return JSON.stringify(value);
  return '(not in the token)';
}

/** What to fix for a refusal by STS, in terms of the role's trust policy and the token's claims. */
export function refusalHint(
  code: string,
  req: RefusedRequest,
  claims: Record<string, unknown> | undefined,
): { hint: string; exitCode: (typeof ExitCode)[keyof typeof ExitCode] } {
  const [, partition = 'aws', , , account = '<account>'] = req.roleArn.split(':');
  const host = issuerHost(claims);
  const provider = `arn:${partition}:iam::${account}:oidc-provider/${host}`;
  const refused = ExitCode.refused;
  if (/InvalidClientTokenId|UnrecognizedClient|SignatureDoesNotMatch/.test(code)) {
    return {
      exitCode: refused,
      hint: 'AWS does not accept these credentials: check `access_key_id` and `secret_access_key` (an active key of an IAM user).',
    };
  }
  if (req.signedBy !== undefined && /AccessDenied/.test(code)) {
    return {
      exitCode: refused,
      hint:
        `${req.signedBy} may not assume ${req.roleArn}: the role's trust policy must allow that principal ` +
        '(Principal.AWS, Action sts:AssumeRole), and the principal needs sts:AssumeRole on the role. Role chaining ' +
        'also caps the chained session at one hour.',
    };
  }
  switch (code) {
    case 'AccessDenied':
    case 'AccessDeniedException':
    case 'IDPRejectedClaim':
      return {
        exitCode: refused,
        hint: [
          "The role's trust policy did not accept this token. In the trust policy of the role, check that:",
          `  - Principal.Federated is ${provider}`,
          '  - Action includes sts:AssumeRoleWithWebIdentity',
          `  - the condition on ${host}:aud is StringEquals "${claim(claims, 'aud')}"`,
          `  - the condition on ${host}:sub matches "${claim(claims, 'sub')}"; a value with * or ? needs StringLike, ` +
            'since StringEquals compares literally and values are case-sensitive',
          `  - no condition uses another ${host}: key (such as :app_slug or :workflow): IAM evaluates only :aud, :sub ` +
            'and :amr for this provider, so StringEquals on any other key never matches',
          req.trustPolicy === undefined
            ? "To see which condition fails, set the `trust_policy` input to the role's trust policy, or run " +
              `\`${shellWord(cliCommand())} doctor --trust-policy trust.json\` in a Script step after this one ` +
              '(with is_always_run: true): the step installed that command, and it lasts for the whole build.'
            : 'The evaluation of your `trust_policy` above shows which condition fails.',
        ].join('\n'),
      };
    case 'InvalidIdentityToken':
      return {
        exitCode: refused,
        hint:
          `Account ${account} needs an IAM OIDC identity provider for https://${host} whose audiences include ` +
          `"${claim(claims, 'aud')}", and \`audience\` must be one of the provider's audiences.`,
      };
    case 'ExpiredTokenException':
      return {
        exitCode: refused,
        hint:
          'The identity token expired before AWS saw it. A token from `web_identity_token` or ' +
          '`web_identity_token_file` must be minted shortly before this step; otherwise check the machine clock.',
      };
    case 'MalformedPolicyDocument':
      return { exitCode: ExitCode.badInput, hint: 'Fix the IAM policy document in `session_policy`.' };
    case 'PackedPolicyTooLarge':
      return {
        exitCode: ExitCode.badInput,
        hint: `Shorten \`session_policy\` or list fewer ARNs in \`managed_session_policies\` (now ${req.managedSessionPolicies.length}).`,
      };
    case 'RegionDisabledException':
      return {
        exitCode: refused,
        hint: 'Activate STS in this region (IAM > Account settings), or set `region` to a region that is active.',
      };
    default:
      return { exitCode: refused, hint: '' };
  }
}
