/**
 * End to end: docker_login through `bash step.sh`, the local ECR and ECR Public (SigV4 checked), real docker-registry
 * instances, the real docker CLI (client-side login, no daemon) behind a recording wrapper, and a real CONNECT proxy
 * that stands for the route to public.ecr.aws.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeEcr } from '../../emulator/ecr';
import { Emulator } from '../../emulator/emulator';
import { RecordingProxy } from '../../emulator/proxy';
import { LocalRegistry } from '../../emulator/registry';
import { makeCertificate, type TestCertificate } from '../../emulator/tls';
import { AUTHENTICATE, runStep, type StepRun } from '../support/run-step';

import { have } from '../support/tools';

const available = have('the ECR tests', 'registry');

let emu: Emulator;
let ecr: FakeEcr;
let euWest: LocalRegistry;
let usEast: LocalRegistry;
let publicRegistry: LocalRegistry;
/** Another account's registry in eu-west-1, at its own host (reached through the proxy, over TLS). */
let otherAccount: LocalRegistry;
const OTHER_HOST = '210987654321.dkr.ecr.eu-west-1.amazonaws.com';
let proxy: RecordingProxy;
let cert: TestCertificate;

beforeAll(async () => {
  if (!available) return;
  emu = await Emulator.start();
  ecr = await emu.startEcr();
  cert = makeCertificate('public.ecr.aws', OTHER_HOST);
  [euWest, usEast, publicRegistry, otherAccount] = await Promise.all([
    LocalRegistry.start(),
    LocalRegistry.start(),
    LocalRegistry.start(cert),
    LocalRegistry.start(cert),
  ]);
  proxy = await RecordingProxy.start({
    'public.ecr.aws:443': { host: '127.0.0.1', port: publicRegistry.port },
    [`${OTHER_HOST}:443`]: { host: '127.0.0.1', port: otherAccount.port },
  });
  emu.sts.addRole({ arn: 'arn:aws:iam::123456789012:role/china', maxSessionDuration: 3600 });
}, 60_000);
afterAll(async () => {
  if (!available) return;
  await Promise.all([
    emu.close(),
    euWest.close(),
    usEast.close(),
    publicRegistry.close(),
    otherAccount.close(),
    proxy.close(),
  ]);
});
beforeEach(() => {
  if (!available) return;
  emu.reset();
  proxy.reset();
  ecr.serveRegistry('eu-west-1', euWest, { alsoHtpasswd: [otherAccount.htpasswd] });
  ecr.serveRegistry('us-east-1', usEast);
  ecr.publicSlot = { htpasswd: publicRegistry.htpasswd };
});

function dockerConfig(content?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'docker-config-'));
  if (content !== undefined) writeFileSync(join(dir, 'config.json'), JSON.stringify(content));
  return dir;
}

/** The password docker stored for each host, decoded from config.json. */
function storedLogins(dir: string): Record<string, string> {
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as {
    auths: Record<string, { auth: string }>;
  };
  return Object.fromEntries(
    Object.entries(config.auths).map(([host, { auth }]) => [host, Buffer.from(auth, 'base64').toString('utf8')]),
  );
}

function expectNoPasswordAnywhere(run: StepRun): void {
  for (const password of ecr.passwords) {
    expect(run.stdout).not.toContain(password);
    expect(run.stderr).not.toContain(password);
    for (const argv of run.dockerCalls) expect(argv.join(' ')).not.toContain(password);
  }
}

describe.runIf(available)('docker_login', () => {
  it('22. every ECR call carries the step, its version and the build in its user agent', async () => {
    const build = { BITRISE_APP_SLUG: 'a1b2c3d4e5f60718', BITRISE_BUILD_SLUG: 'f00dfeedcafe0042' };
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ docker_login: 'true', ...build }), {
      dockerConfig: dockerConfig(),
    });
    expect(run.code, run.stdout).toBe(0);
    expect(ecr.userAgents.length).toBeGreaterThan(0);
    for (const agent of ecr.userAgents) {
      expect(agent).toMatch(/(^| )md\/authenticate-with-aws#\d+\.\d+\.\d+( |$)/);
      expect(agent).toContain('md/bitrise-app#a1b2c3d4e5f60718 md/bitrise-build#f00dfeedcafe0042');
    }
  });

  it('20. refuses an ECR password that has already expired, as expired STS credentials are', async () => {
    ecr.passwordLifetimeSeconds = -60;
    const config = dockerConfig();
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ docker_login: 'true' }), { dockerConfig: config });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/answered with a password that expired at \S+\. Nothing was logged in or published\./);
    expect(run.dockerCalls).toEqual([]);
    expect(run.published.size).toBe(0);
    expectNoPasswordAnywhere(run);
  });

  it('a profile that cannot be written logs docker out again too', async () => {
    const config = dockerConfig();
    const files = mkdtempSync(join(tmpdir(), 'aws-files-'));
    mkdirSync(join(files, 'config')); // a folder where the AWS config file should be
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        docker_login: 'true',
        profile_name: 'p',
        AWS_SHARED_CREDENTIALS_FILE: join(files, 'credentials'),
        AWS_CONFIG_FILE: join(files, 'config'),
      }),
      { dockerConfig: config },
    );
    expect(run.code).toBe(1);
    expect(storedLogins(config)).toEqual({});
    expect(run.stdout).toContain(`Undone: docker was logged out of 127.0.0.1:${usEast.port}.`);
    expect(run.published.size).toBe(0);
  });

  it('a failed publish logs docker out again and says what was undone', async () => {
    const config = dockerConfig({ auths: { 'keep.example.test': { auth: 'a2VlcDprZWVw' } } });
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ docker_login: 'true' }), {
      dockerConfig: config,
      envmanFailKey: 'AWS_ECR_REGISTRY',
    });
    expect(run.code).toBe(1);
    expect(storedLogins(config)).toEqual({ 'keep.example.test': 'keep:keep' });
    expect(run.dockerCalls.at(-1)).toEqual(['logout', '--', `127.0.0.1:${usEast.port}`]);
    expect(run.stdout).toContain(`Undone: docker was logged out of 127.0.0.1:${usEast.port}.`);
    expectNoPasswordAnywhere(run);
  });

  it("logs in to the role's own registry by default, the password on stdin only", async () => {
    const config = dockerConfig();
    const inputs = { docker_login: 'true', verbose: 'true' };
    const run = await runStep(AUTHENTICATE, emu.stepEnv(inputs), { dockerConfig: config });
    expect(run.code, run.stdout).toBe(0);
    // The connection to ECR was opened while the token request was in flight, and the ECR call went on it.
    expect(run.stdout).toContain(`Connecting to ${ecr.url} (direct) while the identity token request is in flight.`);
    expect(ecr.connections).toHaveLength(1);
    expect(ecr.calls).toEqual([
      {
        target: 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken',
        region: 'us-east-1',
        service: 'ecr',
        body: {},
        connection: ecr.connections[0]?.id,
      },
    ]);
    const password = ecr.passwords.at(-1);
    expect(storedLogins(config)).toEqual({ [`127.0.0.1:${usEast.port}`]: `AWS:${password}` });
    expect(run.dockerCalls).toEqual([
      ['login', '--username', 'AWS', '--password-stdin', '--', `127.0.0.1:${usEast.port}`],
    ]);
    expect(run.published.get('AWS_ECR_REGISTRY')?.value).toBe(`127.0.0.1:${usEast.port}`);
    expect(run.published.get('AWS_ECR_REGISTRIES')?.value).toBe(`127.0.0.1:${usEast.port}`);
    const expires = Date.parse(run.published.get('AWS_ECR_PASSWORD_EXPIRATION')?.value ?? '');
    expect(Math.abs(expires - (Date.now() + 12 * 3600_000))).toBeLessThan(60_000);
    expect(run.published.get('AWS_SESSION_TOKEN')?.value).toBe(emu.sts.issued.at(-1)?.sessionToken);
    expect(run.stdout).toContain(`Logged in to 127.0.0.1:${usEast.port}.`);
    expectNoPasswordAnywhere(run);
  });

  it('logs in to several registries across accounts, two regions and ECR Public, one ECR call per region', async () => {
    const config = dockerConfig();
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        docker_login: 'true',
        verbose: 'true',
        region: 'eu-west-1',
        ecr_registries:
          '123456789012\n210987654321.dkr.ecr.eu-west-1.amazonaws.com, 123456789012.dkr.ecr.us-east-1.amazonaws.com\npublic.ecr.aws',
        HTTPS_PROXY: proxy.url,
        NO_PROXY: '127.0.0.1,localhost',
        SSL_CERT_FILE: cert.ca,
      }),
      { dockerConfig: config },
    );
    expect(run.code, run.stdout).toBe(0);
    const calls = ecr.calls.map((c) => `${c.service} ${c.region} ${JSON.stringify(c.body)}`).sort();
    // No registryIds (deprecated, at most 10): the AWS CLI's call; the password serves every registry of the region.
    expect(calls).toEqual(['ecr eu-west-1 {}', 'ecr us-east-1 {}', 'ecr-public us-east-1 {}']);
    const logins = storedLogins(config);
    const hosts = [`127.0.0.1:${euWest.port}`, OTHER_HOST, `127.0.0.1:${usEast.port}`, 'public.ecr.aws'];
    expect(Object.keys(logins).sort()).toEqual([...hosts].sort());
    for (const host of hosts) expect(ecr.passwords.map((p) => `AWS:${p}`)).toContain(logins[host]);
    expect(logins[hosts[0] ?? '']).toBe(logins[hosts[1] ?? '']);
    expect(logins[hosts[0] ?? '']).not.toBe(logins[hosts[2] ?? '']);
    expect(run.published.get('AWS_ECR_REGISTRIES')?.value).toBe(hosts.join('\n'));
    expect(run.published.get('AWS_ECR_REGISTRY')?.value).toBe(hosts[0]);
    // Docker reached public.ecr.aws and the other account's registry through the proxy; loopback went direct.
    expect(new Set(proxy.seen)).toEqual(new Set(['public.ecr.aws:443', `${OTHER_HOST}:443`]));
    expectNoPasswordAnywhere(run);
  });

  it('retries a transient ECR failure', async () => {
    ecr.faults.push({
      status: 500,
      contentType: 'application/x-amz-json-1.1',
      body: '{"__type":"ServerException","message":"internal"}',
    });
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ docker_login: 'true' }), { dockerConfig: dockerConfig() });
    expect(run.code, run.stdout).toBe(0);
    expect(ecr.calls).toHaveLength(2);
    expect(run.stdout).toContain('ServerException');
  });

  it.each([
    ['not JSON', '<html>oops</html>', 'with a body that is not a valid answer'],
    [
      'a token that is not AWS:<password>',
      '{"authorizationData":[{"authorizationToken":"bm90LWF3cw=="}]}',
      'is not "AWS:<password>"',
    ],
    ['no entry', '{"authorizationData":[]}', 'answered with no authorization data'],
  ])('refuses an ECR answer with %s, publishing nothing', async (_name, body, expected) => {
    ecr.faults.push({ status: 200, contentType: 'application/x-amz-json-1.1', body });
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ docker_login: 'true' }), { dockerConfig: dockerConfig() });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain(expected);
    expect(run.dockerCalls).toEqual([]);
    expect(run.calls).toEqual([]);
  });

  it('does not retry a registry that refuses the password, and publishes nothing', async () => {
    ecr.regions.set('us-east-1', {
      htpasswd: join(mkdtempSync(join(tmpdir(), 'elsewhere-')), 'htpasswd'),
      endpoints: { '123456789012': `http://127.0.0.1:${usEast.port}` },
    });
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ docker_login: 'true' }), { dockerConfig: dockerConfig() });
    expect(run.code, run.stdout).toBe(3);
    expect(run.dockerCalls).toHaveLength(1);
    expect(run.stdout).toContain(`The registry 127.0.0.1:${usEast.port} refused the ECR password`);
    expect(run.calls).toEqual([]);
    expectNoPasswordAnywhere(run);
  });

  it('explains a credential helper that cannot store', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ docker_login: 'true' }), {
      dockerConfig: dockerConfig({ credsStore: 'osxkeychain' }),
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain('could not store the credentials');
    expect(run.stdout).toContain('docker-credential-osxkeychain');
    expect(run.stdout).toContain('"credsStore"');
    expect(run.calls).toEqual([]);
    expectNoPasswordAnywhere(run);
  });

  it('checks SigV4: unknown keys and bad signatures are refused', async () => {
    await runStep(AUTHENTICATE, emu.stepEnv(), {});
    const issued = emu.sts.issued.at(-1);
    const post = (accessKeyId: string) =>
      fetch(ecr.url, {
        method: 'POST',
        headers: {
          'x-amz-target': 'AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken',
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-date': '20260101T000000Z',
          'x-amz-security-token': issued?.sessionToken ?? '',
          authorization: `AWS4-HMAC-SHA256 Credential=${accessKeyId}/20260101/us-east-1/ecr/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
        },
        body: '{}',
      });
    const unknown = await post('ASIAUNKNOWNKEY00000');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('UnrecognizedClientException');
    const forged = await post(issued?.accessKeyId ?? '');
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('InvalidSignatureException');
    expect(ecr.calls).toEqual([]);
  });

  const refusals: Array<[string, Record<string, string>]> = [
    ['a malformed entry', { ecr_registries: '12345' }],
    ['a duplicate', { ecr_registries: '123456789012\n123456789012.dkr.ecr.us-east-1.amazonaws.com' }],
    ['a host with a bad region', { ecr_registries: '123456789012.dkr.ecr.nowhere.amazonaws.com' }],
    ['a China host for an aws role', { ecr_registries: '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn' }],
    ['registries without docker_login', { docker_login: 'false', ecr_registries: '123456789012' }],
    [
      'ECR Public with a China role',
      { region: 'cn-north-1', role_arn: 'arn:aws-cn:iam::123456789012:role/china', ecr_registries: 'public.ecr.aws' },
    ],
  ];
  it.each(refusals)('refuses %s before any call, naming ecr_registries', async (_name, inputs) => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ docker_login: 'true', ...inputs }), {
      dockerConfig: dockerConfig(),
    });
    expect(run.code, run.stdout).toBe(2);
    expect(run.stdout).toContain('`ecr_registries`');
    expect(emu.sts.calls.filter((c) => c.params.RoleArn?.endsWith('/china'))).toEqual([]);
    expect(ecr.calls).toEqual([]);
    expect(run.dockerCalls).toEqual([]);
    expect(run.calls).toEqual([]);
  });
});
