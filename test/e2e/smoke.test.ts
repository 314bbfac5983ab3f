/**
 * The smoke test `npm test` runs on the Node.js releases it does not run every test on (22 and 26): the happy path, a
 * refusal, the Get OIDC Identity Token variant, a refresh renewal, and the CLI's start. The whole suite runs on each
 * release with `npm run test:all`.
 */

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { AUTHENTICATE, GET_IDENTITY_TOKEN, runStep } from '../support/run-step';
import { recordCapture } from '../support/secrets';
import { stsError } from '../support/sts-answers';
import { withEmulator } from '../support/world';

const emu = withEmulator();

describe('smoke', () => {
  it('the happy path publishes what STS issued', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code, run.stdout).toBe(0);
    expect(run.published.get('AWS_SESSION_TOKEN')?.value).toBe(emu.sts.issued.at(-1)?.sessionToken);
  });

  it('a refusal exits 3 and publishes nothing', async () => {
    emu.sts.faults.push(stsError(403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'));
    const run = await runStep(AUTHENTICATE, emu.stepEnv());
    expect(run.code).toBe(3);
    expect(run.calls).toEqual([]);
  });

  it('the variant publishes the token', async () => {
    const run = await runStep(GET_IDENTITY_TOKEN, emu.stepEnv({ audience: 'sts.amazonaws.com' }));
    expect(run.code, run.stdout).toBe(0);
    expect(run.published.get('BITRISE_IDENTITY_TOKEN')?.value).toBe(emu.bitrise.minted.at(-1));
  });

  it('a refresh profile renews in a later step', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smoke-files-'));
    const files = { AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_CONFIG_FILE: join(dir, 'config') };
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ profile_name: 'smoke', refresh: 'true', ...files }));
    expect(run.code, run.stdout).toBe(0);
    const line = /credential_process = (.*)/.exec(readFileSync(files.AWS_CONFIG_FILE, 'utf8'))?.[1] ?? '';
    const result = await execa('/bin/sh', ['-c', `rm -rf "$HOME/.authenticate-with-aws/cache"; ${line}`], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: run.home,
        BITRISE_BUILD_URL: emu.bitrise.buildUrl,
        BITRISE_BUILD_API_TOKEN: emu.bitrise.apiToken,
      },
      extendEnv: false,
      reject: false,
    });
    recordCapture('smoke credential-process stderr', result.stderr);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).AccessKeyId).toBe(emu.sts.issued.at(-1)?.accessKeyId);
  });

  it('the CLI starts and says what it does', async () => {
    const result = await cli(['--help'], { stdoutIsClean: true });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('authenticate-with-aws <command>');
  });
});
