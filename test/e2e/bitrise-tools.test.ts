/** The Bitrise tools' own checks: stepman audits both step.yml files as the steplib does; the CLI validates bitrise.yml. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-step';
import { findTool, have } from '../support/tools';

const enabled = have("the Bitrise tools' checks", 'bitrise');
const home = mkdtempSync(join(tmpdir(), 'bitrise-tools-home-'));
const run = (tool: string, args: string[]) =>
  execa(findTool(tool) ?? tool, args, {
    cwd: ROOT,
    env: { HOME: home, CI: 'true', BITRISE_OFFLINE_MODE: 'true', BITRISE_ANALYTICS_DISABLED: 'true' },
    reject: false,
    all: true,
  });

describe.skipIf(!enabled)("the Bitrise tools' checks", () => {
  it.each(['step.yml', 'variants/get-identity-token/step.yml'])('stepman audit --step-yml %s passes', async (file) => {
    const result = await run('stepman', ['audit', '--step-yml', file]);
    expect(result.exitCode, result.all).toBe(0);
    expect(result.all).toContain('Success audit');
  });

  it('bitrise validate passes bitrise.yml', async () => {
    const result = await run('bitrise', ['validate', '--config', 'bitrise.yml']);
    expect(result.exitCode, result.all).toBe(0);
    expect(result.all).toMatch(/Config is valid: \S*true/);
  });
});
