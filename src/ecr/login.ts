import type { Registry } from '../config/ecr';
import { dockerLogin, dockerLogout } from './docker';
import { type EcrContext, privatePasswords, publicPassword, type RegistryPassword } from './passwords';

export interface EcrLoginResult {
  /** The hosts logged in to, in the order of the registries. */
  hosts: string[];
  /** The earliest expiry of the passwords. */
  expiresAt: Date;
  /** The password of the first registry, for `ecr_password_output` (a secret, registered with the log). */
  password: string;
}

/**
 * Gets one password per region (and one for ECR Public) and logs docker in to every registry, in order. Only on
 * Linux: elsewhere it warns and returns undefined, since the AWS credentials are what the step is for.
 */
export async function ecrLogin(
  registries: Registry[],
  platform: NodeJS.Platform,
  ctx: EcrContext,
): Promise<EcrLoginResult | undefined> {
  const { log, policy } = ctx;
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
    privatePasswords(region, list, ctx).then((found) => list.map((r, i) => [r, found[i] as RegistryPassword])),
  );
  const publicRegistry = registries.find((r) => r.kind === 'public');
  if (publicRegistry) tasks.push(publicPassword(ctx).then((p) => [[publicRegistry, p]]));
  const found = new Map((await Promise.all(tasks)).flat());
  // Back in the order the user gave.
  const ordered = registries.map((r) => found.get(r) as RegistryPassword);
  const done: string[] = [];
  for (const { host, password } of ordered) {
    try {
      await dockerLogin(host, password, policy, log);
    } catch (error) {
      // All or nothing: the registries logged in to before this one are logged out of again.
      if (done.length > 0 && (await dockerLogout(done, log)).length === 0) {
        log.warn(`Logged docker out of ${done.join(', ')} again.`);
      }
      throw error;
    }
    done.push(host);
    log.done(`Logged in to ${host}.`);
  }
  return {
    hosts: ordered.map((p) => p.host),
    password: ordered[0]?.password ?? '',
    expiresAt: new Date(Math.min(...ordered.map((p) => p.expiresAt.getTime()))),
  };
}
