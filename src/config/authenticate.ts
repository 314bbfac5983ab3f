/**
 * Config of the Authenticate step: every input read and validated before anything is sent, into the target model
 * (model.ts). Every bad input, every broken rule between inputs (rules.ts) and every bad `roles` line is reported in
 * one run.
 */
import { InputError, inputErrors, StepError } from '../core/errors';
import { PolicyDocumentError, parsePolicyDocument } from '../core/policy-document';
import { parseAllowedAccounts } from './allowed-accounts';
import { parseAudience, parseRegion, parseRoleArn, partitionOfRegion, type RoleSession } from './aws-values';
import { parseChainOptions, parseChainTarget } from './chain';
import { parseEcr } from './ecr';
import { type Env, Inputs, parseTimeout } from './inputs';
import type { AccessKeys, AuthenticateConfig, Identity, ProfileConfig, Target } from './model';
import { insecureUrlsOf, parseAccess } from './reach';
import { parseRoles } from './roles';
import { brokenRules } from './rules';
import { parseSessionBase } from './session';
import { AUTHENTICATE_INPUTS } from './table';
import { parseTokenSource } from './token-source';

export type { AccessKeys, AuthenticateConfig } from './model';

/** The optional `trust_policy` input: a policy document, checked before any call. */
function parseTrustPolicy(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return parsePolicyDocument(value);
  } catch (error) {
    if (!(error instanceof PolicyDocumentError)) throw error;
    throw new InputError('trust_policy', `${error.message}.`, "Paste the role's trust policy document.");
  }
}

/** `access_key_id` and `secret_access_key`, when both are set (rules.ts reports one without the other). */
function parseAccessKeys(inputs: Inputs): AccessKeys | undefined {
  const accessKeyId = inputs.optional('access_key_id');
  const secretAccessKey = inputs.optional('secret_access_key');
  if (accessKeyId === undefined || secretAccessKey === undefined) return undefined;
  if (!/^[A-Z0-9]{16,128}$/.test(accessKeyId)) {
    throw new InputError('access_key_id', 'is not an AWS access key ID (16 to 128 capital letters and digits).');
  }
  return { accessKeyId, secretAccessKey };
}

/** Runs one part of the parse; an InputError is collected (and the part is undefined), anything else thrown. */
function collector() {
  const errors: InputError[] = [];
  const take = <T>(parse: () => T): T | undefined => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
      return undefined;
    }
  };
  return { errors, take };
}

/** Reads and validates every input of the Authenticate step; throws one InputError listing every problem. */
export function parseAuthenticateConfig(env: Env): AuthenticateConfig {
  const inputs = new Inputs(env, AUTHENTICATE_INPUTS);
  const { errors, take } = collector();
  errors.push(...brokenRules((key) => inputs.peek(key)));
  try {
    const config = parseAll({ inputs, env, take, errors });
    if (errors.length === 0 && config) return config;
  } catch (error) {
    // A problem found past the inputs (an account that allowed_account_ids refuses): the inputs' own come first.
    if (errors.length === 0 || !(error instanceof StepError)) throw error;
  }
  throw inputErrors(errors);
}

type Take = ReturnType<typeof collector>['take'];

interface Parse {
  inputs: Inputs;
  env: Env;
  take: Take;
  errors: InputError[];
}

/** The identity and `role_arn`'s target: who the step is, and the first role. */
function parseIdentity({ inputs, env, take }: Parse, region: string | undefined, allowInsecure: boolean) {
  const keys = take(() => parseAccessKeys(inputs));
  const roleValue = inputs.optional('role_arn');
  const role = region && roleValue !== undefined ? take(() => parseRoleArn('role_arn', roleValue, region)) : undefined;
  const audience = take(() => parseAudience(inputs.withDefault('audience')));
  const partition = role?.partition ?? (region ? partitionOfRegion(region) : 'aws');
  const base = take(() => parseSessionBase(inputs, env, partition));
  const identity: Identity | undefined = keys
    ? { kind: 'keys', keys }
    : take(() => ({ kind: 'token', token: parseTokenSource(inputs, allowInsecure), audience: audience ?? '' }));
  const trustPolicy = take(() => parseTrustPolicy(inputs.optional('trust_policy')));
  const main: Target | undefined =
    role && base
      ? {
          name: 'role_arn',
          origin: '`role_arn`',
          session: { ...base, role },
          source: { kind: 'identity' },
          trustPolicy,
        }
      : undefined;
  return { identity, partition, base, main };
}

/** The targets beyond `role_arn`: the chained role, and the `roles` lines with their profiles. */
function parseMoreTargets(
  { inputs, take, errors }: Parse,
  region: string | undefined,
  base: Omit<RoleSession, 'role'> | undefined,
  main: Target | undefined,
) {
  const rolesChain = take(() => inputs.bool('roles_chain')) ?? false;
  const chained = take(() => parseChainOptions(inputs, rolesChain, base?.sessionName));
  const chain = region && chained ? take(() => parseChainTarget(inputs, region, main, chained)) : undefined;
  const profileName = take(() => parseProfileName(inputs.optional('profile_name')));
  const refresh = take(() => inputs.bool('refresh')) ?? false;
  // Each role gets `role_arn`'s session name and duration; with roles_chain, the chained session's options.
  const none = { managedSessionPolicies: [], tags: [], transitiveTagKeys: [] };
  const session = rolesChain
    ? chained && { ...chained, managedSessionPolicies: [] }
    : base && { sessionName: base.sessionName, durationSeconds: base.durationSeconds, ...none };
  const hub = rolesChain ? 'role_arn' : undefined;
  const roles = region && session ? parseRoles(inputs, { region, mainProfile: profileName, session, hub }, errors) : [];
  return { chain, roles, profileName, refresh };
}

function parseAll(parse: Parse): AuthenticateConfig | undefined {
  const { inputs, env, take, errors } = parse;
  const region = take(() => parseRegion('region', inputs.withDefault('region')));
  const allowInsecure = take(() => inputs.bool('allow_insecure_http')) ?? false;
  const { identity, partition, base, main } = parseIdentity(parse, region, allowInsecure);
  const { chain, roles, profileName, refresh } = parseMoreTargets(parse, region, base, main);
  const exportEnv = take(() => inputs.bool('export_env')) ?? true;
  const exportIdentity = take(() => inputs.bool('export_identity_env')) ?? false;
  const exported = chain ?? main;
  const targets = [main, chain, ...roles].filter((t): t is Target => t !== undefined);
  const ecr = region ? take(() => parseEcr(inputs, exported?.session.role, region, partition)) : undefined;
  const accounts = targets.map((t) => t.session.role.accountId);
  const allowedAccounts = take(() =>
    parseAllowedAccounts(
      inputs,
      targets.map((t) => t.session.role),
    ),
  );
  const maskAccount = take(() => inputs.bool('mask_account_id')) ?? false;
  const checkIdentity = take(() => inputs.bool('check_identity')) ?? false;
  const timeoutSeconds = take(() => parseTimeout(inputs));
  const aws = take(() => parseAccess(inputs, env, allowInsecure));
  const verbose = take(() => inputs.bool('verbose')) ?? false;
  if (errors.length > 0 || !region || !identity || !ecr || !aws || timeoutSeconds === undefined) return undefined;
  const api = identity.kind === 'token' && identity.token.kind === 'bitrise' ? identity.token : undefined;
  const profileOf = (name: string, target: string | undefined): ProfileConfig =>
    refresh && api && target ? { name, target, refresh: true, api } : { name, target, refresh: false };
  return {
    identity,
    targets,
    exported: exported?.name,
    region,
    aws,
    profiles: [
      ...(profileName === undefined ? [] : [profileOf(profileName, exported?.name)]),
      ...roles.map((t) => profileOf(t.name, t.name)),
    ],
    exportEnv,
    exportIdentity,
    ecrRegistries: ecr.registries,
    ecrPasswordOutput: ecr.passwordOutput,
    allowedAccounts,
    maskAccount,
    checkIdentity,
    timeoutSeconds,
    insecureUrls: insecureUrlsOf(aws, identity),
    verbose,
    shown: inputs.shown,
    // With mask_account_id, every target's account is redacted from the log like a secret.
    secrets: maskAccount ? [...inputs.secrets, ...accounts] : inputs.secrets,
  };
}

function parseProfileName(name: string | undefined): string | undefined {
  if (name !== undefined && !/^[\w.+=,@-]{1,64}$/.test(name)) {
    throw new InputError(
      'profile_name',
      `must be 1 to 64 of letters, digits and _.+=,@-, got ${JSON.stringify(name)}.`,
    );
  }
  return name;
}
