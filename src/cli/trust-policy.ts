/** `trust-policy`: a least-privilege trust policy for token.builds.bitrise.io, from a token's claims or flags. */
import type { Argv } from 'yargs';
import { PARTITION_NAMES } from '../core/partitions';
import { doctorToken } from '../doctor/examine';
import { decodeClaims } from '../token/jwt';
import { generateTrustPolicy } from '../trust-policy/generate';
import { command } from './flags';
import { type SubjectArgs, subjectRequest, withSubjectFlags } from './subject';

interface TrustPolicyArgs extends SubjectArgs {
  account: string;
  partition: string;
}

export const trustPolicy = {
  command: 'trust-policy',
  describe: 'Print a least-privilege trust policy for token.builds.bitrise.io',
  builder: (y: Argv) =>
    withSubjectFlags(
      y
        .option('account', { type: 'string', demandOption: true, describe: 'the 12-digit account of the role' })
        .option('partition', { type: 'string', default: 'aws', describe: `one of ${PARTITION_NAMES.join(', ')}` }),
    ),
  handler: (argv: Record<string, unknown> & TrustPolicyArgs) =>
    command(async (ctx) => {
      const file = argv['token-file'];
      const claims = file ? (decodeClaims(await doctorToken({ kind: 'file', path: file }, 0, ctx)) ?? {}) : {};
      const generated = generateTrustPolicy({
        ...subjectRequest(argv, claims),
        account: argv.account,
        partition: argv.partition,
      });
      process.stdout.write(`${JSON.stringify(generated.policy, null, 2)}\n`);
      for (const note of generated.notes) ctx.log.warn(`Note: ${note}`);
    }),
};
