import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { StepError } from '../errors';
import type { Logger } from '../log';

export interface Output {
  key: string;
  value: string;
  sensitive: boolean;
}

/**
 * Publishes outputs for the following steps with `envman add`. Every value goes through a 0600 file in a 0700 temporary
 * folder (`--valuefile`), never through argv, and `--no-expand` keeps `$` in a value literal. The folder is removed
 * afterwards, also on failure. Calls are sequential: envman rewrites one envstore file.
 */
export async function publishWithEnvman(outputs: Output[], log: Logger, envman = 'envman'): Promise<void> {
  log.section('Publishing outputs');
  const dir = await mkdtemp(join(tmpdir(), 'authenticate-with-aws-'));
  try {
    for (const [i, output] of outputs.entries()) {
      const file = join(dir, String(i));
      await writeFile(file, output.value, { mode: 0o600, flag: 'wx' });
      const args = ['add', '--key', output.key, '--valuefile', file, '--no-expand'];
      if (output.sensitive) args.push('--sensitive');
      log.debug(`envman ${args.join(' ')}`);
      const result = await execa(envman, args, { reject: false, stdin: 'ignore', all: true, timeout: 30_000 });
      if (result.failed) throw envmanError(output.key, result);
      await rm(file);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  log.print('The following outputs are exported as environment variables:');
  for (const output of outputs) log.print(`- $${output.key}${output.sensitive ? ' (sensitive)' : ''}`);
}

interface Failed {
  code?: string | undefined;
  exitCode?: number | undefined;
  timedOut: boolean;
  all?: string | undefined;
}

/** Built from the key, exit status and envman's own output: never from the command line or the value. */
function envmanError(key: string, result: Failed): StepError {
  if (result.code === 'ENOENT') {
    return new StepError('envman was not found on PATH, so the outputs cannot be published.', {
      hint: 'envman comes with the Bitrise CLI; run this step with `bitrise run`, or install envman.',
    });
  }
  const how = result.timedOut ? 'timed out' : `exited with code ${result.exitCode ?? 'unknown'}`;
  const said = (result.all ?? '').trim().split('\n').slice(-5).join('\n');
  return new StepError(`envman could not publish ${key}: it ${how}${said ? `:\n${said}` : '.'}`, {
    hint: 'Check that ENVMAN_ENVSTORE_PATH points to a writable envstore (the Bitrise CLI sets it for each step).',
  });
}
