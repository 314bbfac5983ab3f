/**
 * Roles assumed with another role's credentials (AssumeRole): `chain_role_arn`, the second role of a chain, and the
 * `roles` lines with `roles_chain`. The `chain_*` inputs say what such a session asks for.
 */

import { InputError } from '../core/errors';
import { parseExternalId, parseSessionTags, parseSourceIdentity } from './assume-role-values';
import { CHAINED_SESSION_SECONDS, parseRoleArn, parseSessionName, type RoleSession } from './aws-values';
import type { Inputs } from './inputs';
import type { Target } from './model';

/** What a session assumed with another role asks for, its role aside. */
export type ChainedSession = Omit<RoleSession, 'role' | 'managedSessionPolicies'>;

/**
 * The `chain_*` options, when a role is assumed with another (`chain_role_arn`, or `roles_chain`); else undefined
 * (rules.ts reports options set without either).
 */
export function parseChainOptions(
  inputs: Inputs,
  rolesChain: boolean,
  firstSessionName: string | undefined,
): ChainedSession | undefined {
  if (inputs.peek('chain_role_arn') === undefined && !rolesChain) return undefined;
  const name = inputs.optional('chain_session_name');
  const externalId = inputs.optional('chain_external_id');
  const tags = parseSessionTags('chain_session_tags', inputs.lines('chain_session_tags'));
  const transitiveTagKeys = inputs.list('chain_transitive_tag_keys');
  for (const key of transitiveTagKeys) {
    if (!tags.some((t) => t.key.toLowerCase() === key.toLowerCase())) {
      throw new InputError('chain_transitive_tag_keys', `names ${key}, which is not a key of \`chain_session_tags\`.`);
    }
  }
  const sourceIdentity = inputs.optional('chain_source_identity');
  return {
    sessionName: name === undefined ? (firstSessionName ?? '') : parseSessionName('chain_session_name', name),
    // Role chaining limits a session to one hour.
    durationSeconds: inputs.integer('chain_duration_seconds', CHAINED_SESSION_SECONDS),
    externalId: externalId === undefined ? undefined : parseExternalId('chain_external_id', externalId),
    tags,
    transitiveTagKeys,
    sourceIdentity:
      sourceIdentity === undefined ? undefined : parseSourceIdentity('chain_source_identity', sourceIdentity),
  };
}

/** `chain_role_arn`: the second role of a chain, assumed with `role_arn`'s session; its credentials are exported. */
export function parseChainTarget(
  inputs: Inputs,
  region: string,
  first: Target | undefined,
  options: ChainedSession,
): Target | undefined {
  const arn = inputs.optional('chain_role_arn');
  if (arn === undefined || !first) return undefined;
  return {
    name: 'chain_role_arn',
    origin: '`chain_role_arn`',
    session: { ...options, role: parseRoleArn('chain_role_arn', arn, region), managedSessionPolicies: [] },
    source: { kind: 'target', name: first.name },
    trustPolicy: undefined,
  };
}
