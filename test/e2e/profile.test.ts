/**
 * The step under Node's own sampling profiler (`node --cpu-prof`, as `npm run profile` runs it): it runs to the end,
 * rather than being ended by the profiler's first SIGPROF, and the profile shows where its time went.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { summarise } from '../../scripts/profile';
import { AUTHENTICATE, runStep, STEP_NODE } from '../support/run-step';
import { withEmulator } from '../support/world';

const emu = withEmulator();

it('runs to the end under node --cpu-prof, and the profile has the bundles in it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'step-profile-'));
  const bin = mkdtempSync(join(tmpdir(), 'profiling-node-'));
  writeFileSync(join(bin, 'node'), `#!/bin/sh\nexec '${STEP_NODE}' --cpu-prof --cpu-prof-dir='${dir}' "$@"\n`);
  chmodSync(join(bin, 'node'), 0o755);
  const run = await runStep(AUTHENTICATE, emu.stepEnv(), { pathFirst: [bin] });
  expect(run.code, run.stdout).toBe(0);
  expect(run.published.get('AWS_ACCESS_KEY_ID')?.value).toMatch(/^ASIA/);
  const summary = summarise(dir);
  expect(summary.runs).toBe(1);
  for (const bundle of ['main.cjs', 'aws.cjs', 'execa.cjs']) expect(summary.byFile.get(bundle)).toBeGreaterThan(0);
});
