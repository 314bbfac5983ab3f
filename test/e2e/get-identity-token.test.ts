/** End to end: the Get OIDC Identity Token variant, and chaining it into Authenticate with AWS. */

import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHENTICATE, GET_IDENTITY_TOKEN, isEmptyDir, runStep } from '../support/run-step';
import { withEmulator } from '../support/world';

const emu = withEmulator();

/** The variant's environment: no role inputs, an audience of the caller's choice. */
function variantEnv(inputs: Record<string, string>): Record<string, string> {
  const { role_arn: _role, session_name: _session, ...env } = emu.stepEnv();
  return { ...env, ...inputs };
}

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('Get OIDC Identity Token', () => {
  it('publishes the exact token as a sensitive output, with its expiry, and never prints it', async () => {
    const run = await runStep(GET_IDENTITY_TOKEN, variantEnv({ audience: 'vault.example.com' }));
    expect(run.code, run.stdout).toBe(0);
    const token = emu.bitrise.minted.at(-1) ?? '';
    expect(JSON.parse(emu.bitrise.tokenRequests[0]?.body ?? '')).toEqual({ aud: 'vault.example.com' });
    const keys = ['BITRISE_IDENTITY_TOKEN', 'BITRISE_IDENTITY_TOKEN_EXPIRES_AT'];
    expect(run.calls.map((c) => c.key).sort()).toEqual(keys);
    if (run.envstore) expect([...run.envstore.keys()]).toEqual(keys);
    const published = run.published.get('BITRISE_IDENTITY_TOKEN');
    expect(published?.value).toBe(token);
    expect(published?.sensitive).toBe(true);
    expect(published?.noExpand).toBe(true);
    expect(published?.mode).toBe('600');
    const expiresAt = Date.parse(run.published.get('BITRISE_IDENTITY_TOKEN_EXPIRES_AT')?.value ?? '');
    expect(Math.abs(expiresAt - (Date.now() + emu.bitrise.expiresIn * 1000))).toBeLessThan(60_000);
    expect(run.stdout).not.toContain(token);
    expect(run.stdout).not.toContain('NodeVersionSupportWarning');
    expect(isEmptyDir(run.tmp)).toBe(true);
  });

  it('also writes the token to token_file with mode 0600, replacing an existing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'token-file-'));
    const file = join(dir, 'token.jwt');
    writeFileSync(file, 'old content that is longer than a token would ever be '.repeat(40));
    chmodSync(file, 0o644);
    const run = await runStep(GET_IDENTITY_TOKEN, variantEnv({ audience: 'sts.amazonaws.com', token_file: file }));
    expect(run.code, run.stdout).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(emu.bitrise.minted.at(-1));
    expect(mode(file)).toBe('600');
    expect(run.published.get('BITRISE_IDENTITY_TOKEN_FILE')?.value).toBe(file);
    expect(run.published.get('BITRISE_IDENTITY_TOKEN_FILE')?.sensitive).toBe(false);
  });

  it('resolves a relative token_file against the working directory', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'token-cwd-'));
    const run = await runStep(GET_IDENTITY_TOKEN, variantEnv({ audience: 'x', token_file: 'id.jwt' }), { cwd });
    expect(run.code, run.stdout).toBe(0);
    expect(run.published.get('BITRISE_IDENTITY_TOKEN_FILE')?.value).toBe(join(cwd, 'id.jwt'));
    expect(mode(join(cwd, 'id.jwt'))).toBe('600');
  });

  const refusals: Array<[string, Record<string, string>, string]> = [
    ['missing audience', { audience: '' }, 'audience'],
    [
      'token_file in a folder that does not exist',
      { audience: 'x', token_file: '/nonexistent/dir/token.jwt' },
      'token_file',
    ],
    ['token_file that is a folder', { audience: 'x', token_file: tmpdir() }, 'token_file'],
    ['empty build API token', { audience: 'x', build_api_token: '' }, 'build_api_token'],
    ['verbose not a boolean', { audience: 'x', verbose: 'TRUE' }, 'verbose'],
  ];
  it.each(refusals)('refuses %s before any call, publishing nothing', async (_name, inputs, key) => {
    const run = await runStep(GET_IDENTITY_TOKEN, variantEnv(inputs));
    expect(run.code, run.stdout).toBe(2);
    expect(run.stdout).toContain(`\`${key}\``);
    expect(emu.bitrise.requests).toEqual([]);
    expect(run.calls).toEqual([]);
  });

  it('fails outside Bitrise with a clear message', async () => {
    const run = await runStep(GET_IDENTITY_TOKEN, variantEnv({ audience: 'x', build_url: '' }));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Not running on Bitrise');
    expect(run.calls).toEqual([]);
  });
});

describe('chaining the variant into Authenticate with AWS', () => {
  it('uses web_identity_token_file and makes no second Bitrise API call', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'chain-')), 'token.jwt');
    const first = await runStep(GET_IDENTITY_TOKEN, variantEnv({ audience: 'sts.amazonaws.com', token_file: file }));
    expect(first.code, first.stdout).toBe(0);
    const second = await runStep(AUTHENTICATE, emu.stepEnv({ web_identity_token_file: file }));
    expect(second.code, second.stdout).toBe(0);
    expect(emu.bitrise.tokenRequests).toHaveLength(1);
    expect(emu.sts.calls[0]?.params.WebIdentityToken).toBe(emu.bitrise.minted.at(-1));
    expect(second.published.get('AWS_SESSION_TOKEN')?.value).toBe(emu.sts.issued.at(-1)?.sessionToken);
    expect(second.stdout).toContain(`Using the identity token from ${file}.`);
  });

  it('uses web_identity_token given as a value', async () => {
    const token = await emu.issuer.mint({ aud: 'sts.amazonaws.com', sub: 'app:x' });
    const run = await runStep(
      AUTHENTICATE,
      emu.stepEnv({ web_identity_token: token, build_url: '', build_api_token: '' }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(emu.bitrise.requests).toEqual([]);
    expect(emu.sts.calls[0]?.params.WebIdentityToken).toBe(token);
    expect(run.stdout).toContain('- web_identity_token: [REDACTED]');
  });

  it('refuses a missing or non-JWT token file before calling STS', async () => {
    const missing = await runStep(AUTHENTICATE, emu.stepEnv({ web_identity_token_file: '/nonexistent/token' }));
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('`web_identity_token_file` cannot be read: no file at /nonexistent/token');
    const file = join(mkdtempSync(join(tmpdir(), 'bad-token-')), 'token');
    writeFileSync(file, 'not a token\n');
    const bad = await runStep(AUTHENTICATE, emu.stepEnv({ web_identity_token_file: file }));
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('`web_identity_token_file` does not hold a JWT');
    expect(emu.sts.calls).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });
});
