/**
 * What most test files share: the emulator started once per file, reset before each test and closed after the file;
 * and the AWS shared files in a fresh folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { Emulator, type EmulatorOptions } from '../../emulator/emulator';

/**
 * The file's emulator: started before its first test (then `setUp` adds roles, users…), reset before each test, closed
 * after the last. The value stands for the running emulator from the first test on.
 */
export function withEmulator(setUp?: (emu: Emulator) => void | Promise<void>, options: EmulatorOptions = {}): Emulator {
  let current: Emulator | undefined;
  beforeAll(async () => {
    current = await Emulator.start(options);
    await setUp?.(current);
  }, 60_000);
  afterAll(() => current?.close());
  beforeEach(() => current?.reset());
  return new Proxy({} as Emulator, {
    get(_, property) {
      if (!current) throw new Error('the emulator is used before it started (in beforeAll)');
      const value = Reflect.get(current, property, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}

/** `AWS_SHARED_CREDENTIALS_FILE` and `AWS_CONFIG_FILE` in a fresh folder, optionally with content already there. */
export function awsFiles(credentials?: string, config?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'aws-files-'));
  const files = { AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_CONFIG_FILE: join(dir, 'config') };
  if (credentials !== undefined) writeFileSync(files.AWS_SHARED_CREDENTIALS_FILE, credentials);
  if (config !== undefined) writeFileSync(files.AWS_CONFIG_FILE, config);
  return files;
}

/**
 * Settles once `condition` holds, or after `limitMs`: what an emulator's `holds` wait for, so that a test orders events
 * by what happened rather than by how long it took (polled: the emulator records, it does not signal).
 */
export async function until(condition: () => boolean, limitMs = 10_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!condition() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
}
