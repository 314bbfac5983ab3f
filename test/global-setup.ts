/**
 * Runs once around the whole suite: sets up the secret guard, and after every test file has run, fails the suite if
 * any captured output, error message or recorded child argv contains any secret the emulators minted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findLeaks, readGuard } from './support/secrets';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'secret-guard-'));
  process.env.SECRET_GUARD_DIR = dir;
  return () => {
    const { secrets, captures } = readGuard(dir);
    rmSync(dir, { recursive: true, force: true });
    // The full suite (scripts/test.sh) sets SECRET_GUARD_REQUIRED, so the guard cannot pass by having seen nothing.
    if (process.env.SECRET_GUARD_REQUIRED && (secrets.length === 0 || captures.length === 0)) {
      throw new Error(`Secret guard: nothing to check (${secrets.length} secrets, ${captures.length} captures).`);
    }
    const leaks = findLeaks(secrets, captures);
    if (leaks.length > 0) {
      throw new Error(
        `Secret guard: ${leaks.length} leak(s):\n${leaks.map((l) => `- ${l.secretStart} in ${l.label}`).join('\n')}`,
      );
    }
    console.log(
      `Secret guard: ${secrets.length} secrets checked against ${captures.length} captured outputs, no leak.`,
    );
  };
}
