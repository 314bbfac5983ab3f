/** What `role_arn`'s session asks STS for besides its role: name, duration, session policies. */
import { InputError } from '../core/errors';
import {
  parsePolicyArns,
  parseSessionName,
  parseSessionPolicy,
  type RoleSession,
  SESSION_SECONDS,
  sanitiseSessionName,
} from './aws-values';
import type { Env, Inputs } from './inputs';

/**
 * The session name: a user-supplied one is validated; the default (`bitrise-$BITRISE_BUILD_NUMBER`, also when the
 * input is empty or arrived unexpanded) is built from the build number and sanitised.
 */
function sessionName(inputs: Inputs, env: Env): string {
  const value = inputs.optional('session_name');
  const defaultName = `bitrise-${env.BITRISE_BUILD_NUMBER ?? ''}`;
  if (value === undefined || value === defaultName || value === 'bitrise-$BITRISE_BUILD_NUMBER') {
    const name = sanitiseSessionName(env.BITRISE_BUILD_NUMBER ? defaultName : 'bitrise-local');
    inputs.show('session_name', `${name} (default)`);
    return name;
  }
  return parseSessionName('session_name', value);
}

/** What `role_arn`'s session asks for besides its role; the `roles` lines get the same name and duration. */
export function parseSessionBase(inputs: Inputs, env: Env, partition: string): Omit<RoleSession, 'role'> {
  const name = sessionName(inputs, env);
  const durationSeconds = inputs.integer('duration_seconds', SESSION_SECONDS);
  const policy = inputs.optional('session_policy');
  const listed = inputs.lines('managed_session_policies');
  const managed = parsePolicyArns('managed_session_policies', listed, partition);
  if (managed.length < listed.length) {
    inputs.show('managed_session_policies', `${managed.join(', ')} (an ARN listed twice is sent once)`);
  }
  // STS counts the inline policy and the managed ARNs together against one limit of 2,048 characters.
  const length = (policy?.length ?? 0) + managed.reduce((sum, arn) => sum + arn.length, 0);
  if (policy !== undefined && managed.length > 0 && length > 2048) {
    throw new InputError(
      'session_policy',
      `and \`managed_session_policies\` are ${length} characters together; STS accepts at most 2048 for both.`,
      'Minify the JSON, or list fewer managed policies.',
    );
  }
  return {
    sessionName: name,
    durationSeconds,
    tags: [],
    transitiveTagKeys: [],
    sessionPolicy: policy === undefined ? undefined : parseSessionPolicy('session_policy', policy),
    managedSessionPolicies: managed,
  };
}
