/**
 * The rules between inputs, as one list: each names the input it reports and says what is wrong, or nothing. They
 * read what is set (not what it parses to), so every broken rule is reported in one run, with the input errors of the
 * values themselves.
 */
import { InputError } from '../core/errors';

/** Whether an input is set (non-blank), and its value. */
export type Peek = (key: string) => string | undefined;

interface Rule {
  /** The input the error names. */
  input: string;
  broken: (peek: Peek) => boolean;
  problem: string;
  hint?: string;
}

const isTrue = (peek: Peek, key: string) => peek(key) === 'true';
const keys = (peek: Peek) => peek('access_key_id') !== undefined || peek('secret_access_key') !== undefined;
const tokenInput = (peek: Peek) =>
  ['web_identity_token', 'web_identity_token_file'].find((key) => peek(key) !== undefined);
/** The options of AssumeRole (a role assumed with another role); AssumeRoleWithWebIdentity takes none of them. */
export const CHAIN_OPTIONS = [
  'chain_external_id',
  'chain_session_tags',
  'chain_transitive_tag_keys',
  'chain_source_identity',
] as const;

export const RULES: readonly Rule[] = [
  {
    input: 'access_key_id',
    broken: (p) => p('access_key_id') === undefined && p('secret_access_key') !== undefined,
    problem: 'is empty, but `access_key_id` and `secret_access_key` go together.',
    hint: "Set both, or neither to use the build's identity token.",
  },
  {
    input: 'secret_access_key',
    broken: (p) => p('access_key_id') !== undefined && p('secret_access_key') === undefined,
    problem: 'is empty, but `access_key_id` and `secret_access_key` go together.',
    hint: "Set both, or neither to use the build's identity token.",
  },
  {
    input: 'web_identity_token',
    broken: (p) => keys(p) && p('web_identity_token') !== undefined,
    problem: 'is set together with `access_key_id` and `secret_access_key`; use either the access keys or a token.',
  },
  {
    input: 'web_identity_token_file',
    broken: (p) => keys(p) && p('web_identity_token_file') !== undefined,
    problem: 'is set together with `access_key_id` and `secret_access_key`; use either the access keys or a token.',
  },
  {
    input: 'role_arn',
    broken: (p) => !keys(p) && p('role_arn') === undefined,
    problem: 'is required but empty.',
    hint: 'Example: arn:aws:iam::123456789012:role/bitrise-deploy.',
  },
  {
    input: 'chain_role_arn',
    broken: (p) => p('chain_role_arn') !== undefined && p('role_arn') === undefined,
    problem: 'needs `role_arn`: the first role of the chain.',
  },
  ...CHAIN_OPTIONS.map(
    (input): Rule => ({
      input,
      broken: (p) => p(input) !== undefined && p('chain_role_arn') === undefined && !isTrue(p, 'roles_chain'),
      problem:
        'is set, but `chain_role_arn` is empty and `roles_chain` is not "true": external IDs, session tags and source identities go with a role assumed with another role (AssumeRole); AssumeRoleWithWebIdentity takes none of them.',
      hint: 'Set `chain_role_arn` to the role to assume with the first one, or clear this input.',
    }),
  ),
  {
    input: 'roles_chain',
    broken: (p) => isTrue(p, 'roles_chain') && p('role_arn') === undefined,
    problem: 'is "true", but `role_arn` is empty: the roles are assumed with the session of `role_arn` (the hub).',
  },
  {
    input: 'roles_chain',
    broken: (p) => isTrue(p, 'roles_chain') && p('roles') === undefined,
    problem: 'is "true", but `roles` is empty: there is no role to assume with the session of `role_arn`.',
  },
  {
    input: 'refresh',
    broken: (p) => isTrue(p, 'refresh') && p('profile_name') === undefined && p('roles') === undefined,
    problem: 'is "true", but `profile_name` and `roles` are empty: refresh works through a profile.',
  },
  {
    input: 'refresh',
    broken: (p) => isTrue(p, 'refresh') && keys(p),
    problem: "works with the build's identity token only, not with access keys.",
  },
  {
    input: 'refresh',
    broken: (p) => isTrue(p, 'refresh') && !keys(p) && tokenInput(p) !== undefined,
    problem: 'needs the Bitrise API to mint fresh tokens, but the token comes from `web_identity_token(_file)`.',
  },
  {
    input: 'export_env',
    broken: (p) => p('export_env') === 'false' && p('profile_name') === undefined && p('roles') === undefined,
    problem: 'is "false" and `profile_name` is empty, so the credentials would go nowhere.',
  },
];

/** Every rule the inputs break, as input errors. */
export function brokenRules(peek: Peek): InputError[] {
  return RULES.filter((rule) => rule.broken(peek)).map((rule) => new InputError(rule.input, rule.problem, rule.hint));
}
