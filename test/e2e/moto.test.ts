/**
 * End to end against moto (`moto_server`), an AWS implementation that is not ours: the step (on the Node under test)
 * exchanges the emulator's Bitrise token with moto's STS, and the AWS CLI uses what it published, the environment
 * variables or the profile, against moto. Required in CI; elsewhere skipped with the way to get moto.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/emulator';
import { MotoServer } from '../../emulator/moto';
import { AUTHENTICATE, runStep, type StepRun } from '../support/run-step';
import { findTool, have } from '../support/tools';

const enabled = have('the moto tests', 'moto', 'awsClients');
let emu: Emulator;
let moto: MotoServer;

beforeAll(async () => {
  if (!enabled) return;
  emu = await Emulator.start();
  moto = await MotoServer.start(findTool('moto_server'));
}, 40_000);
afterAll(async () => {
  if (!enabled) return;
  moto.close();
  await emu.close();
});

/** The step's inputs with moto as AWS. */
const onMoto = (inputs: Record<string, string> = {}) => ({
  ...emu.stepEnv(inputs),
  AWS_ENDPOINT_URL_STS: moto.url,
  AWS_ENDPOINT_URL: moto.url,
});

/** The AWS CLI against moto, with the given environment only. */
function awsCli(args: string[], env: Record<string, string>) {
  return execa('aws', [...args, '--output', 'text'], {
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), AWS_ENDPOINT_URL: moto.url, ...env },
    extendEnv: false,
    reject: false,
  });
}

/** What a later step gets from the step's outputs: the published variables. */
const publishedEnv = (run: StepRun) =>
  Object.fromEntries([...run.published].map(([key, output]) => [key, output.value])) as Record<string, string>;

describe.skipIf(!enabled)('against moto, an independent AWS implementation', () => {
  it('the happy path: the AWS CLI uses the published credentials', async () => {
    const run = await runStep(AUTHENTICATE, onMoto({ export_identity_env: 'true' }));
    expect(run.code, run.stdout).toBe(0);
    expect(run.published.get('AWS_ASSUMED_ROLE_ARN')?.value).toBe(
      'arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42',
    );
    const who = await awsCli(['sts', 'get-caller-identity', '--query', 'Arn'], publishedEnv(run));
    expect(who.exitCode, who.stderr).toBe(0);
    expect(who.stdout.trim()).toBe('arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42');
  });

  it('a chained role: the second session is the one published', async () => {
    const run = await runStep(
      AUTHENTICATE,
      onMoto({ chain_role_arn: 'arn:aws:iam::210987654321:role/deployer', chain_session_name: 'chained' }),
    );
    expect(run.code, run.stdout).toBe(0);
    const who = await awsCli(['sts', 'get-caller-identity', '--query', 'Arn'], publishedEnv(run));
    expect(who.exitCode, who.stderr).toBe(0);
    expect(who.stdout.trim()).toBe('arn:aws:sts::210987654321:assumed-role/deployer/chained');
  });

  it('a profile: the AWS CLI reads it with --profile', async () => {
    const files = mkdtempSync(join(tmpdir(), 'moto-profile-'));
    const paths = { AWS_SHARED_CREDENTIALS_FILE: join(files, 'credentials'), AWS_CONFIG_FILE: join(files, 'config') };
    const run = await runStep(AUTHENTICATE, onMoto({ profile_name: 'ci', export_env: 'false', ...paths }));
    expect(run.code, run.stdout).toBe(0);
    expect(run.published.has('AWS_ACCESS_KEY_ID')).toBe(false);
    const who = await awsCli(['--profile', 'ci', 'sts', 'get-caller-identity', '--query', 'Arn'], paths);
    expect(who.exitCode, who.stderr).toBe(0);
    expect(who.stdout.trim()).toBe('arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42');
  });

  it('two roles in two accounts: each profile read back with aws sts get-caller-identity --profile', async () => {
    const files = mkdtempSync(join(tmpdir(), 'moto-roles-'));
    const paths = { AWS_SHARED_CREDENTIALS_FILE: join(files, 'credentials'), AWS_CONFIG_FILE: join(files, 'config') };
    const roles =
      'staging=arn:aws:iam::123456789012:role/staging\nproduction=arn:aws:iam::210987654321:role/production';
    const run = await runStep(AUTHENTICATE, onMoto({ roles, ...paths }));
    expect(run.code, run.stdout).toBe(0);
    for (const [profile, arn] of [
      ['staging', 'arn:aws:sts::123456789012:assumed-role/staging/bitrise-42'],
      ['production', 'arn:aws:sts::210987654321:assumed-role/production/bitrise-42'],
    ]) {
      const who = await awsCli(['--profile', profile ?? '', 'sts', 'get-caller-identity', '--query', 'Arn'], paths);
      expect(who.exitCode, who.stderr).toBe(0);
      expect(who.stdout.trim()).toBe(arn);
    }
  });

  it("access keys: an IAM user's keys, checked with GetCallerIdentity and published", async () => {
    const admin = {
      AWS_ACCESS_KEY_ID: 'AKIAMOTOADMIN0000000',
      AWS_SECRET_ACCESS_KEY: 'x',
      AWS_DEFAULT_REGION: 'us-east-1',
    };
    const user = `ci-${Date.now()}`;
    expect((await awsCli(['iam', 'create-user', '--user-name', user], admin)).exitCode).toBe(0);
    const key = await awsCli(
      ['iam', 'create-access-key', '--user-name', user, '--query', '[AccessKey.AccessKeyId,AccessKey.SecretAccessKey]'],
      admin,
    );
    const [accessKeyId = '', secretAccessKey = ''] = key.stdout.trim().split(/\s+/);
    const run = await runStep(
      AUTHENTICATE,
      onMoto({ role_arn: '', access_key_id: accessKeyId, secret_access_key: secretAccessKey }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(`The access keys work: they belong to arn:aws:iam::123456789012:user/${user}.`);
    const who = await awsCli(['sts', 'get-caller-identity', '--query', 'Arn'], publishedEnv(run));
    expect(who.stdout.trim()).toBe(`arn:aws:iam::123456789012:user/${user}`);
  });
});
