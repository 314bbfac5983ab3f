/**
 * The README's "Try it without AWS" block, run as written (bash, from the repository), with the Bitrise tools on PATH
 * and a throw-away HOME that keeps the Bitrise CLI offline. Its stdout holds credentials by design (`assume` prints
 * export lines, which the block evals), so only stderr is captured for the secret guard.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { ROOT, STEP_NODE } from '../support/run-step';
import { recordCapture } from '../support/secrets';
import { findTool, have } from '../support/tools';

const enabled = have('the README\'s "Try it without AWS" block', 'bitrise');

/** The block after the README's marker. */
function block(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const after = readme.slice(readme.indexOf('<!-- try-without-aws -->'));
  return /```sh\n([\s\S]*?)```/.exec(after)?.[1] ?? '';
}

describe.skipIf(!enabled)('the README: try it without AWS', () => {
  it('runs as written: token, trust-policy, doctor, setup, assume, bitrise run e2e', async () => {
    const script = block();
    expect(script).toContain('bitrise run e2e');
    const home = mkdtempSync(join(tmpdir(), 'try-home-'));
    mkdirSync(join(home, '.bitrise'));
    writeFileSync(
      join(home, '.bitrise/config.json'),
      '{"setup_version":"2.34.6","last_cli_update_check":"2100-01-01T00:00:00Z","last_plugin_update_checks":null}',
    );
    const tools = ['bitrise', 'envman', 'stepman'].map((t) => dirname(findTool(t) ?? t));
    const result = await execa('bash', ['-euo', 'pipefail', '-c', script], {
      cwd: ROOT,
      env: {
        PATH: [...new Set(tools), dirname(STEP_NODE), process.env.PATH ?? ''].join(':'),
        HOME: home,
        CI: 'true',
        BITRISE_OFFLINE_MODE: 'true',
        BITRISE_ANALYTICS_DISABLED: 'true',
        NO_COLOR: '1',
      },
      extendEnv: false,
      reject: false,
      stdin: 'ignore',
      timeout: 180_000,
    });
    recordCapture('README try-without-aws stderr', result.stderr);
    expect(result.exitCode, result.stderr.slice(-2000)).toBe(0);
    expect(result.stdout).toMatch(/ALLOWED/);
    expect(result.stdout).toContain('resource "aws_iam_role" "bitrise"');
    // `bitrise run e2e` ran offline: every step of bitrise.yml is a path:: step.
    expect(result.stdout).toContain('Bitrise build successful');
    expect(readFileSync(join(ROOT, 'bitrise.yml'), 'utf8')).not.toMatch(/script@|git::/);
    expect(result.stdout).toContain('arn:aws:sts::123456789012:assumed-role/bitrise-deploy/');
  }, 200_000);
});
