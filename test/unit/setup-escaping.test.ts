/**
 * `setup` prints values into other languages. Each format is read back by that language's own parser (hcl2json for
 * Terraform, the yaml package with CloudFormation's tags, sh itself for the aws-cli commands, yaml for the bitrise.yml
 * entry), fed with values that each language would otherwise interpret: `${x}`, `%{x}`, quotes, `$()`, backticks, `#`,
 * `: `, `file://`. What comes back is the literal value.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { subjectRequest } from '../../src/cli/subject';
import { renderSetup, type SetupPlan, stepSnippet } from '../../src/setup/render';
import { generateTrustPolicy } from '../../src/trust-policy/generate';

/** Printable, without spaces: what an audience may be. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: Terraform's template syntax is what these values test
const AUDIENCES = ['a${path.cwd}b', 'a%{if true}x%{endif}', `q"u'o`, '$(id)', '`id`', 'a#b', 'file://etc/passwd'];
/** A pattern may hold anything printable. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: Terraform's template syntax is what this value tests
const PATTERN = 'app:${path.cwd}:%{x}:"q\'":$(id):`id`:# c: d:file://x:*';

function plan(audience: string, subLike = 'app:a1b2c3:*'): SetupPlan {
  const generated = generateTrustPolicy({ account: '123456789012', audience, subLike });
  return {
    roleName: 'ci-role',
    trustPolicy: generated.policy,
    audience,
    maxSessionDuration: 7200,
    managedPolicyArns: [],
    existingProvider: false,
    thumbprint: undefined,
    account: '123456789012',
    partition: 'aws',
  };
}

/** An HCL string as Terraform reads it after hcl2json: `$${` and `%%{` are the escapes, a bare `${` a reference. */
function terraformLiteral(rendered: string): string {
  expect(rendered.replaceAll('$${', '').replaceAll('%%{', '')).not.toMatch(/[$%]\{/);
  return rendered.replaceAll('$${', '${').replaceAll('%%{', '%{');
}

/** CloudFormation's short-form tags, so that the parser reads a template as CloudFormation does. */
const CFN_TAGS = ['Ref', 'Sub', 'GetAtt', 'Join', 'If', 'Equals', 'Select', 'Split', 'ImportValue'].map((name) => ({
  tag: `!${name}`,
  resolve: (value: unknown) => ({ [`Fn::${name}`]: value }),
}));

describe('setup output, escaped for its language', () => {
  it.each(AUDIENCES)('Terraform: the audience %s and a hostile pattern come back literally', async (audience) => {
    const hcl = (await parseHcl('main.tf', renderSetup('terraform', plan(audience, PATTERN)))) as Record<
      string,
      Record<string, Record<string, Array<Record<string, unknown>>>>
    >;
    const provider = hcl.resource?.aws_iam_openid_connect_provider?.bitrise?.[0];
    expect(((provider?.client_id_list ?? []) as string[]).map(terraformLiteral)).toEqual([audience]);
    // The policy is an expression (jsonencode): its string literals are HCL templates too.
    const policy = String(hcl.resource?.aws_iam_role?.bitrise?.[0]?.assume_role_policy);
    const literal = /"token\.builds\.bitrise\.io:sub" = ("(?:[^"\\]|\\.)*")/.exec(policy)?.[1] ?? '';
    expect(terraformLiteral(JSON.parse(literal))).toBe(PATTERN);
  });

  it.each(AUDIENCES)('CloudFormation: the audience %s and a hostile pattern come back literally', (audience) => {
    const template = parseYaml(renderSetup('cloudformation', plan(audience, PATTERN)), { customTags: CFN_TAGS });
    expect(template.Resources.BitriseOidcProvider.Properties.ClientIdList).toEqual([audience]);
    const condition = template.Resources.BitriseRole.Properties.AssumeRolePolicyDocument.Statement[0].Condition;
    expect(condition.StringLike['token.builds.bitrise.io:sub']).toBe(PATTERN);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: IAM's policy variable for a literal $
    expect(condition.StringEquals['token.builds.bitrise.io:aud']).toBe(audience.replaceAll('$', '${$}'));
  });

  it.each(AUDIENCES)('aws-cli: sh passes the audience %s as one JSON list, never as a parameter file', (audience) => {
    const bin = mkdtempSync(join(tmpdir(), 'fake-aws-'));
    // A stand-in aws that prints its arguments as JSON, one call per line.
    writeFileSync(join(bin, 'aws'), '#!/usr/bin/env node\nconsole.log(JSON.stringify(process.argv.slice(2)));\n');
    chmodSync(join(bin, 'aws'), 0o755);
    const script = renderSetup('aws-cli', plan(audience, PATTERN));
    const out = execFileSync('sh', ['-c', script], {
      env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
      encoding: 'utf8',
    });
    const [provider, role] = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[]);
    const list = provider?.[provider.indexOf('--client-id-list') + 1] ?? '';
    expect(list.startsWith('[')).toBe(true);
    expect(JSON.parse(list)).toEqual([audience]);
    const document = JSON.parse(role?.[role.indexOf('--assume-role-policy-document') + 1] ?? '{}');
    expect(document.Statement[0].Condition.StringLike['token.builds.bitrise.io:sub']).toBe(PATTERN);
  });

  it.each(AUDIENCES)('the bitrise.yml entry: the audience %s is one quoted value and adds no input', (audience) => {
    const entry = parseYaml(stepSnippet(plan(audience), 'eu-west-1')) as Array<Record<string, unknown>>;
    const step = Object.values(entry[0] ?? {})[0] as { inputs: Array<Record<string, string>> };
    expect(step.inputs).toEqual([
      { role_arn: 'arn:aws:iam::123456789012:role/ci-role' },
      { region: 'eu-west-1' },
      { audience },
      { duration_seconds: '7200' },
    ]);
  });

  it('control characters in the audience, from a flag or a token, are refused', () => {
    for (const audience of ['a\nb', 'a\rb', 'a\u001b[31mb', 'a\tb']) {
      expect(() => subjectRequest({ audience }, {})).toThrow(/--audience/);
      expect(() => subjectRequest({}, { aud: audience, sub: 'app:x' })).toThrow(/the token's aud/);
    }
  });
});

/** IAM's StringLike as the IAM User Guide states it, written here on its own: `*`, `?`, and `${*}` `${?}` `${$}`. */
function iamLike(pattern: string, value: string): boolean {
  const source = pattern
    .split(/(\$\{[*?$]\}|\*|\?)/)
    .map((piece) => {
      if (piece === '*') return '.*';
      if (piece === '?') return '.';
      const special = /^\$\{([*?$])\}$/.exec(piece);
      return (special?.[1] ?? piece).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`, 's').test(value);
}

describe('the generator never widens', () => {
  const UUID = '5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
  const claimsOf = (sub: string, extra: Record<string, unknown> = {}) => ({
    sub,
    aud: 'sts.amazonaws.com',
    app_slug: 'a1b2c3',
    branch: 'main',
    trigger_event: 'push',
    build_slug: UUID,
    ...extra,
  });
  const generate = (claims: Record<string, unknown>) =>
    generateTrustPolicy({ ...subjectRequest({}, claims), account: '123456789012' });
  const subOf = (policy: Record<string, unknown>) => {
    const condition = (policy.Statement as Array<{ Condition: Record<string, Record<string, string>> }>)[0]?.Condition;
    return condition?.StringLike?.['token.builds.bitrise.io:sub'] ?? '';
  };

  it('refuses a sub whose kept parts do not hold the app: branch:main:build:<uuid>', () => {
    expect(() => generate(claimsOf(`branch:main:build:${UUID}`))).toThrow(/app_slug a1b2c3/);
  });

  it("app:<slug>:branch:main:build:<uuid> admits the app's next build and refuses another app's of the same branch", () => {
    const pattern = subOf(generate(claimsOf(`app:a1b2c3:branch:main:build:${UUID}`)).policy);
    expect(pattern).toBe('app:a1b2c3:branch:main:build:*');
    expect(iamLike(pattern, 'app:a1b2c3:branch:main:build:11111111-2222-3333-4444-555555555555')).toBe(true);
    expect(iamLike(pattern, `app:ffffff:branch:main:build:${UUID}`)).toBe(false);
  });

  it('escapes *, ? and $ of the token in the parts it keeps', () => {
    const pattern = subOf(generate(claimsOf(`app:a1b2c3:tag:v*?$:build:${UUID}`)).policy);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: IAM's policy variables for literal *, ? and $
    expect(pattern).toBe('app:a1b2c3:tag:v${*}${?}${$}:build:*');
    expect(iamLike(pattern, 'app:a1b2c3:tag:v*?$:build:x')).toBe(true);
    expect(iamLike(pattern, 'app:a1b2c3:tag:vXY$:build:x')).toBe(false);
  });

  it('warns on a pattern that pins no app, or holds a placeholder; never calls a * pinned', () => {
    for (const subLike of ['app:*', '*:*', '?*', 'branch:main:*']) {
      const { notes } = generateTrustPolicy({ account: '123456789012', audience: 'sts.amazonaws.com', subLike });
      expect(notes.join('\n'), subLike).toMatch(/pins no app/);
    }
    const placeholder = generateTrustPolicy({
      account: '123456789012',
      audience: 'sts.amazonaws.com',
      subLike: 'app:<app slug>:*',
    });
    expect(placeholder.notes.join('\n')).toMatch(/placeholder/);
    const wild = generateTrustPolicy({
      account: '123456789012',
      audience: 'sts.amazonaws.com',
      subLike: 'app:a1b2c3:*',
      wanted: { app_slug: '*' },
    });
    expect(wild.notes.join('\n')).not.toMatch(/pinned sub contains/);
    const pinned = generateTrustPolicy({
      account: '123456789012',
      audience: 'sts.amazonaws.com',
      subLike: 'app:a1b2c3:*',
    });
    expect(pinned.notes).toEqual([]);
  });
});
