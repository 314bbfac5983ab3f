import { open } from 'node:fs/promises';
import { parseIdentityTokenConfig } from '../config/identity-token';
import type { Env } from '../config/inputs';
import { messageOf, StepError } from '../errors';
import type { Output } from '../publish/envman';
import { obtainToken } from '../token/source';
import { deadlineOf, networkPolicy, printConfig, type StepContext, warnInsecure } from './context';

/** Writes the token with mode 0600; the mode is set before the first byte, also on an existing file. */
export async function writeTokenFile(path: string, token: string): Promise<void> {
  try {
    const handle = await open(path, 'w', 0o600);
    try {
      await handle.chmod(0o600);
      await handle.writeFile(token);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new StepError(`Could not write the token to ${path}: ${messageOf(error)}`, {
      hint: 'Check `token_file`: it must be a path in a writable folder.',
    });
  }
}

/** config → token → (file) → publish. */
export async function getIdentityToken(env: Env, ctx: StepContext): Promise<void> {
  const { log } = ctx;
  const config = parseIdentityTokenConfig(env);
  log.verbose = config.verbose;
  log.secrets.add(config.api.apiToken);
  printConfig(log, config.shown);
  warnInsecure(log, config.insecure ? [config.api.buildUrl] : []);

  log.section('Getting the identity token');
  const deadline = deadlineOf(ctx, config.timeoutSeconds);
  const token = await obtainToken(config.api, config.audience, networkPolicy(ctx, deadline), log);
  const outputs: Output[] = [{ key: 'BITRISE_IDENTITY_TOKEN', value: token.token, sensitive: true }];
  if (config.tokenFile !== undefined) {
    await writeTokenFile(config.tokenFile, token.token);
    log.print(`Token written to ${config.tokenFile} (mode 0600).`);
    outputs.push({ key: 'BITRISE_IDENTITY_TOKEN_FILE', value: config.tokenFile, sensitive: false });
  }
  if (token.expiresAt !== undefined) {
    outputs.push({ key: 'BITRISE_IDENTITY_TOKEN_EXPIRES_AT', value: token.expiresAt.toISOString(), sensitive: false });
  }

  await ctx.publish(outputs, log);
}
