import { describe, expect, it } from 'vitest';
import { parseSessionTags } from '../../src/config/assume-role-values';
import { parseAuthenticateConfig } from '../../src/config/authenticate';
import {
  parsePolicyArns,
  parseRegion,
  parseRoleArn,
  parseSessionPolicy,
  partitionOfRegion,
  sanitiseSessionName,
} from '../../src/config/aws-values';
import { parseIdentityTokenConfig } from '../../src/config/identity-token';
import { Inputs } from '../../src/config/inputs';
import { ExitCode, InputError } from '../../src/core/errors';
import { secureUrl } from '../../src/net/endpoints';

const ROLE = 'arn:aws:iam::123456789012:role/bitrise-deploy';
const BASE = { role_arn: ROLE, build_url: 'https://app.bitrise.io/build/abc', build_api_token: 'api-token-value' };

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('parseAuthenticateConfig', () => {
  it('applies the documented defaults', () => {
    const config = parseAuthenticateConfig({ ...BASE, BITRISE_BUILD_NUMBER: '17' });
    expect(config).toMatchObject({
      region: 'us-east-1',
      timeoutSeconds: 120,
      verbose: false,
      identity: {
        kind: 'token',
        audience: 'sts.amazonaws.com',
        token: { kind: 'bitrise', apiToken: 'api-token-value' },
      },
      targets: [
        {
          name: 'role_arn',
          source: { kind: 'identity' },
          session: {
            role: { arn: ROLE, partition: 'aws', accountId: '123456789012', name: 'bitrise-deploy' },
            sessionName: 'bitrise-17',
            durationSeconds: 3600,
            sessionPolicy: undefined,
            managedSessionPolicies: [],
          },
        },
      ],
      exported: 'role_arn',
      profiles: [],
    });
    // A sensitive input is collected once, for redaction.
    expect(config.secrets).toEqual(['api-token-value']);
    expect(config.shown).toContainEqual({ key: 'build_api_token', shown: '[REDACTED]' });
    expect(config.shown).toContainEqual({ key: 'region', shown: 'us-east-1 (default)' });
  });

  it('treats the default session name, expanded or not, as ours and sanitises it', () => {
    const sessionName = (env: Record<string, string>) => parseAuthenticateConfig(env).targets[0]?.session.sessionName;
    expect(sessionName({ ...BASE, session_name: 'bitrise-$BITRISE_BUILD_NUMBER' })).toBe('bitrise-local');
    expect(sessionName({ ...BASE, BITRISE_BUILD_NUMBER: '3/4', session_name: 'bitrise-3/4' })).toBe('bitrise-3-4');
    expect(() => parseAuthenticateConfig({ ...BASE, BITRISE_BUILD_NUMBER: '3', session_name: 'my/name' })).toThrow(
      /`session_name` must be 2 to 64 characters/,
    );
  });

  it('trims values and reads multi-line lists', () => {
    const config = parseAuthenticateConfig({
      ...BASE,
      region: ' eu-central-1\n',
      managed_session_policies: '  arn:aws:iam::aws:policy/A \r\n\r\n arn:aws:iam::aws:policy/B\n',
    });
    expect(config.region).toBe('eu-central-1');
    expect(config.targets[0]?.session.managedSessionPolicies).toEqual([
      'arn:aws:iam::aws:policy/A',
      'arn:aws:iam::aws:policy/B',
    ]);
  });

  it('names both token inputs when both are set, and prefers a given token over the Bitrise API', () => {
    const both = inputError(() =>
      parseAuthenticateConfig({ ...BASE, web_identity_token: 'a.b.c', web_identity_token_file: '/t' }),
    );
    expect(both.message).toContain('`web_identity_token`');
    expect(both.message).toContain('`web_identity_token_file`');
    expect(parseAuthenticateConfig({ role_arn: ROLE, web_identity_token_file: '/t' }).identity).toMatchObject({
      kind: 'token',
      token: { kind: 'file', path: '/t' },
    });
  });

  it('gives every input error the bad-input exit code', () => {
    const error = inputError(() => parseAuthenticateConfig({ ...BASE, duration_seconds: '100' }));
    expect(error.exitCode).toBe(ExitCode.badInput);
    expect(error.input).toBe('duration_seconds');
    expect(error.message).toBe('Input `duration_seconds` must be from 900 to 43200, got 100.');
  });
});

describe('AWS value parsers', () => {
  it.each([
    ['us-east-1', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['eusc-de-east-1', 'aws-eusc'],
    ['us-isob-east-1', 'aws-iso-b'],
  ])('region %s is in partition %s and accepted', (region, partition) => {
    expect(parseRegion('region', region)).toBe(region);
    expect(partitionOfRegion(region)).toBe(partition);
  });

  it.each(['us-east', 'US-EAST-1', 'useast1', 'us-east-1 ', 'eu-west-1a'])('rejects region %j', (region) => {
    expect(inputError(() => parseRegion('region', region)).input).toBe('region');
  });

  it('accepts role ARNs with paths and in China and GovCloud', () => {
    expect(parseRoleArn('role_arn', 'arn:aws:iam::123456789012:role/ci/mobile/deploy', 'us-east-1').name).toBe(
      'deploy',
    );
    expect(parseRoleArn('role_arn', 'arn:aws-cn:iam::123456789012:role/x', 'cn-north-1').partition).toBe('aws-cn');
    expect(parseRoleArn('role_arn', 'arn:aws-us-gov:iam::123456789012:role/x', 'us-gov-east-1').partition).toBe(
      'aws-us-gov',
    );
  });

  it('explains a partition mismatch and a bare role name', () => {
    expect(inputError(() => parseRoleArn('role_arn', 'arn:aws:iam::123456789012:role/x', 'cn-north-1')).message).toBe(
      'Input `role_arn` is in partition aws, but region cn-north-1 is in partition aws-cn.',
    );
    expect(inputError(() => parseRoleArn('role_arn', 'deploy', 'us-east-1')).hint).toContain(
      'arn:aws:iam::123456789012:role/deploy',
    );
    expect(() => parseRoleArn('role_arn', 'arn:aws:iam::123456789012:user/x', 'us-east-1')).toThrow(InputError);
  });

  it('checks session policies as STS does', () => {
    expect(parseSessionPolicy('p', '{"Statement":[]}')).toBe('{"Statement":[]}');
    expect(inputError(() => parseSessionPolicy('p', '[1]')).message).toContain('needs a "Statement"');
    expect(inputError(() => parseSessionPolicy('p', '{"Statement":"✓"}')).message).toContain('U+2713');
    expect(() => parseSessionPolicy('p', `{"Statement":[],"x":"${'a'.repeat(2030)}"}`)).toThrow(/at most 2048/);
  });

  it('checks managed policy ARNs: shape, partition, duplicates, count', () => {
    expect(parsePolicyArns('m', ['arn:aws:iam::aws:policy/job-function/ViewOnlyAccess'], 'aws')).toHaveLength(1);
    expect(() => parsePolicyArns('m', ['arn:aws-cn:iam::aws:policy/X'], 'aws')).toThrow(/partition aws/);
    // AWS accepts the same ARN twice; it is sent once (the config section says so).
    expect(parsePolicyArns('m', ['arn:aws:iam::aws:policy/X', 'arn:aws:iam::aws:policy/X'], 'aws')).toEqual([
      'arn:aws:iam::aws:policy/X',
    ]);
  });

  it("follows IAM's and STS's exact limits", () => {
    // Paths of any printable ASCII, as IAM defines them.
    expect(parseRoleArn('role_arn', 'arn:aws:iam::123456789012:role/team!a/deploy', 'us-east-1').name).toBe('deploy');
    expect(parsePolicyArns('m', ['arn:aws:iam::123456789012:policy/a~b/(x)/p'], 'aws')).toHaveLength(1);
    expect(() => parseRoleArn('role_arn', 'arn:aws:iam::123456789012:role/a b/deploy', 'us-east-1')).toThrow();
    // Session tags: no aws: keys; quoting for = in keys and spaces at the ends of values.
    expect(() => parseSessionTags('t', ['aws:team=x'])).toThrow(/aws:/);
    expect(parseSessionTags('t', ['"a=b"=c', 'note="  padded  "', 'k=v=w'])).toEqual([
      { key: 'a=b', value: 'c' },
      { key: 'note', value: '  padded  ' },
      { key: 'k', value: 'v=w' },
    ]);
    const base = { BITRISE_BUILD_URL: 'https://app.bitrise.io/build/1', build_url: 'https://app.bitrise.io/build/1' };
    const env = (more: Record<string, string>) => ({
      ...base,
      build_api_token: 'token',
      role_arn: 'arn:aws:iam::123456789012:role/r',
      ...more,
    });
    // The web identity token: at most 20,000 characters.
    expect(() => parseAuthenticateConfig(env({ web_identity_token: 'x'.repeat(20_001) }))).toThrow(/20000/);
    // The inline policy and the managed ARNs: 2,048 characters together.
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: 'x'.repeat(1900) }],
    });
    const arns = Array.from({ length: 5 }, (_, i) => `arn:aws:iam::123456789012:policy/p${i}`).join('\n');
    expect(() => parseAuthenticateConfig(env({ session_policy: policy, managed_session_policies: arns }))).toThrow(
      /together; STS accepts at most 2048/,
    );
  });

  it('sanitises any string into a valid session name', () => {
    expect(sanitiseSessionName('bitrise-12 34')).toBe('bitrise-12-34');
    expect(sanitiseSessionName('x')).toBe('x-');
    expect(sanitiseSessionName('a'.repeat(100))).toHaveLength(64);
    expect(sanitiseSessionName('bitrise-ü')).toBe('bitrise--');
  });
});

describe('inputs', () => {
  it('accepts only exact booleans', () => {
    const table = ['a', 'b', 'c', 'd'].map((key) => ({ key, fallback: key === 'b' ? 'true' : 'false', describe: '' }));
    const inputs = new Inputs({ a: 'true', b: 'false', c: 'True', d: '' }, table);
    expect(inputs.bool('a')).toBe(true);
    expect(inputs.bool('b')).toBe(false);
    expect(inputs.bool('d')).toBe(false);
    expect(inputError(() => inputs.bool('c')).message).toBe('Input `c` must be "true" or "false", got "True".');
  });

  it('allows plain http only to loopback addresses', () => {
    expect(secureUrl('u', 'https://app.bitrise.io/build/1').host).toBe('app.bitrise.io');
    expect(secureUrl('u', 'http://127.0.0.1:8080/x').port).toBe('8080');
    expect(secureUrl('u', 'http://localhost/x').hostname).toBe('localhost');
    expect(() => secureUrl('u', 'http://app.bitrise.io/build/1')).toThrow(/plain http/);
    expect(() => secureUrl('u', 'ftp://x')).toThrow(/https/);
    expect(() => secureUrl('u', 'not a url')).toThrow(/not a URL/);
  });
});

describe('parseIdentityTokenConfig', () => {
  it('needs an audience and validates token_file before any call', () => {
    expect(inputError(() => parseIdentityTokenConfig({ build_url: BASE.build_url, build_api_token: 'x' })).input).toBe(
      'audience',
    );
    const config = parseIdentityTokenConfig(
      { audience: 'sts.amazonaws.com', build_url: BASE.build_url, build_api_token: 'x', token_file: 'id.jwt' },
      '/tmp',
    );
    expect(config.tokenFile).toBe('/tmp/id.jwt');
    expect(config.api.buildUrl.href).toBe(BASE.build_url);
  });
});

describe('ECR registry hosts of every partition', () => {
  const iso = {
    build_url: 'https://app.bitrise.io/build/1',
    build_api_token: 'api-token',
    role_arn: 'arn:aws-iso:iam::123456789012:role/deploy',
    region: 'us-iso-east-1',
    docker_login: 'true',
  };
  it('names an aws-iso registry by its host, and refuses a host of another suffix', () => {
    const host = '210987654321.dkr.ecr.us-iso-east-1.c2s.ic.gov';
    expect(parseAuthenticateConfig({ ...iso, ecr_registries: host }).ecrRegistries).toEqual([
      { kind: 'private', accountId: '210987654321', region: 'us-iso-east-1', host },
    ]);
    const wrong = inputError(() =>
      parseAuthenticateConfig({ ...iso, ecr_registries: '210987654321.dkr.ecr.us-iso-east-1.amazonaws.com' }),
    );
    expect(wrong.message).toContain('the hosts of us-iso-east-1 end in .c2s.ic.gov');
  });

  it('names an aws-eusc registry by its host', () => {
    const host = '210987654321.dkr.ecr.eusc-de-east-1.amazonaws.eu';
    const config = parseAuthenticateConfig({
      ...iso,
      role_arn: 'arn:aws-eusc:iam::123456789012:role/deploy',
      region: 'eusc-de-east-1',
      ecr_registries: host,
    });
    expect(config.ecrRegistries?.[0]).toMatchObject({ host, region: 'eusc-de-east-1' });
  });
});
