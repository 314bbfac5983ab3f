/**
 * End to end: named profiles in the AWS shared files, and refresh through credential_process, checked with the AWS
 * SDK's own profile loader.
 */

import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromIni } from '@aws-sdk/credential-provider-ini';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { AUTHENTICATE, runStep } from '../support/run-step';
import { recordCapture } from '../support/secrets';
import { stsError } from '../support/sts-answers';
import { awsFiles, withEmulator } from '../support/world';

const SECOND = 'arn:aws:iam::210987654321:role/deployer';
const GUARDED = 'arn:aws:iam::210987654321:role/guarded';

const emu = withEmulator(async (emu) => {
  emu.sts.addRole({
    arn: SECOND,
    trustedPrincipals: [`arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42`],
  });
  emu.sts.addRole({
    arn: GUARDED,
    trustedPrincipals: [`arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42`],
    externalId: 'ext-4711',
  });
});

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
  /** What a later step's credential_process line sees: the build's API, and nothing else of the step's inputs. */
  const laterStep = (extra: Record<string, string> = {}) => ({
    PATH: process.env.PATH ?? '',
    BITRISE_BUILD_URL: emu.bitrise.buildUrl,
    BITRISE_BUILD_API_TOKEN: emu.bitrise.apiToken,
    ...extra,
  });
  const lineOf = (files: { AWS_CONFIG_FILE: string }) =>
    /credential_process = (.*)/.exec(read(files.AWS_CONFIG_FILE))?.[1] ?? '';
  const runLine = async (line: string, env: Record<string, string>) => {
    const result = await execa('/bin/sh', ['-c', line], { env, extendEnv: false, reject: false });
    recordCapture('credential-process stderr', result.stderr);
    return result;
  };
  const toolHomeOf = (run: { home: string }) => join(run.home, '.authenticate-with-aws');
  const cacheOf = (run: { home: string }) => {
    const folder = join(toolHomeOf(run), 'cache');
    const [name] = readdirSync(folder).filter((f) => f.endsWith('.json'));
    return join(folder, name ?? 'none');
  };

  it('writes credential_process; the AWS SDK gets cached credentials, then fresh ones near their end', async () => {
    const files = awsFiles();
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'long', refresh: 'true', ...files }));
    expect(run.code, run.stdout).toBe(0);
    const config = read(files.AWS_CONFIG_FILE);
    // The command lives outside the step's folder (which the Bitrise CLI empties before the next step), privately.
    const home = toolHomeOf(run);
    expect(config).toMatch(
      new RegExp(
        `\\[profile long\\]\\nregion = us-east-1\\ncredential_process = ${home}/bin/authenticate-with-aws credential-process --config ${home}/refresh/long-[0-9a-f]{16}\\.json\\n`,
      ),
    );
    const modes = ['', 'bin', 'bin/authenticate-with-aws', 'cli.cjs', 'credential-process.cjs', 'cache', 'refresh'];
    expect(modes.map((p) => mode(join(home, p)))).toEqual(['700', '700', '700', '600', '600', '700', '700']);
    expect(mode(cacheOf(run))).toBe('600');
    expect(config).not.toContain(emu.bitrise.apiToken);
    expect(read(files.AWS_SHARED_CREDENTIALS_FILE)).not.toContain('aws_access_key_id');

    // The SDK runs credential_process with this process's environment, as a later step would with the build's.
    const saved = { ...process.env };
    Object.assign(process.env, {
      BITRISE_BUILD_URL: emu.bitrise.buildUrl,
      BITRISE_BUILD_API_TOKEN: emu.bitrise.apiToken,
    });
    try {
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

      // Past the cache margin: the cached credentials now have 10 minutes left (tools refresh from 15).
      const cache = JSON.parse(read(cacheOf(run)));
      cache.credentials.Expiration = new Date(Date.now() + 600_000).toISOString();
      cache.issuedAt = new Date(Date.now() + 600_000 - 3_600_000).toISOString();
      writeFileSync(cacheOf(run), JSON.stringify(cache), { mode: 0o600 });
      const fresh = await load();
      expect(fresh.accessKeyId).toBe(emu.sts.issued.at(-1)?.accessKeyId);
      expect(fresh.accessKeyId).not.toBe(cached.accessKeyId);
      expect(emu.sts.calls.length).toBe(stsCalls + 1);
      expect(emu.bitrise.tokenRequests).toHaveLength(2);
      expect(fresh.expiration?.getTime()).toBeGreaterThan(Date.now());
    } finally {
      for (const key of ['BITRISE_BUILD_URL', 'BITRISE_BUILD_API_TOKEN']) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  });

  it('renews from the configuration the step saved, not from variables named like inputs', async () => {
    emu.sts.lifetimeSeconds = 200; // inside the cache margin: every call goes to STS
    const files = awsFiles();
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'strict', refresh: 'true', ...files }));
    expect(run.code, run.stdout).toBe(0);
    // A later step whose environment holds input-like variables: a bad `verbose`, another role, another region.
    const result = await runLine(
      lineOf(files),
      laterStep({
        verbose: 'yes',
        role_arn: 'arn:aws:iam::999999999999:role/other',
        region: 'not a region',
        duration_seconds: 'forever',
        AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9/not-the-step-s',
      }),
    );
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ Version: 1, AccessKeyId: emu.sts.issued.at(-1)?.accessKeyId });
    expect(emu.sts.calls.at(-1)?.params).toMatchObject({
      RoleArn: 'arn:aws:iam::123456789012:role/bitrise-deploy',
      DurationSeconds: '3600',
    });
  });

  it("sends the step's own requests, parameter for parameter, for a configuration that uses all of them", async () => {
    const files = awsFiles();
    const inputs = {
      profile_name: 'full',
      refresh: 'true',
      export_env: 'false',
      session_policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
      managed_session_policies:
        'arn:aws:iam::aws:policy/ReadOnlyAccess\narn:aws:iam::123456789012:policy/team/deploy-bounds',
      duration_seconds: '1800',
      chain_role_arn: GUARDED,
      chain_session_name: 'chained',
      chain_duration_seconds: '900',
      chain_external_id: 'ext-4711',
      chain_session_tags: 'team=mobile\nproject=shop',
      chain_transitive_tag_keys: 'team',
      chain_source_identity: 'bitrise-build-42',
      allowed_account_ids: '123456789012\n210987654321',
      mask_account_id: 'true',
      check_identity: 'true',
    };
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ ...inputs, ...files }));
    expect(run.code, run.stdout).toBe(0);
    const stepCalls = emu.sts.calls.map((c) => c.params);
    expect(stepCalls.map((p) => p.Action)).toEqual(['AssumeRoleWithWebIdentity', 'AssumeRole', 'GetCallerIdentity']);
    rmSync(cacheOf(run)); // a later step deletes the cache: the next call renews
    emu.sts.calls.length = 0;
    const result = await runLine(lineOf(files), laterStep());
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).AccessKeyId).toBe(emu.sts.issued.at(-1)?.accessKeyId);
    const withoutToken = (p: Record<string, string>) => ({ ...p, WebIdentityToken: undefined });
    expect(emu.sts.calls.map((c) => withoutToken(c.params))).toEqual(stepCalls.map(withoutToken));
    expect(emu.sts.calls[0]?.params.WebIdentityToken).not.toBe(stepCalls[0]?.WebIdentityToken);
    // The same, with --verbose by hand: the masked accounts stay masked.
    rmSync(cacheOf(run));
    const verbose = await runLine(`${lineOf(files)} --verbose`, laterStep());
    expect(verbose.exitCode, verbose.stderr).toBe(0);
    expect(verbose.stderr).toContain('Assumed arn:aws:sts::[REDACTED]:assumed-role/guarded/chained');
    expect(verbose.stderr).not.toMatch(/123456789012|210987654321/);
  });

  it('a refused renewal keeps a masked account masked', async () => {
    const files = awsFiles();
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ profile_name: 'masked', refresh: 'true', mask_account_id: 'true', ...files }),
    );
    expect(run.code, run.stdout).toBe(0);
    rmSync(cacheOf(run));
    emu.sts.faults.push(stsError(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'));
    const result = await runLine(lineOf(files), laterStep());
    expect(result.exitCode, result.stderr).toBe(3);
    expect(result.stderr).toContain('AccessDenied');
    expect(result.stderr).not.toContain('123456789012');
  });

  it('a fresh cache is served outside the build environment, without loading the CLI', async () => {
    const files = awsFiles();
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'fast', refresh: 'true', ...files }));
    expect(run.code, run.stdout).toBe(0);
    // No Bitrise variables at all, and a CLI bundle that would fail if it were loaded.
    writeFileSync(join(toolHomeOf(run), 'cli.cjs'), 'process.exit(99)', { mode: 0o600 });
    const result = await runLine(lineOf(files), { PATH: process.env.PATH ?? '' });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).AccessKeyId).toBe(run.published.get('AWS_ACCESS_KEY_ID')?.value);
  });

  describe('a cache nobody can plant', () => {
    async function stepWithCache() {
      const files = awsFiles();
      const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'planted', refresh: 'true', ...files }));
      expect(run.code, run.stdout).toBe(0);
      return { files, run, cache: cacheOf(run) };
    }
    const planted = {
      Version: 1,
      AccessKeyId: 'ASIAPLANTEDPLANTED00',
      SecretAccessKey: 'planted-secret',
      SessionToken: 'planted-token',
      Expiration: '2999-01-01T00:00:00Z',
    };

    it.each([
      ['a bare credential_process answer with a far-future expiry', (_: string) => planted, 'another configuration'],
      [
        'the right key, but credentials that outlast the session',
        (key: string) => ({
          version: 1,
          key,
          issuedAt: new Date().toISOString(),
          assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42',
          credentials: planted,
        }),
        'outlast the 3600 s session',
      ],
      [
        'the right key and times, but a session of another role',
        (key: string) => ({
          version: 1,
          key,
          issuedAt: new Date().toISOString(),
          assumedRoleArn: 'arn:aws:sts::999999999999:assumed-role/evil/x',
          credentials: { ...planted, Expiration: new Date(Date.now() + 1800_000).toISOString() },
        }),
        'not a session of arn:aws:iam::123456789012:role/bitrise-deploy',
      ],
    ])('%s is discarded and renewed, with one warning', async (_name, content, reason) => {
      const { files, cache } = await stepWithCache();
      const key = JSON.parse(read(cache)).key as string;
      writeFileSync(cache, JSON.stringify(content(key)), { mode: 0o600 });
      const result = await runLine(lineOf(files), laterStep());
      expect(result.exitCode, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).AccessKeyId).toBe(emu.sts.issued.at(-1)?.accessKeyId);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`Discarding the cache ${cache}: `);
      expect(result.stderr).toContain(reason);
    });

    it.each([
      ['readable by others', (cache: string) => chmodSync(cache, 0o644), 'not 0600'],
      [
        'a symbolic link to a file of the same content',
        (cache: string) => {
          const elsewhere = join(mkdtempSync(join(tmpdir(), 'elsewhere-')), 'cache.json');
          writeFileSync(elsewhere, read(cache), { mode: 0o600 });
          rmSync(cache);
          symlinkSync(elsewhere, cache);
        },
        'symbolic link',
      ],
    ])('a cache %s is discarded and renewed', async (_name, spoil, reason) => {
      const { files, cache } = await stepWithCache();
      spoil(cache);
      const result = await runLine(lineOf(files), laterStep());
      expect(result.exitCode, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout).AccessKeyId).toBe(emu.sts.issued.at(-1)?.accessKeyId);
      expect(result.stderr).toContain(reason);
      expect(mode(cache)).toBe('600');
    });
  });

  describe('a home that is checked', () => {
    it('a symlinked tool home is refused, and nothing is published', async () => {
      const home = mkdtempSync(join(tmpdir(), 'home-'));
      const attacker = mkdtempSync(join(tmpdir(), 'attacker-'));
      symlinkSync(attacker, join(home, '.authenticate-with-aws'));
      const files = awsFiles();
      const run = await runStep(
        AUTHENTICATE,
        emu.stepEnv({ profile_name: 'p', refresh: 'true', HOME: home, ...files }),
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`Refusing to use ${join(home, '.authenticate-with-aws')}: it is a symbolic link.`);
      expect(run.published.size).toBe(0);
      expect(readdirSync(attacker)).toEqual([]);
    });

    it('a world-writable tool home and cache folder of ours are made private again', async () => {
      const home = mkdtempSync(join(tmpdir(), 'home-'));
      const tool = join(home, '.authenticate-with-aws');
      mkdirSync(join(tool, 'cache'), { recursive: true });
      chmodSync(tool, 0o777);
      chmodSync(join(tool, 'cache'), 0o777);
      const files = awsFiles();
      const run = await runStep(
        AUTHENTICATE,
        emu.stepEnv({ profile_name: 'p', refresh: 'true', HOME: home, ...files }),
      );
      expect(run.code, run.stdout).toBe(0);
      expect([mode(tool), mode(join(tool, 'cache'))]).toEqual(['700', '700']);
    });

    it('a group-writable ~/.aws of ours loses write access for others; a symlinked one is refused', async () => {
      const home = mkdtempSync(join(tmpdir(), 'home-'));
      mkdirSync(join(home, '.aws'), { mode: 0o775 });
      chmodSync(join(home, '.aws'), 0o775);
      const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'p', HOME: home }));
      expect(run.code, run.stdout).toBe(0);
      expect(mode(join(home, '.aws'))).toBe('755');

      const other = mkdtempSync(join(tmpdir(), 'home-'));
      symlinkSync(mkdtempSync(join(tmpdir(), 'dotaws-')), join(other, '.aws'));
      const refused = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'p', HOME: other }));
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain('it is a symbolic link');
      expect(refused.published.size).toBe(0);
    });
  });
});
