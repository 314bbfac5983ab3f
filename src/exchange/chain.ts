import type { AccessKeys, ChainConfig } from '../config/authenticate';
import type { RoleArn } from '../config/aws';
import type { Logger } from '../log';
import type { RetryPolicy } from '../net/retry';
import { assumeRole, checkAccessKeys } from './signed';
import { type AwsCredentials, assumeRoleWithWebIdentity } from './sts';

export interface RoleRequest {
  region: string;
  role: RoleArn | undefined;
  sessionName: string;
  durationSeconds: number;
  sessionPolicy?: string | undefined;
  managedSessionPolicies: string[];
  chain?: ChainConfig | undefined;
  trustPolicy?: unknown;
}

/** The first role's session parameters, the same for both ways of assuming it. */
function session(req: RoleRequest, role: RoleArn) {
  return {
    region: req.region,
    roleArn: role.arn,
    sessionName: req.sessionName,
    durationSeconds: req.durationSeconds,
    sessionPolicy: req.sessionPolicy,
    managedSessionPolicies: req.managedSessionPolicies,
  };
}

/** The second role of a chain, assumed with the first role's credentials; without a chain, the first's. */
async function chained(
  first: AwsCredentials,
  req: RoleRequest,
  policy: RetryPolicy,
  log: Logger,
): Promise<AwsCredentials> {
  log.secrets.add(first.secretAccessKey);
  log.secrets.add(first.sessionToken);
  if (!req.chain) return first;
  log.done(`Assumed ${first.assumedRoleArn}; now assuming ${req.chain.role.arn} with it.`);
  return assumeRole(
    {
      region: req.region,
      roleArn: req.chain.role.arn,
      sessionName: req.chain.sessionName,
      durationSeconds: req.chain.durationSeconds,
    },
    { ...first, principal: first.assumedRoleArn },
    policy,
    log,
  );
}

/** The web identity path: token → AssumeRoleWithWebIdentity (→ AssumeRole of the chained role). */
export async function credentialsFromToken(
  req: RoleRequest,
  token: string,
  policy: RetryPolicy,
  log: Logger,
): Promise<AwsCredentials> {
  if (!req.role) throw new Error('a role is required with an identity token');
  const first = await assumeRoleWithWebIdentity(
    { ...session(req, req.role), token, trustPolicy: req.trustPolicy },
    policy,
    log,
  );
  return chained(first, req, policy, log);
}

/** The access-key path: AssumeRole signed with the keys (→ the chained role), or the keys themselves, checked. */
export async function credentialsFromKeys(
  req: RoleRequest,
  keys: AccessKeys,
  policy: RetryPolicy,
  log: Logger,
): Promise<AwsCredentials> {
  const signing = { ...keys, principal: 'the access keys' };
  if (!req.role) return checkAccessKeys(req.region, signing, policy, log);
  const first = await assumeRole(session(req, req.role), signing, policy, log);
  return chained(first, req, policy, log);
}
