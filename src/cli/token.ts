/** `token`: the Get OIDC Identity Token step's flow; prints the token (or --json). */
import type { Argv } from 'yargs';
import { parseIdentityTokenConfig } from '../config/identity-token';
import { IDENTITY_TOKEN_INPUTS } from '../config/table';
import { deadlineOf } from '../net/retry';
import { runIdentityToken } from '../steps/get-identity-token';
import { begin } from '../steps/step';
import { cliEnv, command, jsonFlag, speakingFlags, withFlagNames, withInputs } from './flags';

export const token = {
  command: 'token',
  describe: 'Get the build identity token as the Get OIDC Identity Token step does; print it (or --json)',
  builder: (y: Argv) => withInputs(y, IDENTITY_TOKEN_INPUTS).option('json', jsonFlag),
  handler: (argv: Record<string, unknown> & { json?: boolean }) =>
    command(async (ctx) => {
      const config = withFlagNames(IDENTITY_TOKEN_INPUTS, () =>
        parseIdentityTokenConfig(cliEnv(argv, IDENTITY_TOKEN_INPUTS)),
      );
      begin(ctx, config);
      const deadline = deadlineOf(ctx, config.timeoutSeconds);
      const { token: t } = await runIdentityToken(config, ctx, deadline).catch(speakingFlags(IDENTITY_TOKEN_INPUTS));
      const expiresAt = t.expiresAt?.toISOString();
      process.stdout.write(argv.json ? `${JSON.stringify({ token: t.token, expiresAt }, null, 2)}\n` : `${t.token}\n`);
    }),
};
