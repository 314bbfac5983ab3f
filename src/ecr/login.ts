import type { Registry } from '../config/ecr';
import type { AwsCredentials } from '../exchange/sts';
import type { Logger } from '../log';
import type { RetryPolicy } from '../net/retry';
import type { Output } from '../publish/envman';
import { dockerLogin } from './docker';
import { privatePasswords, publicPassword, type RegistryPassword } from './token';

export interface EcrLoginResult {
  /** The hosts logged in to, in the order of the registries. */
  hosts: string[];
  /** The earliest expiry of the passwords. */
  expiresAt: Date;
}

/**
 * Gets one password per region (and one for ECR Public) and logs docker in to every registry, in order. Only on
 * Linux: elsewhere it warns and returns undefined, since the AWS credentials are what the step is for.
 */
export async function ecrLogin(
  registries: Registry[],
  creds: AwsCredentials,
  platform: NodeJS.Platform,
  policy: RetryPolicy,
  log: Logger,
): Promise<EcrLoginResult | undefined> {
  if (platform !== 'linux') {
    log.warn(
      `docker_login: skipped on ${platform}. Docker login is supported on Linux stacks only; the AWS credentials are ` +
        'published as usual, so tools such as the AWS CLI can log in themselves (aws ecr get-login-password).',
    );
    return undefined;
  }
  log.section('Logging in to Amazon ECR');
  const byRegion = new Map<string, Extract<Registry, { kind: 'private' }>[]>();
  for (const r of registries) {
    if (r.kind === 'private') byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r]);
  }
  const tasks: Array<Promise<Array<[Registry, RegistryPassword]>>> = [...byRegion].map(([region, list]) =>
    privatePasswords(region, list, creds, policy, log).then((found) =>
      list.map((r, i) => [r, found[i] as RegistryPassword]),
    ),
  );
  const publicRegistry = registries.find((r) => r.kind === 'public');
  if (publicRegistry) tasks.push(publicPassword(creds, policy, log).then((p) => [[publicRegistry, p]]));
  const found = new Map((await Promise.all(tasks)).flat());
  // Back in the order the user gave.
  const ordered = registries.map((r) => found.get(r) as RegistryPassword);
  for (const { host, password } of ordered) {
    await dockerLogin(host, password, policy, log);
    log.done(`Logged in to ${host}.`);
  }
  return {
    hosts: ordered.map((p) => p.host),
    expiresAt: new Date(Math.min(...ordered.map((p) => p.expiresAt.getTime()))),
  };
}

export function ecrOutputs(result: EcrLoginResult): Output[] {
  return [
    { key: 'AWS_ECR_REGISTRY', value: result.hosts[0] ?? '', sensitive: false },
    { key: 'AWS_ECR_REGISTRIES', value: result.hosts.join('\n'), sensitive: false },
    { key: 'AWS_ECR_PASSWORD_EXPIRATION', value: result.expiresAt.toISOString(), sensitive: false },
  ];
}
