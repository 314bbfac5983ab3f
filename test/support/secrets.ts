/**
 * The suite-wide secret guard. Every secret an emulator mints is registered, and everything the suite captures
 * (step stdout and stderr, error messages, recorded child argv) is recorded. After the whole run, the global teardown
 * (test/global-setup.ts) fails the suite if any capture contains any secret. Files make it work across test workers.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function guardDir(): string | undefined {
  const dir = process.env.SECRET_GUARD_DIR;
  if (dir) mkdirSync(dir, { recursive: true });
  return dir;
}

export function registerSecret(value: string): string {
  const dir = guardDir();
  if (dir) appendFileSync(join(dir, `secrets-${process.pid}.jsonl`), `${JSON.stringify(value)}\n`);
  return value;
}

export function recordCapture(label: string, text: string): void {
  const dir = guardDir();
  if (dir && text !== '')
    appendFileSync(join(dir, `captured-${process.pid}.jsonl`), `${JSON.stringify({ label, text })}\n`);
}

export interface Leak {
  label: string;
  secretStart: string;
}

/** Every (capture, secret) pair where the capture holds the secret. Secrets shorter than 8 characters are not minted. */
export function findLeaks(secrets: Iterable<string>, captures: Iterable<{ label: string; text: string }>): Leak[] {
  const list = [...new Set(secrets)];
  const leaks: Leak[] = [];
  for (const { label, text } of captures) {
    for (const secret of list) {
      if (text.includes(secret)) leaks.push({ label, secretStart: `${secret.slice(0, 6)}…` });
    }
  }
  return leaks;
}

function readJsonLines<T>(dir: string, prefix: string): T[] {
  const out: T[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line !== '') out.push(JSON.parse(line) as T);
    }
  }
  return out;
}

export function readGuard(dir: string): { secrets: string[]; captures: Array<{ label: string; text: string }> } {
  return { secrets: readJsonLines<string>(dir, 'secrets-'), captures: readJsonLines(dir, 'captured-') };
}
