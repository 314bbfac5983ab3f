/** The Bitrise tools' own checks: stepman audits both step.yml files as the steplib does; the CLI validates bitrise.yml. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  /** The README's examples that are whole bitrise.yml files (a top-level `workflows:`), as users copy them. */
  const examples = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1] ?? '')
    .filter((yaml) => /^workflows:/m.test(yaml));

  it('the README has bitrise.yml examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((yaml, i) => [i + 1, yaml] as const))(
    'bitrise validate passes README example %i',
    async (_i, yaml) => {
      const file = join(mkdtempSync(join(tmpdir(), 'readme-example-')), 'bitrise.yml');
      writeFileSync(file, yaml);
      const result = await run('bitrise', ['validate', '--config', file]);
      expect(result.exitCode, result.all).toBe(0);
      expect(result.all).toMatch(/Config is valid: \S*true/);
    },
  );
});
