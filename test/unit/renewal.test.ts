/**
 * The renewal's configuration is the step's: every input of step.yml either travels to credential-process or says why
 * not, no secret travels, and the config the renewal parses from what the step saved equals the step's own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type AuthenticateConfig, parseAuthenticateConfig } from '../../src/config/authenticate';
import { RENEWAL_INPUTS, renewalConfig, renewalOf } from '../../src/config/renewal';
import { AUTHENTICATE_INPUTS } from '../../src/config/table';
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
  allowed_account_ids: '210987654321',
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

/** What the Run phase of a config does, without what only the step does (ECR, the profile, the log's config lines). */
function runPart(config: AuthenticateConfig) {
  const { ecrRegistries, ecrPasswordOutput, profile, exportEnv, shown, verbose, ...rest } = config;
  return rest;
}

describe('the renewal travel table', () => {
  it('names every input of step.yml, and nothing else', () => {
    expect(Object.keys(RENEWAL_INPUTS).sort()).toEqual(stepInputs);
  });

  it('never lets a sensitive input travel', () => {
    const sensitive = AUTHENTICATE_INPUTS.filter((spec) => spec.sensitive).map((spec) => spec.key);
    expect(sensitive.length).toBeGreaterThan(0);
    for (const key of sensitive) expect(RENEWAL_INPUTS[key], key).not.toBe(true);
  });
});

describe('renewalOf and renewalConfig', () => {
  const step = parseAuthenticateConfig(FULL);
  const saved = renewalOf(FULL, step);

  it('saves the inputs that travel and the variables the config reads, and no secret', () => {
    expect(Object.keys(saved.inputs).sort()).toEqual(
      Object.keys(FULL)
        .filter((k) => RENEWAL_INPUTS[k] === true)
        .sort(),
    );
    expect(saved.environment).toEqual({
      BITRISE_BUILD_NUMBER: '42',
      AWS_ENDPOINT_URL_STS: 'https://sts.example.test',
      AWS_USE_DUALSTACK_ENDPOINT: 'true',
    });
    expect(saved.session).toEqual({ roleArn: FULL.chain_role_arn, durationSeconds: 900 });
    expect(JSON.stringify(saved)).not.toContain(FULL.build_api_token);
  });

  it('parses into the step’s own Run configuration: roles, policies, chain, endpoints, guards, mask', () => {
    const renewed = renewalConfig(
      saved,
      { BITRISE_BUILD_URL: 'https://elsewhere.test', BITRISE_BUILD_API_TOKEN: 'api-token-of-this-build' },
      false,
    );
    expect(runPart(renewed)).toEqual(runPart(step));
    expect(renewed.aws.useFips).toBe(true);
    expect(renewed.maskAccount).toBe(true);
    expect(renewed.secrets).toEqual(expect.arrayContaining(['123456789012', '210987654321']));
    expect([renewed.ecrRegistries, renewed.profile, renewed.verbose]).toEqual([undefined, undefined, false]);
  });

  it('reads the build API token from the environment it runs in, never from what was saved', () => {
    expect(() => renewalConfig(saved, {}, false)).toThrow(/build_api_token/);
  });
});
