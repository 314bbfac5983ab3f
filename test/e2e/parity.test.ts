/**
 * End to end: what the leading peers offer (configure-aws-credentials, amazon-ecr-login), against the emulator, whose
 * STS enforces what real STS enforces for it: the external ID a trust policy requires, sts:TagSession and
 * sts:SetSourceIdentity, tag limits, and tokens' expiry.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeEcr } from '../../emulator/ecr';
import { Emulator } from '../../emulator/emulator';
import { RecordingProxy } from '../../emulator/proxy';
import { AUTHENTICATE, runStep } from '../support/run-step';
import { stsError } from '../support/sts-answers';

const SECOND = 'arn:aws:iam::210987654321:role/deployer';
const STRICT = 'arn:aws:iam::210987654321:role/strict';
const FIRST_SESSION = 'arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42';
let emu: Emulator;
let ecr: FakeEcr;
let proxy: RecordingProxy;
let user: { accessKeyId: string; secretAccessKey: string };

beforeAll(async () => {
  emu = await Emulator.start();
  ecr = await emu.startEcr();
  proxy = await RecordingProxy.start();
  user = emu.sts.addUser('arn:aws:iam::123456789012:user/ci');
  emu.sts.addRole({ arn: SECOND, trustedPrincipals: [FIRST_SESSION] });
  emu.sts.addRole({
    arn: STRICT,
    trustedPrincipals: [FIRST_SESSION],
    externalId: 'partner-7f3a',
    allowTagSession: false,
    allowSourceIdentity: false,
  });
});
afterAll(async () => {
  await Promise.all([emu.close(), proxy.close()]);
});
beforeEach(() => {
  emu.reset();
  proxy.reset();
});

/** A stand-in docker that records its arguments (the registry host), for hosts that cannot be reached here. */
function recordingDocker(): { dir: string; calls: () => string } {
  const dir = mkdtempSync(join(tmpdir(), 'docker-bin-'));
  writeFileSync(join(dir, 'docker'), `#!/bin/sh\necho "$@" >> "${dir}/calls"\ncat > /dev/null\n`, { mode: 0o755 });
  return { dir, calls: () => readFileSync(join(dir, 'calls'), 'utf8') };
}

describe('allowed_account_ids (configure-aws-credentials: allowed-account-ids)', () => {
  it('refuses a role of another account with exit 3, before anything is sent', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ allowed_account_ids: '999999999999, 888888888888' }));
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('which `allowed_account_ids` does not list (999999999999, 888888888888)');
    expect(emu.bitrise.requests).toEqual([]);
    expect(emu.sts.calls).toEqual([]);
    expect(run.calls).toEqual([]);
  });

  it('refuses access keys of another account with exit 3 once AWS says whose they are, publishing nothing', async () => {
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        role_arn: '',
        access_key_id: user.accessKeyId,
        secret_access_key: user.secretAccessKey,
        allowed_account_ids: '999999999999',
      }),
    );
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('The credentials belong to account 123456789012');
    expect(run.calls).toEqual([]);
  });

  it('lets the listed account through, and refuses a malformed entry as a bad input', async () => {
    const ok = await runStep(AUTHENTICATE, emu.stepEnv({ allowed_account_ids: '111111111111\n123456789012' }));
    expect(ok.code, ok.stdout).toBe(0);
    const bad = await runStep(AUTHENTICATE, emu.stepEnv({ allowed_account_ids: '12345' }));
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('`allowed_account_ids`');
  });
});

describe('mask_account_id (configure-aws-credentials: mask-aws-account-id)', () => {
  it('publishes the account and the role ARN as sensitive, and keeps the account out of the log', async () => {
    const inputs = { mask_account_id: 'true', export_identity_env: 'true', verbose: 'true' };
    const run = await runStep(AUTHENTICATE, emu.stepEnv(inputs));
    expect(run.code, run.stdout).toBe(0);
    expect(run.published.get('AWS_ACCOUNT_ID')).toMatchObject({ value: '123456789012', sensitive: true });
    expect(run.published.get('AWS_ASSUMED_ROLE_ARN')).toMatchObject({ value: FIRST_SESSION, sensitive: true });
    expect(run.stdout).not.toContain('123456789012');
    expect(run.stdout).toContain('arn:aws:iam::[REDACTED]:role/bitrise-deploy');
  });

  it('keeps the account out of the log for access keys too, whose account only AWS knows', async () => {
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        role_arn: '',
        access_key_id: user.accessKeyId,
        secret_access_key: user.secretAccessKey,
        mask_account_id: 'true',
      }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('The access keys work: they belong to arn:aws:iam::[REDACTED]:user/ci.');
    expect(run.stdout).not.toContain('123456789012');
  });
});

describe('the chained role gets what AssumeRole offers', () => {
  it('sends the external ID, session tags, transitive keys and source identity', async () => {
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        chain_role_arn: SECOND,
        chain_external_id: 'partner-7f3a',
        chain_session_tags: 'team=ios\nproject=app store',
        chain_transitive_tag_keys: 'team',
        chain_source_identity: 'bitrise-build-42',
      }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(emu.sts.calls[1]?.params).toMatchObject({
      Action: 'AssumeRole',
      RoleArn: SECOND,
      ExternalId: 'partner-7f3a',
      'Tags.member.1.Key': 'team',
      'Tags.member.1.Value': 'ios',
      'Tags.member.2.Key': 'project',
      'Tags.member.2.Value': 'app store',
      'TransitiveTagKeys.member.1': 'team',
      SourceIdentity: 'bitrise-build-42',
    });
  });

  it("is refused without the external ID the role's trust policy requires", async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ chain_role_arn: STRICT }));
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('not authorized to perform: sts:AssumeRole');
    const ok = await runStep(AUTHENTICATE, emu.stepEnv({ chain_role_arn: STRICT, chain_external_id: 'partner-7f3a' }));
    expect(ok.code, ok.stdout).toBe(0);
  });

  it('explains a missing sts:TagSession: which permission, on which role, for whom', async () => {
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ chain_role_arn: STRICT, chain_external_id: 'partner-7f3a', chain_session_tags: 'team=ios' }),
    );
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('not authorized to perform: sts:TagSession');
    expect(run.stdout).toContain(`The trust policy of ${STRICT} must allow sts:TagSession`);
    expect(run.stdout).toContain(FIRST_SESSION);
    expect(run.calls).toEqual([]);
  });

  it.each([
    [
      '51 session tags',
      { chain_session_tags: Array.from({ length: 51 }, (_, i) => `k${i}=v`).join('\n') },
      'chain_session_tags',
    ],
    ['a tag key with a character STS refuses', { chain_session_tags: 'te#am=ios' }, 'chain_session_tags'],
    ['a tag value over 256 characters', { chain_session_tags: `team=${'x'.repeat(257)}` }, 'chain_session_tags'],
    [
      'a transitive key that is not a tag',
      { chain_session_tags: 'team=ios', chain_transitive_tag_keys: 'owner' },
      'chain_transitive_tag_keys',
    ],
    ['a one-character external ID', { chain_external_id: 'x' }, 'chain_external_id'],
    ['an external ID with a space', { chain_external_id: 'partner 7f3a' }, 'chain_external_id'],
    ['a source identity starting with aws:', { chain_source_identity: 'aws:build' }, 'chain_source_identity'],
  ])('refuses %s before any call, naming the input', async (_name, inputs, key) => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ chain_role_arn: SECOND, ...inputs }));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`\`${key}\``);
    expect(emu.sts.calls).toEqual([]);
  });

  it.each(['chain_external_id', 'chain_session_tags', 'chain_source_identity'])(
    'refuses %s without a chained role: AssumeRoleWithWebIdentity takes none of them',
    async (key) => {
      const run = await runStep(AUTHENTICATE, emu.stepEnv({ [key]: key === 'chain_session_tags' ? 'a=b' : 'value-1' }));
      expect(run.code).toBe(2);
      expect(run.stdout).toContain(`\`${key}\` is set, but \`chain_role_arn\` is empty`);
      expect(emu.bitrise.requests).toEqual([]);
    },
  );
});

describe('a fresh identity token when a retry needs one', () => {
  it('gets a new token when STS says the first one expired, and succeeds', async () => {
    emu.bitrise.mintQueue.push({ expiresIn: -120 });
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code, run.stdout).toBe(0);
    expect(emu.bitrise.tokenRequests).toHaveLength(2);
    expect(emu.sts.calls.map((c) => c.params.Action)).toEqual([
      'AssumeRoleWithWebIdentity',
      'AssumeRoleWithWebIdentity',
    ]);
    expect(run.stdout).toContain('AWS STS says the identity token expired; getting a fresh one from Bitrise.');
  });

  it('gets a new token before an attempt that would send one about to expire', async () => {
    emu.bitrise.answerOverrides = { expires_in: 10 };
    emu.sts.faults.push({ status: 503, body: '', contentType: 'text/plain' });
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('The identity token expires in less than 30 s; getting a fresh one from Bitrise.');
    expect(emu.bitrise.tokenRequests.length).toBeGreaterThanOrEqual(2);
  });

  it('cannot renew a token given as a value, and says so by failing on the expired one', async () => {
    const token = await emu.issuer.mint({ aud: 'sts.amazonaws.com', sub: 'x' }, { expiresIn: -120 });
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ web_identity_token: token }));
    expect(run.code).toBe(3);
    expect(emu.sts.calls).toHaveLength(1);
    expect(emu.bitrise.requests).toEqual([]);
  });
});

describe('check_identity (configure-aws-credentials: its default GetCallerIdentity check)', () => {
  it('checks the new credentials, patient with IAM right after issue, and reports the account and ARN', async () => {
    // Right after issue, IAM does not know the session yet: the first GetCallerIdentity is refused.
    emu.sts.actionFaults.set('GetCallerIdentity', [
      stsError(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.'),
    ]);
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ check_identity: 'true' }));
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(`GetCallerIdentity: the credentials are ${FIRST_SESSION}, in account 123456789012.`);
    expect(emu.sts.calls.filter((c) => c.params.Action === 'GetCallerIdentity')).toHaveLength(2);
    expect(run.stdout).toContain('AWS STS does not know the new credentials yet (InvalidClientTokenId)');
  });
});

describe('FIPS and dual-stack endpoints', () => {
  it.each([
    ['use_fips_endpoint', { use_fips_endpoint: 'true' }, 'sts-fips.us-east-1.amazonaws.com:443'],
    ['AWS_USE_FIPS_ENDPOINT', { AWS_USE_FIPS_ENDPOINT: 'true' }, 'sts-fips.us-east-1.amazonaws.com:443'],
    ['use_dualstack_endpoint', { use_dualstack_endpoint: 'true' }, 'sts.us-east-1.api.aws:443'],
  ])('%s sends STS requests to the matching host', async (_name, inputs, host) => {
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({
        AWS_ENDPOINT_URL_STS: '',
        HTTPS_PROXY: proxy.url,
        NO_PROXY: '127.0.0.1',
        timeout_seconds: '5',
        ...inputs,
      }),
    );
    // The proxy stands for the network: it records where the step went, and reaches nothing outside the machine.
    expect(proxy.seen).toContain(host);
    expect(run.code).not.toBe(0);
  });

  it.each([
    ['FIPS', { use_fips_endpoint: 'true' }, '123456789012.dkr.ecr-fips.us-east-1.amazonaws.com'],
    ['dual-stack', { use_dualstack_endpoint: 'true' }, '123456789012.dkr-ecr.us-east-1.on.aws'],
  ])('logs docker in to the %s registry host', async (_name, inputs, host) => {
    ecr.regions.delete('us-east-1');
    const docker = recordingDocker();
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ docker_login: 'true', ...inputs }), {
      pathFirst: [docker.dir],
    });
    expect(run.code, run.stdout).toBe(0);
    expect(docker.calls()).toContain(`-- ${host}`);
    expect(run.published.get('AWS_ECR_REGISTRY')?.value).toBe(host);
  });
});

describe('ecr_password_output (for buildah, kaniko, skopeo, Helm OCI)', () => {
  it('publishes the registry password as a sensitive output, only when asked', async () => {
    ecr.regions.delete('us-east-1');
    const docker = recordingDocker();
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ docker_login: 'true', ecr_password_output: 'true' }), {
      pathFirst: [docker.dir],
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.published.get('AWS_ECR_PASSWORD')).toMatchObject({ value: ecr.passwords.at(-1), sensitive: true });
    const off = await runStep(AUTHENTICATE, emu.stepEnv({ docker_login: 'true' }), { pathFirst: [docker.dir] });
    expect(off.published.has('AWS_ECR_PASSWORD')).toBe(false);
    const without = await runStep(AUTHENTICATE, emu.stepEnv({ ecr_password_output: 'true' }));
    expect(without.code).toBe(2);
    expect(without.stdout).toContain('`ecr_password_output`');
  });
});
