/** The Get OIDC Identity Token step: Config (inputs) → Run (the token, and the file) → Export (the outputs). */
import { lstat, rm } from 'node:fs/promises';
import { type IdentityTokenConfig, parseIdentityTokenConfig } from '../config/identity-token';
import type { Env } from '../config/inputs';
import { messageOf, StepError } from '../core/errors';
import { writeFileAtomic } from '../core/files';
import { type Deadline, deadlineOf, networkPolicy } from '../net/retry';
import type { Output } from '../publish/envman';
import type { IdentityToken } from '../token/bitrise';
import { obtainToken } from '../token/source';
import { begin, type StepContext } from './step';

/**
 * Writes the token with mode 0600, atomically. A symbolic link at the path is refused, never followed: its target
 * could be any file of the user's.
 */
export async function writeTokenFile(path: string, token: string): Promise<void> {
  const hint = 'Check `token_file`: it must be a path in a writable folder, and not a symbolic link.';
  if ((await lstat(path).catch(() => undefined))?.isSymbolicLink()) {
    throw new StepError(`Refusing to write the token to ${path}: it is a symbolic link.`, { hint });
  }
  try {
    await writeFileAtomic(path, token, 0o600);
  } catch (error) {
    throw new StepError(`Could not write the token to ${path}: ${messageOf(error)}`, { hint });
  }
}

export interface IdentityTokenResult {
  token: IdentityToken;
  /** Where the token was written, with `token_file`. */
  file: string | undefined;
}

/** Run: the token, and the file when asked. */
export async function runIdentityToken(
  config: IdentityTokenConfig,
  ctx: StepContext,
  deadline: Deadline,
): Promise<IdentityTokenResult> {
  ctx.log.section('Getting the identity token');
  const token = await obtainToken(config.api, config.audience, {
    log: ctx.log,
    now: ctx.now,
    policy: networkPolicy(ctx, deadline),
  });
  if (config.tokenFile !== undefined) {
    await writeTokenFile(config.tokenFile, token.token);
    ctx.log.print(`Token written to ${config.tokenFile} (mode 0600).`);
  }
  return { token, file: config.tokenFile };
}

export function identityTokenOutputs({ token, file }: IdentityTokenResult): Output[] {
  return [
    { key: 'BITRISE_IDENTITY_TOKEN', value: token.token, sensitive: true },
    ...(file === undefined ? [] : [{ key: 'BITRISE_IDENTITY_TOKEN_FILE', value: file, sensitive: false }]),
    ...(token.expiresAt === undefined
      ? []
      : [{ key: 'BITRISE_IDENTITY_TOKEN_EXPIRES_AT', value: token.expiresAt.toISOString(), sensitive: false }]),
  ];
}

export async function getIdentityToken(env: Env, ctx: StepContext): Promise<void> {
  const config = parseIdentityTokenConfig(env);
  begin(ctx, config);
  const deadline = deadlineOf(ctx, config.timeoutSeconds);
  const result = await runIdentityToken(config, ctx, deadline);
  try {
    await ctx.publish(identityTokenOutputs(result), ctx.log, deadline);
  } catch (error) {
    // All or nothing: a token file no later step will be told of is not left behind.
    if (result.file !== undefined) {
      await rm(result.file, { force: true });
      ctx.log.warn(`Undone: the token file ${result.file} was removed.`);
    }
    throw error;
  }
}
