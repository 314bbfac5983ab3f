/**
 * `roles` and `roles_chain`: more roles in one step, each a target written to a profile of its own. Every line is
 * checked, and every bad line is reported with its number, before anything is sent.
 */
import { InputError } from '../core/errors';
import { parseRoleArn, type RoleSession } from './aws-values';
import type { Inputs } from './inputs';
import type { Target } from './model';

/** Profile names a `roles` line may give: what the AWS config files and the CLI's --profile take without quoting. */
const PROFILE_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
export const MAX_ROLES = 20;
const FORM = 'Each line is `<profile name>=<role ARN>`, such as `production=arn:aws:iam::123456789012:role/deploy`.';

export interface RolesContext {
  region: string;
  /** `profile_name`, which no line may reuse. */
  mainProfile: string | undefined;
  /** The session each role gets: its role filled in per line. */
  session: Omit<RoleSession, 'role'>;
  /** `roles_chain`: the target each role is assumed with, or undefined for the identity. */
  hub: string | undefined;
}

/** The targets of `roles`, in order; every bad line is pushed to `errors` and left out. */
export function parseRoles(inputs: Inputs, ctx: RolesContext, errors: InputError[]): Target[] {
  const lines = inputs.numberedLines('roles');
  if (lines.length > MAX_ROLES) {
    errors.push(new InputError('roles', `has ${lines.length} roles; at most ${MAX_ROLES} are allowed in one step.`));
    return [];
  }
  const targets: Target[] = [];
  const seen = new Map<string, number>();
  for (const { line, text } of lines) {
    const bad = (problem: string) => errors.push(new InputError('roles', problem, FORM, { line }));
    const eq = text.indexOf('=');
    if (eq < 0) {
      bad(`has no \`=\` between a profile name and a role ARN: ${JSON.stringify(text.slice(0, 120))}.`);
      continue;
    }
    const name = text.slice(0, eq).trim();
    const arn = text.slice(eq + 1).trim();
    if (!PROFILE_NAME.test(name)) {
      bad(`names the profile ${JSON.stringify(name.slice(0, 80))}: 1 to 64 letters, digits and _.- are allowed.`);
      continue;
    }
    if (name === ctx.mainProfile) {
      bad(`names the profile ${name}, which \`profile_name\` already writes for \`role_arn\`.`);
      continue;
    }
    const before = seen.get(name);
    if (before !== undefined) {
      bad(`names the profile ${name} again (line ${before} names it first).`);
      continue;
    }
    seen.set(name, line);
    let role: ReturnType<typeof parseRoleArn>;
    try {
      role = parseRoleArn('roles', arn, ctx.region);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(new InputError('roles', `(profile ${name}) ${error.problem}`, error.hint, { line }));
      continue;
    }
    targets.push({
      name,
      origin: `\`roles\` line ${line} (profile ${name})`,
      session: { ...ctx.session, role },
      source: ctx.hub === undefined ? { kind: 'identity' } : { kind: 'target', name: ctx.hub },
      trustPolicy: undefined,
    });
  }
  return targets;
}
