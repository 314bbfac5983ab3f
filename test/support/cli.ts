/** Runs the CLI bundle (dist/cli.cjs) as a process, and writes files for it to read. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { ROOT, STEP_NODE } from './run-step';
import { recordCapture } from './secrets';

/** Runs the CLI bundle. Its stdout is captured for the secret guard only where it must hold no secret. */
export async function cli(
  args: string[],
  options: { env?: Record<string, string>; input?: string; stdoutIsClean?: boolean } = {},
) {
  const result = await execa(STEP_NODE, [join(ROOT, 'dist/cli.cjs'), ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), NO_COLOR: '1', ...options.env },
    extendEnv: false,
    reject: false,
    ...(options.input === undefined ? {} : { input: options.input }),
  });
  recordCapture(`cli ${args[0]} stderr`, result.stderr);
  if (options.stdoutIsClean) recordCapture(`cli ${args[0]} stdout`, result.stdout);
  return result;
}

/** A file with this content in a fresh folder. */
export function file(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cli-')), name);
  writeFileSync(path, content);
  return path;
}
