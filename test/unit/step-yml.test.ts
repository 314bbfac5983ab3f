/** step.yml files must describe what the code reads and publishes, and pass the steplib's input rules. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseAuthenticateConfig } from '../../src/config/authenticate';
import { parseIdentityTokenConfig } from '../../src/config/identity-token';
import { credentialOutputs, ecrOutputs } from '../../src/steps/outputs';
import { ROOT } from '../support/run-step';

interface Entry {
  [key: string]: unknown;
  opts: {
    title?: string;
    summary?: string;
    category?: string;
    is_sensitive?: boolean;
    is_expand?: boolean;
    is_required?: boolean;
    value_options?: string[];
  };
}
interface StepYml {
  title: string;
  summary: string;
  type_tags: string[];
  description: string;
  website: string;
  toolkit: { bash: { entry_file: string } };
  inputs: Entry[];
  outputs: Entry[];
}

const load = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8')) as StepYml;
const keyOf = (e: Entry) => Object.keys(e).find((k) => k !== 'opts') ?? '';

function checkSteplibRules(yml: StepYml): void {
  expect(yml.title && yml.summary && yml.website).toBeTruthy();
  // Conventions of the steplib: short summaries, a category for every input, the access-control type tag, and no
  // host or project-type tags (the step works on every stack and project type).
  for (const e of [yml, ...yml.inputs.map((i) => i.opts), ...yml.outputs.map((o) => o.opts)]) {
    expect((e.summary ?? '').length, e.summary).toBeLessThanOrEqual(100);
  }
  for (const e of yml.inputs) expect(e.opts.category, keyOf(e)).toBeTruthy();
  expect(yml.type_tags).toEqual(['access-control']);
  expect(yml).not.toHaveProperty('host_os_tags');
  expect(yml).not.toHaveProperty('project_type_tags');
  expect(yml.toolkit.bash.entry_file).toBe('step.sh');
  for (const e of [...yml.inputs, ...yml.outputs]) expect(e.opts.title, keyOf(e)).toBeTruthy();
  for (const e of yml.inputs) if (e.opts.is_sensitive) expect(e.opts.is_expand, keyOf(e)).toBe(true);
}

describe('step.yml of Authenticate with AWS', () => {
  const yml = load('step.yml');

  it('follows the steplib rules', () => checkSteplibRules(yml));

  it("shows a usage example that names this step by a git:: URL pinned to this release's tag", () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const refs = [...yml.description.matchAll(/^\s*- (\S+):$/gm)].map((m) => m[1]);
    expect(refs).toEqual([
      `git::https://github.com/authenticate-with-aws/bitrise-step-authenticate-with-aws.git@${version}`,
    ]);
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toContain(`## ${version}`);
  });

  it('declares exactly the inputs the step reads', () => {
    const bitrise = parseAuthenticateConfig({
      role_arn: 'arn:aws:iam::123456789012:role/x',
      build_url: 'https://app.bitrise.io/build/1',
      build_api_token: 'x-token',
      docker_login: 'true',
      chain_role_arn: 'arn:aws:iam::123456789012:role/second',
      profile_name: 'p',
    }).shown.map((s) => s.key);
    const file = parseAuthenticateConfig({
      role_arn: 'arn:aws:iam::123456789012:role/x',
      web_identity_token_file: '/t',
    }).shown.map((s) => s.key);
    expect(yml.inputs.map(keyOf).sort()).toEqual([...new Set([...bitrise, ...file])].sort());
  });

  it('declares every output with its sensitivity', () => {
    const creds = {
      accessKeyId: 'a',
      secretAccessKey: 'b',
      sessionToken: 'c',
      expiration: new Date(),
      assumedRoleArn: 'arn',
      accountId: '1',
    };
    const outputs = [
      ...credentialOutputs(creds, 'us-east-1'),
      ...ecrOutputs({ hosts: ['h'], expiresAt: new Date(), password: 'p' }, true),
    ];
    expect(yml.outputs.map((e) => [keyOf(e), e.opts.is_sensitive === true])).toEqual(
      outputs.map((o) => [o.key, o.sensitive]),
    );
  });
});

describe('step.yml of Get OIDC Identity Token', () => {
  const yml = load('variants/get-identity-token/step.yml');

  it('follows the steplib rules', () => checkSteplibRules(yml));

  it('declares exactly the inputs the step reads', () => {
    const shown = parseIdentityTokenConfig({
      audience: 'a',
      build_url: 'https://app.bitrise.io/build/1',
      build_api_token: 't',
      token_file: 'x',
    }).shown.map((s) => s.key);
    expect(yml.inputs.map(keyOf).sort()).toEqual(shown.sort());
  });

  it('marks the token sensitive', () => {
    expect(yml.outputs.map((e) => [keyOf(e), e.opts.is_sensitive === true])).toEqual([
      ['BITRISE_IDENTITY_TOKEN', true],
      ['BITRISE_IDENTITY_TOKEN_FILE', false],
      ['BITRISE_IDENTITY_TOKEN_EXPIRES_AT', false],
    ]);
  });
});

describe('README tables', () => {
  it('are exactly what step.yml says (npm run docs writes them)', async () => {
    const { renderReadme } = await import('../../scripts/step-tables');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(renderReadme(readme));
  });
});
