/**
 * End to end: named profiles in the AWS shared files, and refresh through credential_process, checked with the AWS
 * SDK's own profile loader.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromIni } from '@aws-sdk/credential-provider-ini';
import { execa } from 'execa';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/emulator';
import { AUTHENTICATE, runStep } from '../support/run-step';
import { recordCapture } from '../support/secrets';

const SECOND = 'arn:aws:iam::210987654321:role/deployer';
let emu: Emulator;

beforeAll(async () => {
  emu = await Emulator.start();
  emu.sts.addRole({
    arn: SECOND,
    trustedPrincipals: [`arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42`],
  });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

/** AWS shared files in a fresh folder, optionally with content already there. */
function awsFiles(credentials?: string, config?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'aws-files-'));
  const files = { AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_CONFIG_FILE: join(dir, 'config') };
  if (credentials !== undefined) writeFileSync(files.AWS_SHARED_CREDENTIALS_FILE, credentials);
  if (config !== undefined) writeFileSync(files.AWS_CONFIG_FILE, config);
  return files;
}
const read = (path: string) => readFileSync(path, 'utf8');
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('profiles', () => {
  it('are merged into existing files without loss, with mode 0600', async () => {
    const files = awsFiles(
      '# my keys\n[default]\naws_access_key_id = AKIAOLDOLDOLDOLD0000\naws_secret_access_key = keep-me\n',
      '[default]\nregion = eu-west-1\n# a comment\n[profile other]\nregion = ap-south-1\noutput = json\n',
    );
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'bitrise', region: 'us-east-1', ...files }));
    expect(run.code, run.stdout).toBe(0);
    const creds = read(files.AWS_SHARED_CREDENTIALS_FILE);
    const issued = emu.sts.issued.at(-1);
    expect(creds).toContain(
      '# my keys\n[default]\naws_access_key_id = AKIAOLDOLDOLDOLD0000\naws_secret_access_key = keep-me\n',
    );
    expect(creds).toContain(
      `[bitrise]\naws_access_key_id = ${issued?.accessKeyId}\naws_secret_access_key = ${issued?.secretAccessKey}\naws_session_token = ${issued?.sessionToken}\n`,
    );
    expect(read(files.AWS_CONFIG_FILE)).toBe(
      '[default]\nregion = eu-west-1\n# a comment\n[profile other]\nregion = ap-south-1\noutput = json\n\n[profile bitrise]\nregion = us-east-1\n',
    );
    expect(mode(files.AWS_SHARED_CREDENTIALS_FILE)).toBe('600');
    expect(mode(files.AWS_CONFIG_FILE)).toBe('600');
  });

  it('two runs with two profiles coexist; export_env off publishes no credentials', async () => {
    const files = awsFiles();
    const a = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'deploy', ...files }));
    const b = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ profile_name: 'second', chain_role_arn: SECOND, export_env: 'false', ...files }),
    );
    expect(a.code, a.stdout).toBe(0);
    expect(b.code, b.stdout).toBe(0);
    expect(b.calls).toEqual([]);
    const credentials = await fromIni({
      profile: 'deploy',
      filepath: files.AWS_SHARED_CREDENTIALS_FILE,
      configFilepath: files.AWS_CONFIG_FILE,
    })();
    const second = await fromIni({
      profile: 'second',
      filepath: files.AWS_SHARED_CREDENTIALS_FILE,
      configFilepath: files.AWS_CONFIG_FILE,
    })();
    expect(credentials.accessKeyId).toBe(a.published.get('AWS_ACCESS_KEY_ID')?.value);
    expect(second.accessKeyId).toBe(emu.sts.issued.at(-1)?.accessKeyId);
  });
});

describe('refresh', () => {
  it('writes credential_process; the AWS SDK gets cached credentials, then fresh ones after they expire', async () => {
    emu.sts.lifetimeSeconds = 303; // fresh for 3 s: the cache serves until 5 minutes before expiry
    const files = awsFiles();
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'long', refresh: 'true', ...files }));
    expect(run.code, run.stdout).toBe(0);
    const config = read(files.AWS_CONFIG_FILE);
    // The command lives outside the step's folder (which the Bitrise CLI empties before the next step), privately.
    const home = join(run.home, '.authenticate-with-aws');
    expect(config).toContain(
      `[profile long]\nregion = us-east-1\ncredential_process = ${home}/bin/authenticate-with-aws credential-process --role-arn arn:aws:iam::123456789012:role/bitrise-deploy`,
    );
    expect([mode(home), mode(join(home, 'bin')), mode(join(home, 'bin/authenticate-with-aws'))]).toEqual([
      '700',
      '700',
      '700',
    ]);
    expect([mode(join(home, 'cli.cjs')), mode(join(home, 'cache'))]).toEqual(['600', '700']);
    expect(config).not.toContain(emu.bitrise.apiToken);
    expect(read(files.AWS_SHARED_CREDENTIALS_FILE)).not.toContain('aws_access_key_id');

    // The SDK runs credential_process with this process's environment, as a later step would with the build's.
    Object.assign(process.env, {
      BITRISE_BUILD_URL: emu.bitrise.buildUrl,
      BITRISE_BUILD_API_TOKEN: emu.bitrise.apiToken,
      AWS_ENDPOINT_URL_STS: emu.sts.url,
    });
    const load = () =>
      fromIni({
        profile: 'long',
        filepath: files.AWS_SHARED_CREDENTIALS_FILE,
        configFilepath: files.AWS_CONFIG_FILE,
      })();
    const stsCalls = emu.sts.calls.length;
    const cached = await load();
    expect(cached.accessKeyId).toBe(run.published.get('AWS_ACCESS_KEY_ID')?.value);
    expect(emu.sts.calls.length).toBe(stsCalls);

    await new Promise((resolve) => setTimeout(resolve, 3500));
    const fresh = await load();
    expect(fresh.accessKeyId).toBe(emu.sts.issued.at(-1)?.accessKeyId);
    expect(fresh.accessKeyId).not.toBe(cached.accessKeyId);
    expect(emu.sts.calls.length).toBe(stsCalls + 1);
    expect(emu.bitrise.tokenRequests).toHaveLength(2);
    expect(fresh.expiration?.getTime()).toBeGreaterThan(Date.now());
  });

  it('credential-process takes its settings from its flags only, not from variables named like inputs', async () => {
    emu.sts.lifetimeSeconds = 200; // inside the cache margin: every call goes to STS
    const files = awsFiles();
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'strict', refresh: 'true', ...files }));
    expect(run.code, run.stdout).toBe(0);
    const line = /credential_process = (.*)/.exec(read(files.AWS_CONFIG_FILE))?.[1] ?? '';
    // A later step whose environment holds input-like variables: a bad `verbose`, another role, another region.
    const result = await execa('/bin/sh', ['-c', line], {
      env: {
        PATH: process.env.PATH ?? '',
        BITRISE_BUILD_URL: emu.bitrise.buildUrl,
        BITRISE_BUILD_API_TOKEN: emu.bitrise.apiToken,
        AWS_ENDPOINT_URL_STS: emu.sts.url,
        verbose: 'yes',
        role_arn: 'arn:aws:iam::999999999999:role/other',
        region: 'not a region',
        duration_seconds: 'forever',
      },
      extendEnv: false,
      reject: false,
    });
    recordCapture('credential-process stderr', result.stderr);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ Version: 1, AccessKeyId: emu.sts.issued.at(-1)?.accessKeyId });
    expect(emu.sts.calls.at(-1)?.params).toMatchObject({
      RoleArn: 'arn:aws:iam::123456789012:role/bitrise-deploy',
      DurationSeconds: '3600',
    });
  });
});
