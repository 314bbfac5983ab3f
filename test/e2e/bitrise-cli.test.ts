/**
 * End to end under the real Bitrise CLI: `bitrise run` with path:: steps, the real envman and a throw-away HOME. Later
 * steps read what our steps left the way users do: environment variables, files, and real AWS clients (the AWS CLI,
 * boto3, the AWS SDK for JavaScript) talking to the emulator.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeEcr } from '../../emulator/ecr';
import { Emulator, ROLE_ARN } from '../../emulator/emulator';
import { LocalRegistry } from '../../emulator/registry';
import { bitriseRun } from '../support/bitrise-cli';
import { ociImage } from '../support/oci-image';
import { ROOT } from '../support/run-step';
import { have } from '../support/tools';

const enabled = have('the real-Bitrise-CLI tests', 'bitrise', 'awsClients');
const withRegistry = enabled && have('the real-Bitrise-CLI docker tests', 'registry', 'skopeo');
const DENIED = 'arn:aws:iam::123456789012:role/denied';
const GUARDED = 'arn:aws:iam::210987654321:role/guarded';
const sha = (value: string | undefined) =>
  createHash('sha256')
    .update(value ?? '')
    .digest('hex');

/** A later step's Python (boto3) snippet that prints the ARN and the access key of a profile's credentials. */
const boto3Profile = (profile: string, out: string) =>
  [
    `python3 - > "$RESULTS/${out}" <<'PY'`,
    'import boto3',
    `session = boto3.Session(profile_name="${profile}")`,
    'arn = session.client("sts").get_caller_identity()["Arn"]',
    'print(arn + " " + session.get_credentials().get_frozen_credentials().access_key)',
    'PY',
  ].join('\n');

/** The same with the AWS SDK for JavaScript: fromIni and an STS client, from the repository's node_modules. */
const jsProfile = (profile: string, out: string) =>
  [
    `NODE_PATH="${join(ROOT, 'node_modules')}" node - > "$RESULTS/${out}" <<'JS'`,
    "const { fromIni } = require('@aws-sdk/credential-provider-ini');",
    "const { STSClient, GetCallerIdentityCommand } = require('@aws-sdk/client-sts');",
    `const credentials = fromIni({ profile: '${profile}' });`,
    "new STSClient({ region: 'eu-west-1', credentials }).send(new GetCallerIdentityCommand({}))",
    '  .then(async (out) => console.log(`${out.Arn} ${(await credentials()).accessKeyId}`));',
    'JS',
  ].join('\n');

/** The same with the AWS CLI (the key it used is the one the emulator saw sign the call). */
const cliProfile = (profile: string, out: string) =>
  `aws --profile ${profile} sts get-caller-identity --query Arn --output text > "$RESULTS/${out}"`;

let emu: Emulator;
let ecr: FakeEcr;
let registry: LocalRegistry;
beforeAll(async () => {
  if (!enabled) return;
  emu = await Emulator.start();
  emu.sts.addRole({ arn: DENIED, trust: () => false });
  emu.sts.addRole({
    arn: GUARDED,
    trustedPrincipals: ['arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42'],
    externalId: 'ext-4711',
  });
  if (withRegistry) {
    ecr = await emu.startEcr();
    registry = await LocalRegistry.start();
  }
}, 60_000);
afterAll(async () => {
  await Promise.all([emu?.close(), registry?.close()]);
});
beforeEach(() => {
  emu?.reset();
  if (withRegistry) {
    ecr.serveRegistry('eu-west-1', registry);
  }
});

const SECRET_KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];

describe.skipIf(!enabled)('Authenticate with AWS under bitrise run', () => {
  it('publishes credentials, region and expiration that later steps and the AWS CLI use; the log shows no secret', async () => {
    const build = await bitriseRun(
      [
        {
          step: 'authenticate',
          inputs: { role_arn: ROLE_ARN, region: 'eu-west-1', export_identity_env: 'true', verbose: 'true' },
        },
        {
          title: 'Later step',
          script: [
            'for key in AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_REGION AWS_DEFAULT_REGION \\',
            '  AWS_CREDENTIAL_EXPIRATION AWS_ACCOUNT_ID AWS_ASSUMED_ROLE_ARN BITRISE_SECRET_ENV_KEY_LIST; do',
            '  printf "%s" "${!key}" > "$RESULTS/$key"',
            'done',
            'echo "The secret key is $AWS_SECRET_ACCESS_KEY"',
            'aws sts get-caller-identity --query Arn --output text > "$RESULTS/aws-cli-arn"',
          ].join('\n'),
        },
      ],
      emu.buildEnv(),
    );
    expect(build.code, build.log).toBe(0);
    const issued = emu.sts.issued.at(-1);
    const seen = build.results;
    expect([seen.AWS_ACCESS_KEY_ID, seen.AWS_SECRET_ACCESS_KEY, seen.AWS_SESSION_TOKEN]).toEqual([
      issued?.accessKeyId,
      issued?.secretAccessKey,
      issued?.sessionToken,
    ]);
    expect([seen.AWS_REGION, seen.AWS_DEFAULT_REGION, seen.AWS_ACCOUNT_ID]).toEqual([
      'eu-west-1',
      'eu-west-1',
      '123456789012',
    ]);
    expect(Date.parse(seen.AWS_CREDENTIAL_EXPIRATION ?? '')).toBe(Date.parse(issued?.expiration ?? ''));
    expect(seen.AWS_ASSUMED_ROLE_ARN).toBe('arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42');
    expect(seen.BITRISE_SECRET_ENV_KEY_LIST?.split(',')).toEqual(expect.arrayContaining(SECRET_KEYS));
    // The AWS CLI in the later step signed with the published credentials.
    expect(seen['aws-cli-arn']?.trim()).toBe(seen.AWS_ASSUMED_ROLE_ARN);
    expect(emu.sts.calls.at(-1)).toMatchObject({
      params: { Action: 'GetCallerIdentity' },
      signedBy: issued?.accessKeyId,
    });
    // Bitrise redacts the sensitive outputs in later steps' logs.
    expect(build.log).toContain('The secret key is [REDACTED]');
    for (const secret of [issued?.secretAccessKey, issued?.sessionToken, emu.bitrise.apiToken]) {
      expect(build.log).not.toContain(secret);
    }
  });

  it('fails the build at the step on AccessDenied, publishes nothing, and its doctor hint runs in a later step', async () => {
    const build = await bitriseRun(
      [
        { step: 'authenticate', inputs: { role_arn: DENIED } },
        {
          title: 'Always run',
          alwaysRun: true,
          script: [
            'env | grep -E "^AWS_(ACCESS|SECRET|SESSION)" > "$RESULTS/aws-env" || true',
            'set +e',
            '"$HOME/.authenticate-with-aws/bin/authenticate-with-aws" doctor --trust-policy trust.json --role-arn \\',
            `  ${DENIED} > "$RESULTS/doctor" 2>&1`,
            'echo $? > "$RESULTS/doctor-code"',
          ].join('\n'),
        },
      ],
      emu.buildEnv(),
      {
        'trust.json': JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.builds.bitrise.io' },
              Action: 'sts:AssumeRoleWithWebIdentity',
              Condition: { StringEquals: { 'token.builds.bitrise.io:sub': 'someone-else' } },
            },
          ],
        }),
      },
    );
    expect(build.code).not.toBe(0);
    expect(build.log).toMatch(/\| x \| authenticate \(Failed\) +\|/);
    expect(build.log).toContain('exit status 3');
    expect(build.log).toContain('AccessDenied');
    const launcher = `${build.home}/.authenticate-with-aws/bin/authenticate-with-aws`;
    expect(build.log.replace(/\s*\n\s*/g, ' ')).toContain(`\`${launcher} doctor --trust-policy trust.json\``);
    expect(build.results['aws-env']).toBe('');
    // The printed command works in the later step: the doctor names the failing condition.
    expect(build.results.doctor).toMatch(/token\.builds\.bitrise\.io:sub/);
    expect(build.results.doctor).toContain('someone-else');
    expect(build.results['doctor-code']?.trim()).not.toBe('0');
  });
});

describe.skipIf(!enabled)('Get OIDC Identity Token under bitrise run', () => {
  it('publishes the token and a 0600 token file that boto3 and the AWS CLI exchange in a later step', async () => {
    const build = await bitriseRun(
      [
        {
          step: 'get-identity-token',
          inputs: { audience: 'sts.amazonaws.com', token_file: '$BITRISE_SOURCE_DIR/identity-token.jwt' },
        },
        {
          title: 'Later step',
          script: [
            'printf "%s" "$BITRISE_IDENTITY_TOKEN" | sha256sum | cut -d" " -f1 > "$RESULTS/token-sha"',
            'stat -c %a "$BITRISE_IDENTITY_TOKEN_FILE" > "$RESULTS/file-mode"',
            'printf "%s" "$BITRISE_IDENTITY_TOKEN_EXPIRES_AT" > "$RESULTS/expires-at"',
            'printf "%s" "$BITRISE_SECRET_ENV_KEY_LIST" > "$RESULTS/secret-keys"',
            `python3 - > "$RESULTS/boto3" <<'PY'`,
            'import boto3, os',
            'out = boto3.client("sts", region_name="eu-west-1").assume_role_with_web_identity(',
            `    RoleArn="${ROLE_ARN}", RoleSessionName="from-env", WebIdentityToken=os.environ["BITRISE_IDENTITY_TOKEN"])`,
            'print(out["AssumedRoleUser"]["Arn"])',
            'PY',
            `AWS_ROLE_ARN=${ROLE_ARN} AWS_ROLE_SESSION_NAME=from-file AWS_WEB_IDENTITY_TOKEN_FILE="$BITRISE_IDENTITY_TOKEN_FILE" \\`,
            '  aws --region eu-west-1 sts get-caller-identity --query Arn --output text > "$RESULTS/aws-cli"',
          ].join('\n'),
        },
      ],
      emu.buildEnv(),
    );
    expect(build.code, build.log).toBe(0);
    const token = emu.bitrise.minted.at(-1);
    expect(build.results['token-sha']?.trim()).toBe(sha(token));
    expect(build.results['file-mode']?.trim()).toBe('600');
    expect(Date.parse(build.results['expires-at'] ?? '')).toBeGreaterThan(Date.now());
    expect(build.results['secret-keys']?.split(',')).toContain('BITRISE_IDENTITY_TOKEN');
    expect(build.results.boto3?.trim()).toBe('arn:aws:sts::123456789012:assumed-role/bitrise-deploy/from-env');
    expect(build.results['aws-cli']?.trim()).toBe('arn:aws:sts::123456789012:assumed-role/bitrise-deploy/from-file');
    expect(build.log).not.toContain(token);
  });
});

describe.skipIf(!withRegistry)('docker_login under bitrise run', () => {
  it('leaves a docker login that skopeo uses in a later step to push and pull', async () => {
    const image = ociImage('v1');
    const host = `127.0.0.1:${registry.port}`;
    const build = await bitriseRun(
      [
        { step: 'authenticate', inputs: { role_arn: ROLE_ARN, region: 'eu-west-1', docker_login: 'true' } },
        {
          title: 'Push and pull with the stored login',
          script: [
            'printf "%s" "$AWS_ECR_REGISTRY" > "$RESULTS/registry"',
            `skopeo copy --dest-tls-verify=false oci:${image.dir}:v1 "docker://$AWS_ECR_REGISTRY/app:v1"`,
            'skopeo inspect --tls-verify=false "docker://$AWS_ECR_REGISTRY/app:v1" > "$RESULTS/inspect"',
          ].join('\n'),
        },
      ],
      emu.buildEnv(),
    );
    expect(build.code, build.log).toBe(0);
    expect(build.results.registry).toBe(host);
    expect(JSON.parse(build.results.inspect ?? '{}')).toMatchObject({ Digest: image.manifestDigest });
    for (const password of ecr.passwords) expect(build.log).not.toContain(password);
  });
});

describe.skipIf(!enabled)('profile_name under bitrise run, read by boto3, the AWS CLI and the JS SDK', () => {
  it('without refresh: the profile holds the credentials the step got', async () => {
    const before = emu.sts.issued.length;
    const build = await bitriseRun(
      [
        { step: 'authenticate', inputs: { role_arn: ROLE_ARN, profile_name: 'ci', export_env: 'false' } },
        { title: 'boto3', script: boto3Profile('ci', 'boto3') },
        { title: 'AWS CLI and JS SDK', script: [cliProfile('ci', 'aws-cli'), jsProfile('ci', 'js')].join('\n') },
      ],
      emu.buildEnv(),
    );
    expect(build.code, build.log).toBe(0);
    const issued = emu.sts.issued.slice(before);
    expect(issued).toHaveLength(1);
    const arn = 'arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42';
    expect(build.results.boto3?.trim()).toBe(`${arn} ${issued[0]?.accessKeyId}`);
    expect(build.results['aws-cli']?.trim()).toBe(arn);
    expect(build.results.js?.trim()).toBe(`${arn} ${issued[0]?.accessKeyId}`);
    const callers = emu.sts.calls.filter((c) => c.params.Action === 'GetCallerIdentity');
    expect(callers.map((c) => c.signedBy)).toEqual([1, 2, 3].map(() => issued[0]?.accessKeyId));
  });

  it('with refresh: credentials about to expire are renewed from a new identity token in later steps', async () => {
    // The step's credentials last 200 s: inside every client's refresh window and the cache's 5-minute margin.
    emu.sts.lifetimes.push(200);
    const before = emu.sts.issued.length;
    const build = await bitriseRun(
      [
        { step: 'authenticate', inputs: { role_arn: ROLE_ARN, profile_name: 'ci', refresh: 'true' } },
        { title: 'boto3', script: boto3Profile('ci', 'boto3') },
        { title: 'AWS CLI and JS SDK', script: [cliProfile('ci', 'aws-cli'), jsProfile('ci', 'js')].join('\n') },
      ],
      emu.buildEnv(),
    );
    expect(build.code, build.log).toBe(0);
    // Two identity tokens and two sessions: the step's, and one fresh set that the first later client fetched and
    // cached for the others.
    expect(emu.bitrise.tokenRequests).toHaveLength(2);
    const [first, fresh] = emu.sts.issued.slice(before);
    expect(emu.sts.issued.slice(before)).toHaveLength(2);
    const arn = 'arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42';
    expect(build.results.boto3?.trim()).toBe(`${arn} ${fresh?.accessKeyId}`);
    expect(build.results['aws-cli']?.trim()).toBe(arn);
    expect(build.results.js?.trim()).toBe(`${arn} ${fresh?.accessKeyId}`);
    const callers = emu.sts.calls.filter((c) => c.params.Action === 'GetCallerIdentity');
    expect(callers.map((c) => c.signedBy)).toEqual([1, 2, 3].map(() => fresh?.accessKeyId));
    expect(first?.accessKeyId).not.toBe(fresh?.accessKeyId);
    expect(build.log).not.toContain(emu.bitrise.apiToken);
  });

  it('with refresh and every option that travels: renewals in later steps send what the step sent', async () => {
    const removeCache = 'rm -f "$HOME"/.authenticate-with-aws/cache/*.json';
    const build = await bitriseRun(
      [
        {
          step: 'authenticate',
          inputs: {
            role_arn: ROLE_ARN,
            profile_name: 'full',
            refresh: 'true',
            session_policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
            managed_session_policies:
              'arn:aws:iam::aws:policy/ReadOnlyAccess\narn:aws:iam::123456789012:policy/team/deploy-bounds',
            chain_role_arn: GUARDED,
            chain_session_name: 'chained',
            chain_external_id: 'ext-4711',
            chain_session_tags: 'team=mobile\nproject=shop',
            chain_transitive_tag_keys: 'team',
            chain_source_identity: 'bitrise-build-42',
            mask_account_id: 'true',
          },
        },
        { title: 'boto3 after the cache is gone', script: [removeCache, boto3Profile('full', 'boto3')].join('\n') },
        { title: 'AWS CLI after the cache is gone', script: [removeCache, cliProfile('full', 'aws-cli')].join('\n') },
      ],
      emu.buildEnv(),
    );
    expect(build.code, build.log).toBe(0);
    const exchanges = emu.sts.calls
      .filter((c) => c.params.Action !== 'GetCallerIdentity')
      .map(
        (c): Record<string, string | undefined> => ({
          ...c.params,
          WebIdentityToken: c.params.WebIdentityToken ? 'a token' : undefined,
        }),
      );
    const step = exchanges.slice(0, 2);
    expect(step.map((p) => p.Action)).toEqual(['AssumeRoleWithWebIdentity', 'AssumeRole']);
    expect(step[1]).toMatchObject({
      ExternalId: 'ext-4711',
      SourceIdentity: 'bitrise-build-42',
      'Tags.member.1.Key': 'team',
      'TransitiveTagKeys.member.1': 'team',
    });
    expect(step[0]).toMatchObject({ 'PolicyArns.member.2.arn': 'arn:aws:iam::123456789012:policy/team/deploy-bounds' });
    expect(exchanges).toEqual([...step, ...step, ...step]);
    expect(emu.bitrise.tokenRequests).toHaveLength(3);
    const arn = 'arn:aws:sts::210987654321:assumed-role/guarded/chained';
    const issued = emu.sts.issued.slice(-6);
    expect(build.results.boto3?.trim()).toBe(`${arn} ${issued[3]?.accessKeyId}`);
    expect(build.results['aws-cli']?.trim()).toBe(arn);
    expect(build.log).not.toMatch(/123456789012|210987654321/);
    for (const secret of issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken])) {
      expect(build.log).not.toContain(secret);
    }
  });

  it('roles with refresh: a later step deletes the cache and uses two profiles, each renewing its own role', async () => {
    const staging = 'arn:aws:iam::123456789012:role/staging';
    const production = 'arn:aws:iam::210987654321:role/production';
    for (const arn of [staging, production]) emu.sts.addRole({ arn });
    const removeCache = 'rm -rf "$HOME"/.authenticate-with-aws/cache';
    const build = await bitriseRun(
      [
        {
          step: 'authenticate',
          inputs: { role_arn: ROLE_ARN, roles: `staging=${staging}\nproduction=${production}`, refresh: 'true' },
        },
        {
          title: 'Two profiles after the cache is gone',
          script: [removeCache, boto3Profile('staging', 'staging'), cliProfile('production', 'production')].join('\n'),
        },
      ],
      emu.buildEnv(),
    );
    expect(build.code, build.log).toBe(0);
    // The step's three exchanges, then one renewal per profile, each of its own role.
    const exchanges = emu.sts.calls.filter((c) => c.params.Action === 'AssumeRoleWithWebIdentity');
    expect(exchanges).toHaveLength(5);
    expect(exchanges.slice(3).map((c) => c.params.RoleArn)).toEqual([staging, production]);
    const stagingKeys = emu.sts.issued.filter((c) => c.assumedRoleArn.includes(':assumed-role/staging/'));
    const [stepKey, renewedKey] = stagingKeys.slice(-2).map((c) => c.accessKeyId);
    expect(renewedKey).not.toBe(stepKey);
    expect(build.results.staging?.trim()).toBe(
      `arn:aws:sts::123456789012:assumed-role/staging/bitrise-42 ${renewedKey}`,
    );
    expect(build.results.production?.trim()).toBe('arn:aws:sts::210987654321:assumed-role/production/bitrise-42');
    expect(build.log).not.toContain(emu.bitrise.apiToken);
  });
});
