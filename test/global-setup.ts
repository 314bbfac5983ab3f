/**
 * Runs once around the whole suite: sets up the secret guard, and after every test file has run, fails the suite if
 * any captured output, error message or recorded child argv contains any secret the emulators minted, or if a test
 * left something in the checkout's top folder (which end-to-end tests copy as the step's folder while others run).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findLeaks, readGuard } from './support/secrets';

const CHECKOUT = resolve(import.meta.dirname, '..');
/** What may appear there while the suite runs: caches and coverage. */
const MAY_APPEAR = new Set(['.cache', 'coverage', 'node_modules']);

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'secret-guard-'));
  process.env.SECRET_GUARD_DIR = dir;
  const before = new Set(readdirSync(CHECKOUT));
  return () => {
    const left = readdirSync(CHECKOUT).filter((name) => !before.has(name) && !MAY_APPEAR.has(name));
    if (left.length > 0) throw new Error(`A test left files in the checkout: ${left.join(', ')}.`);
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
