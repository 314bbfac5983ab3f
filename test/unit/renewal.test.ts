/**
 * The renewal replays one saved target: every input of step.yml either travels (is saved with the target) or says why
 * not, no secret travels, and what the renewal reads back is the step's own target, as granted, at the endpoint used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type AuthenticateConfig, parseAuthenticateConfig } from '../../src/config/authenticate';
import { renewalConfig, renewalOf } from '../../src/config/renewal';
import { AUTHENTICATE_INPUTS } from '../../src/config/table';
import type { Assumed } from '../../src/exchange/exchange';
import { ROOT } from '../support/run-step';

const stepInputs = (parse(readFileSync(join(ROOT, 'step.yml'), 'utf8')) as { inputs: Record<string, unknown>[] }).inputs
  .map((entry) => Object.keys(entry).find((k) => k !== 'opts') ?? '')
  .sort();

/** A configuration that uses every input that travels. */
const FULL = {
  BITRISE_BUILD_URL: 'https://app.bitrise.io/build/b1',
  BITRISE_BUILD_API_TOKEN: 'api-token-of-this-build',
  BITRISE_BUILD_NUMBER: '42',
  AWS_ENDPOINT_URL_STS: 'https://sts.example.test',
  AWS_USE_DUALSTACK_ENDPOINT: 'true',
  UNRELATED: 'not saved',
  role_arn: 'arn:aws-us-gov:iam::123456789012:role/ci/deploy',
  region: 'us-gov-west-1',
  audience: 'sts.amazonaws.com',
  session_name: 'bitrise-42',
  duration_seconds: '1800',
  session_policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}',
  managed_session_policies: 'arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess\narn:aws-us-gov:iam::123456789012:policy/b',
  trust_policy: '{"Version":"2012-10-17","Statement":[]}',
  docker_login: 'true',
  ecr_password_output: 'true',
  chain_role_arn: 'arn:aws-us-gov:iam::210987654321:role/next',
  chain_session_name: 'chained',
  chain_duration_seconds: '900',
  chain_external_id: 'ext-1',
  chain_session_tags: 'team=mobile\nproject=shop',
  chain_transitive_tag_keys: 'team',
  chain_source_identity: 'bitrise-42',
  allowed_account_ids: '123456789012, 210987654321',
  roles: 'staging = arn:aws-us-gov:iam::123456789012:role/staging',
  roles_chain: 'false',
  mask_account_id: 'true',
  check_identity: 'true',
  use_fips_endpoint: 'true',
  use_dualstack_endpoint: 'false',
  profile_name: 'deploy',
  refresh: 'true',
  export_env: 'false',
  timeout_seconds: '300',
  allow_insecure_http: 'true',
  build_url: 'https://app.bitrise.io/build/b1',
  build_api_token: 'api-token-of-this-build',
  verbose: 'true',
};

/** The outcome the Run phase hands to the renewal: the sessions as granted, and where STS answered. */
function assumedOf(config: AuthenticateConfig): Map<string, Assumed> {
  return new Map(
    config.targets.map((t) => [
      t.name,
      {
        creds: {} as Assumed['creds'],
        // The chained role was granted what it asked; role_arn was shortened to an hour by STS.
        session: t.name === 'role_arn' ? { ...t.session, durationSeconds: 3600 } : t.session,
        endpoint: 'https://sts-fips.us-gov-west-1.amazonaws.com/',
      },
    ]),
  );
}

describe('the travels column of the input table', () => {
  it('names every input of step.yml, and nothing else', () => {
    expect(AUTHENTICATE_INPUTS.map((spec) => spec.key).sort()).toEqual(stepInputs);
  });

  it('never lets a sensitive input travel', () => {
    const sensitive = AUTHENTICATE_INPUTS.filter((spec) => spec.sensitive);
    expect(sensitive.length).toBeGreaterThan(0);
    for (const spec of sensitive) expect(spec.travels, spec.key).not.toBe(true);
  });

  it('is covered by the configuration of this test: every input that travels is set in it', () => {
    const missing = AUTHENTICATE_INPUTS.filter((spec) => spec.travels === true && !(spec.key in FULL));
    expect(missing.map((spec) => spec.key)).toEqual([]);
  });
});

describe('renewalOf and renewalConfig', () => {
  const step = parseAuthenticateConfig(FULL);
  const profile = step.profiles.find((p) => p.name === 'deploy');
  if (!profile?.refresh) throw new Error('the FULL configuration has a refresh profile');
  const saved = renewalOf(step, profile, assumedOf(step));

  it('saves the profile’s target chain as granted, the endpoint used, and no secret', () => {
    expect(saved.targets.map((t) => [t.name, t.session.roleArn, t.session.durationSeconds])).toEqual([
      ['role_arn', FULL.role_arn, 3600],
      ['chain_role_arn', FULL.chain_role_arn, 900],
    ]);
    expect(saved.stsEndpoint).toBe('https://sts-fips.us-gov-west-1.amazonaws.com/');
    expect(saved.identity).toEqual({ audience: 'sts.amazonaws.com', buildUrl: 'https://app.bitrise.io/build/b1' });
    expect(JSON.stringify(saved)).not.toContain(FULL.build_api_token);
    // A roles line (without roles_chain) is its own renewal: that role, assumed with the identity.
    const staging = step.profiles.find((p) => p.name === 'staging');
    if (!staging?.refresh) throw new Error('the FULL configuration refreshes its roles');
    expect(renewalOf(step, staging, assumedOf(step)).targets.map((t) => t.name)).toEqual(['staging']);
  });

  it('parses into the step’s own targets, with the granted sessions, at the saved endpoint', () => {
    const renewed = renewalConfig(
      saved,
      {
        BITRISE_BUILD_URL: 'https://elsewhere.test',
        BITRISE_BUILD_API_TOKEN: 'api-token-of-this-build',
        AWS_ENDPOINT_URL: 'https://recorder.test',
        AWS_ENDPOINT_URL_STS: 'https://recorder.test',
      },
      false,
    );
    const granted = [...assumedOf(step).values()].slice(0, 2).map((a) => a.session);
    expect(renewed.targets.map((t) => t.session)).toEqual(granted);
    expect(renewed.targets.map((t) => t.source)).toEqual([{ kind: 'identity' }, { kind: 'target', name: 'role_arn' }]);
    expect(renewed.targets[0]?.trustPolicy).toEqual(step.targets[0]?.trustPolicy);
    expect(renewed.exported).toBe('chain_role_arn');
    expect(renewed.aws.endpoints).toEqual({ sts: new URL('https://sts-fips.us-gov-west-1.amazonaws.com/') });
    // The saved build URL, not the calling process's BITRISE_BUILD_URL; the API token read now.
    expect(renewed.identity).toEqual(step.identity);
    expect([renewed.region, renewed.allowedAccounts, renewed.checkIdentity, renewed.timeoutSeconds]).toEqual([
      step.region,
      step.allowedAccounts,
      step.checkIdentity,
      step.timeoutSeconds,
    ]);
    expect(renewed.maskAccount).toBe(true);
    expect(renewed.secrets).toEqual(expect.arrayContaining(['123456789012', '210987654321']));
    expect([renewed.ecrRegistries, renewed.profiles, renewed.verbose]).toEqual([undefined, [], false]);
  });

  it('reads the build API token from the environment it runs in, never from what was saved', () => {
    expect(() => renewalConfig(saved, {}, false)).toThrow(/build_api_token/);
  });

  it('refuses a saved value no step parser accepts', () => {
    const bad = structuredClone(saved);
    (bad.targets[0] as { session: { roleArn: string } }).session.roleArn = 'arn:aws:iam::1:role/x';
    expect(() => renewalConfig(bad, { BITRISE_BUILD_API_TOKEN: 't' }, false)).toThrow(/role_arn/);
  });
});
