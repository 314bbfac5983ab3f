/** `trust-policy`: a least-privilege trust policy for token.builds.bitrise.io, from a token's claims or flags. */
import type { Argv } from 'yargs';
import { doctorToken } from '../doctor/doctor';
import { decodeClaims } from '../token/jwt';
import { generateTrustPolicy } from '../trust-policy/generate';
import { command } from './flags';

interface TrustPolicyArgs {
  account: string;
  partition: string;
  'token-file'?: string;
  audience?: string;
  sub?: string;
  'sub-like'?: string;
  'app-slug'?: string;
  workflow?: string;
}

export const trustPolicy = {
  command: 'trust-policy',
  describe: 'Print a least-privilege trust policy for token.builds.bitrise.io',
  builder: (y: Argv) =>
    y
      .option('account', { type: 'string', demandOption: true, describe: 'the 12-digit account of the role' })
      .option('partition', { type: 'string', default: 'aws', describe: 'aws, aws-cn or aws-us-gov' })
      .option('token-file', { type: 'string', describe: "take aud and sub from this token's claims" })
      .option('audience', { type: 'string', describe: "the audience (default: the token's, else sts.amazonaws.com)" })
      .option('sub', { type: 'string', describe: 'pin this exact sub (StringEquals)' })
      .option('sub-like', { type: 'string', describe: 'pin sub with a pattern (StringLike, * and ?)' })
      .option('app-slug', { type: 'string', describe: 'an app slug you want to pin (reported: see the notes)' })
      .option('workflow', { type: 'string', describe: 'a workflow you want to pin (reported: see the notes)' }),
  handler: (argv: Record<string, unknown> & TrustPolicyArgs) =>
    command(async (ctx) => {
      const file = argv['token-file'];
      const claims = file ? (decodeClaims(await doctorToken({ kind: 'file', path: file }, 0, ctx)) ?? {}) : {};
      const tokenAud = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud;
      const tokenSub = typeof claims.sub === 'string' ? claims.sub : undefined;
      const wanted: Record<string, string> = {};
      if (argv['app-slug']) wanted.app_slug = argv['app-slug'];
      if (argv.workflow) wanted.workflow = argv.workflow;
      const generated = generateTrustPolicy({
        account: argv.account,
        partition: argv.partition,
        audience: argv.audience ?? (typeof tokenAud === 'string' ? tokenAud : 'sts.amazonaws.com'),
        sub: argv.sub ?? tokenSub,
        subLike: argv['sub-like'],
        wanted,
        subFromToken: argv.sub === undefined && argv['sub-like'] === undefined && tokenSub !== undefined,
        claims,
      });
      process.stdout.write(`${JSON.stringify(generated.policy, null, 2)}\n`);
      for (const note of generated.notes) ctx.log.warn(`Note: ${note}`);
    }),
};
