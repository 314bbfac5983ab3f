/** The chained role (`chain_*` inputs): the second role, assumed with AssumeRole and the first role's credentials. */
import { InputError } from '../core/errors';
import {
  parseExternalId,
  parseRoleArn,
  parseSessionName,
  parseSessionTags,
  parseSourceIdentity,
  type RoleSession,
} from './aws-values';
import type { Inputs } from './inputs';

/** The options of AssumeRole for the chained role; AssumeRoleWithWebIdentity takes none of them. */
const CHAIN_OPTIONS = ['chain_external_id', 'chain_session_tags', 'chain_transitive_tag_keys', 'chain_source_identity'];

export function parseChain(inputs: Inputs, region: string, first: RoleSession | undefined): RoleSession | undefined {
  const arn = inputs.optional('chain_role_arn');
  if (arn === undefined) {
    const set = CHAIN_OPTIONS.find((key) => inputs.optional(key) !== undefined);
    if (set) {
      throw new InputError(
        set,
        'is set, but `chain_role_arn` is empty: external IDs, session tags and source identities go with a chained role (AssumeRole); AssumeRoleWithWebIdentity takes none of them.',
        'Set `chain_role_arn` to the role to assume with the first one, or clear this input.',
      );
    }
    return undefined;
  }
  const role = parseRoleArn('chain_role_arn', arn, region);
  if (!first) throw new InputError('chain_role_arn', 'needs `role_arn`: the first role of the chain.');
  const name = inputs.optional('chain_session_name');
  return {
    role,
    sessionName: name === undefined ? first.sessionName : parseSessionName('chain_session_name', name),
    // Role chaining limits a session to one hour.
    durationSeconds: inputs.integer('chain_duration_seconds', { min: 900, max: 3600 }),
    managedSessionPolicies: [],
    ...parseChainOptions(inputs),
  };
}

function parseChainOptions(inputs: Inputs): Partial<RoleSession> {
  const externalId = inputs.optional('chain_external_id');
  const tags = parseSessionTags('chain_session_tags', inputs.lines('chain_session_tags'));
  const transitiveTagKeys = inputs
    .lines('chain_transitive_tag_keys')
    .flatMap((line) => line.split(','))
    .map((k) => k.trim())
    .filter((k) => k !== '');
  for (const key of transitiveTagKeys) {
    if (!tags.some((t) => t.key.toLowerCase() === key.toLowerCase())) {
      throw new InputError('chain_transitive_tag_keys', `names ${key}, which is not a key of \`chain_session_tags\`.`);
    }
  }
  const sourceIdentity = inputs.optional('chain_source_identity');
  return {
    externalId: externalId === undefined ? undefined : parseExternalId('chain_external_id', externalId),
    tags,
    transitiveTagKeys,
    sourceIdentity:
      sourceIdentity === undefined ? undefined : parseSourceIdentity('chain_source_identity', sourceIdentity),
  };
}
