import { InputError } from '../core/errors';
import { awsDomain, privateRegistryHost } from '../net/endpoints';
import { parseRegion, partitionOfRegion, type RoleArn } from './aws-values';
import type { Inputs } from './inputs';

export const ECR_PUBLIC_HOST = 'public.ecr.aws';

export type Registry =
  | { kind: 'private'; accountId: string; region: string; host: string }
  | { kind: 'public'; host: typeof ECR_PUBLIC_HOST };

const KEY = 'ecr_registries';
const FORMS =
  'Each entry is a 12-digit account ID (that account in `region`), a registry host such as ' +
  '123456789012.dkr.ecr.eu-west-1.amazonaws.com (another region), or public.ecr.aws (ECR Public), separated by ' +
  'newlines or commas.';

/**
 * The registry host of a private registry in the endpoint variant asked for: FIPS (`dkr.ecr-fips`), dual-stack
 * (`dkr-ecr.<region>.on.aws`), or both (`dkr-ecr-fips`), else the standard host.
 */
export function variantHost(
  registry: Extract<Registry, { kind: 'private' }>,
  variant: { useFips: boolean; useDualstack: boolean },
): string {
  const { accountId, region } = registry;
  if (variant.useDualstack) return `${accountId}.dkr-ecr${variant.useFips ? '-fips' : ''}.${region}.on.aws`;
  if (variant.useFips) return `${accountId}.dkr.ecr-fips.${region}.${awsDomain(region)}`;
  return registry.host;
}

/**
 * True when `host` is a registry host of the private registry `registry` (its account and region): the standard
 * form, the FIPS form, or the dual-stack form (`<account>.dkr-ecr.<region>.on.aws`).
 */
export function isRegistryHostOf(host: string, registry: Extract<Registry, { kind: 'private' }>): boolean {
  const { accountId, region } = registry;
  return [
    privateHost(accountId, region),
    `${accountId}.dkr.ecr-fips.${region}.${awsDomain(region)}`,
    `${accountId}.dkr-ecr.${region}.on.aws`,
    `${accountId}.dkr-ecr-fips.${region}.on.aws`,
  ].includes(host.toLowerCase());
}

function privateHost(accountId: string, region: string): string {
  return `${accountId}.dkr.ecr.${region}.${awsDomain(region)}`;
}

function parseEntry(entry: string, partition: string, region: string): Registry {
  const value = entry.replace(/^https:\/\//, '').replace(/\/+$/, '');
  if (/^\d{12}$/.test(value)) {
    return { kind: 'private', accountId: value, region, host: privateHost(value, region) };
  }
  if (value === ECR_PUBLIC_HOST) {
    if (partition !== 'aws') {
      throw new InputError(
        KEY,
        `lists ${ECR_PUBLIC_HOST}, but ECR Public exists only in the aws partition (its token comes from us-east-1), and the credentials are in ${partition}.`,
        `Remove ${ECR_PUBLIC_HOST}, or log in to it with a role of the aws partition in another step.`,
      );
    }
    return { kind: 'public', host: ECR_PUBLIC_HOST };
  }
  const m = privateRegistryHost(value);
  if (!m) throw new InputError(KEY, `has an entry that is not an ECR registry: ${JSON.stringify(entry)}.`, FORMS);
  const { accountId, fips, region: hostRegion, dnsSuffix } = m;
  parseRegion(KEY, hostRegion);
  const hostPartition = partitionOfRegion(hostRegion);
  if (dnsSuffix !== awsDomain(hostRegion)) {
    throw new InputError(KEY, `has ${value}: the hosts of ${hostRegion} end in .${awsDomain(hostRegion)}.`);
  }
  if (hostPartition !== partition) {
    throw new InputError(
      KEY,
      `has ${value} in partition ${hostPartition}, but the credentials are in ${partition} and do not work there.`,
    );
  }
  return { kind: 'private', accountId, region: hostRegion, host: fips ? value : privateHost(accountId, hostRegion) };
}

/**
 * The registries to log in to, or undefined when `docker_login` is off. Default: the role's own account in `region`.
 * Malformed entries, duplicates, and registries the role's partition cannot reach are refused before any call.
 */
export function parseEcrRegistries(
  inputs: Inputs,
  role: RoleArn | undefined,
  region: string,
  partition: string,
): Registry[] | undefined {
  const dockerLogin = inputs.bool('docker_login');
  const entries = inputs.list(KEY, { spaces: true });
  if (!dockerLogin) {
    if (entries.length > 0) {
      throw new InputError(
        KEY,
        'is set, but `docker_login` is not "true", so no registry would be logged in to.',
        'Set `docker_login` to "true", or clear `ecr_registries`.',
      );
    }
    return undefined;
  }
  if (entries.length === 0) {
    if (!role) {
      throw new InputError(KEY, 'must list the registries when access keys are used without a role.', FORMS);
    }
    inputs.show(KEY, `${role.accountId} in ${region} (default: the role's account)`);
    return [{ kind: 'private', accountId: role.accountId, region, host: privateHost(role.accountId, region) }];
  }
  const registries: Registry[] = [];
  for (const entry of entries) {
    const registry = parseEntry(entry, partition, region);
    if (registries.some((r) => r.host === registry.host)) {
      throw new InputError(KEY, `lists ${registry.host} twice.`, FORMS);
    }
    registries.push(registry);
  }
  return registries;
}

/** `docker_login` and its registries, and `ecr_password_output`, which needs them. */
export function parseEcr(inputs: Inputs, finalRole: RoleArn | undefined, region: string, partition: string) {
  const registries = parseEcrRegistries(inputs, finalRole, region, partition);
  const passwordOutput = inputs.bool('ecr_password_output');
  if (passwordOutput && !registries) {
    throw new InputError(
      'ecr_password_output',
      'is "true", but `docker_login` is not: there is no ECR password to publish.',
    );
  }
  return { registries, passwordOutput };
}
