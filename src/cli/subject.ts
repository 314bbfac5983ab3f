/**
 * What `trust-policy` and `setup` share: the flags that say which builds a trust policy admits (a token's claims, or
 * --sub / --sub-like, and the wishes --app-slug and --workflow), and the generator's request made from them.
 */
import type { Argv } from 'yargs';
import { parseAudience } from '../config/aws-values';
import type { TrustPolicyRequest } from '../trust-policy/generate';

export interface SubjectArgs {
  'token-file'?: string;
  audience?: string;
  sub?: string;
  'sub-like'?: string;
  'app-slug'?: string;
  workflow?: string;
}

export function withSubjectFlags<T>(y: Argv<T>): Argv<T> {
  return y
    .option('token-file', { type: 'string', describe: "take aud and sub from this token's claims" })
    .option('audience', { type: 'string', describe: "the audience (default: the token's, else sts.amazonaws.com)" })
    .option('sub', { type: 'string', describe: 'pin this exact sub (StringEquals)' })
    .option('sub-like', { type: 'string', describe: 'pin sub with a pattern (StringLike, * and ?)' })
    .option('app-slug', { type: 'string', describe: 'an app slug you want to pin (reported: see the notes)' })
    .option('workflow', {
      type: 'string',
      describe: 'a workflow you want to pin (reported: see the notes)',
    }) as Argv<T>;
}

/** The generator's request for a token's claims (empty without a token) and the flags; the account is the caller's. */
export function subjectRequest(
  argv: SubjectArgs,
  claims: Record<string, unknown>,
): Omit<TrustPolicyRequest, 'account' | 'partition'> {
  const tokenAud = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud;
  const tokenSub = typeof claims.sub === 'string' ? claims.sub : undefined;
  const wanted: Record<string, string> = {};
  if (argv['app-slug']) wanted.app_slug = argv['app-slug'];
  if (argv.workflow) wanted.workflow = argv.workflow;
  // The audience goes into IAM, a template and a command line: one printable value, from a flag or a token alike.
  const audience =
    argv.audience === undefined
      ? parseAudience(typeof tokenAud === 'string' ? tokenAud : 'sts.amazonaws.com', "the token's aud")
      : parseAudience(argv.audience, '--audience');
  return {
    audience,
    sub: argv.sub ?? tokenSub,
    subLike: argv['sub-like'],
    wanted,
    subFromToken: argv.sub === undefined && argv['sub-like'] === undefined && tokenSub !== undefined,
    claims,
  };
}
