/**
 * `setup`: everything a new user deploys on the AWS side, from what the build's token says (the live one inside a
 * build, or a file the Get OIDC Identity Token step saved) or from flags on a laptop. The template or commands go to
 * stdout; the notes and the step's entry for bitrise.yml to stderr.
 */
import type { Argv } from 'yargs';
import { parsePolicyArns, parseRegion, partitionOfRegion } from '../config/aws-values';
import { ExitCode, StepError } from '../core/errors';
import { doctorToken } from '../doctor/examine';
import { FORMAT_NAMES, FORMATS, type SetupFormat } from '../setup/formats';
import { renderSetup, stepSnippet } from '../setup/render';
import type { StepContext } from '../steps/step';
import { decodeClaims } from '../token/jwt';
import { generateTrustPolicy } from '../trust-policy/generate';
import { command, liveTokenSource } from './flags';
import { type SubjectArgs, subjectRequest, withSubjectFlags } from './subject';

interface SetupArgs extends SubjectArgs {
  format: SetupFormat;
  'role-name': string;
  account?: string;
  region: string;
  'existing-provider'?: boolean;
  thumbprint?: string;
  'max-session-duration': number;
  'managed-policy-arn'?: string[];
}

const bad = (message: string) => new StepError(message, { exitCode: ExitCode.badInput });

/** The token's claims: from --token-file, else (inside a build, without --sub/--sub-like) the live token. */
async function claimsFor(argv: SetupArgs, ctx: StepContext): Promise<Record<string, unknown>> {
  if (argv['token-file'])
    return decodeClaims(await doctorToken({ kind: 'file', path: argv['token-file'] }, 0, ctx)) ?? {};
  if (argv.sub !== undefined || argv['sub-like'] !== undefined || !process.env.BITRISE_BUILD_URL) return {};
  const source = liveTokenSource({}, argv.audience ?? 'sts.amazonaws.com', '');
  return decodeClaims(await doctorToken(source, 60, ctx)) ?? {};
}

/** The flags that need no token, checked before anything is fetched. */
function checkedFlags(argv: SetupArgs) {
  const region = parseRegion('--region', argv.region);
  const partition = partitionOfRegion(region);
  const duration = argv['max-session-duration'];
  if (!Number.isInteger(duration) || duration < 3600 || duration > 43200) {
    throw bad(`--max-session-duration must be a whole number from 3600 to 43200, got ${duration}.`);
  }
  if (!/^[\w+=,.@-]{1,64}$/.test(argv['role-name'])) {
    throw bad(`--role-name must be 1 to 64 of letters, digits and _+=,.@-, got ${JSON.stringify(argv['role-name'])}.`);
  }
  if (argv.account === undefined && FORMATS[argv.format].needsAccount) {
    throw bad(`--format ${argv.format} prints literal ARNs: give --account (aws sts get-caller-identity).`);
  }
  const thumbprint = argv.thumbprint?.toLowerCase();
  if (thumbprint !== undefined && !/^[0-9a-f]{40}$/.test(thumbprint)) {
    throw bad(
      `--thumbprint must be 40 hexadecimal digits (a SHA-1 thumbprint), got ${JSON.stringify(argv.thumbprint)}.`,
    );
  }
  const managed = parsePolicyArns('--managed-policy-arn', argv['managed-policy-arn'] ?? [], partition);
  return { region, partition, duration, thumbprint, managed };
}

export const setup = {
  command: 'setup',
  describe: 'Print the AWS side in one go: the Bitrise OIDC provider and the role (CloudFormation, Terraform, aws CLI)',
  builder: (y: Argv) =>
    withSubjectFlags(y)
      .option('format', { choices: FORMAT_NAMES, demandOption: true, describe: 'what to print' })
      .option('role-name', { type: 'string', default: 'bitrise-deploy', describe: 'the role to create' })
      .option('account', {
        type: 'string',
        describe: "the 12-digit account: fills the step entry's role ARN (required for aws-cli)",
      })
      .option('region', {
        type: 'string',
        default: 'us-east-1',
        describe: 'the region (its partition, the step entry)',
      })
      .option('existing-provider', { type: 'boolean', describe: "use the account's Bitrise provider, create none" })
      .option('thumbprint', {
        type: 'string',
        describe: "the provider certificate's thumbprint (40 hex digits; CloudFormation requires one)",
      })
      .option('max-session-duration', { type: 'number', default: 3600, describe: "the role's maximum, 3600-43200 s" })
      .option('managed-policy-arn', {
        type: 'string',
        array: true,
        describe: 'a managed policy to attach (repeatable)',
      }),
  handler: (argv: Record<string, unknown> & SetupArgs) =>
    command(async (ctx) => {
      const { region, partition, duration, thumbprint, managed } = checkedFlags(argv);
      const request = subjectRequest(argv, await claimsFor(argv, ctx));
      const generated = generateTrustPolicy({ ...request, account: argv.account ?? '000000000000', partition });
      const plan = {
        roleName: argv['role-name'],
        trustPolicy: generated.policy,
        audience: request.audience,
        maxSessionDuration: duration,
        managedPolicyArns: managed,
        existingProvider: argv['existing-provider'] ?? false,
        thumbprint,
        account: argv.account,
        partition,
      };
      process.stdout.write(renderSetup(argv.format, plan));
      for (const note of [...generated.notes, ...FORMATS[argv.format].notes(plan)]) ctx.log.warn(`Note: ${note}`);
      ctx.log.print(`\nThen add the step to bitrise.yml:\n${stepSnippet(plan, region)}`);
    }),
};
