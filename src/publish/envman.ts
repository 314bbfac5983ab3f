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
 * Runs `envman add` once per output, in order, in one shell: starting one process from Node costs more than all the
 * envman calls together. Arguments come in threes (key, value file, sensitive flag). On the first failure the shell
 * names the key on stderr and exits with envman's code (127: envman is not on PATH).
 */
const ADD_ALL = `
while [ "$#" -ge 3 ]; do
  key="$1"; file="$2"; sensitive="$3"; shift 3
  if [ "$sensitive" = 1 ]; then
    envman add --key "$key" --valuefile "$file" --no-expand --sensitive
  else
    envman add --key "$key" --valuefile "$file" --no-expand
  fi
  code=$?
  if [ "$code" -ne 0 ]; then printf '\\n@failed-key %s\\n' "$key" >&2; exit "$code"; fi
done
`;

/**
 * Publishes outputs for the following steps with `envman add`. Every value goes through a 0600 file in a 0700 temporary
 * folder (`--valuefile`), never through argv, and `--no-expand` keeps `$` in a value literal. The folder is removed
 * afterwards, also on failure. The calls are sequential: envman rewrites one envstore file.
 */
export async function publishWithEnvman(outputs: Output[], log: Logger): Promise<void> {
  log.section('Publishing outputs');
  const dir = await mkdtemp(join(tmpdir(), 'authenticate-with-aws-'));
  try {
    const args: string[] = [];
    for (const [i, output] of outputs.entries()) {
      const file = join(dir, String(i));
      await writeFile(file, output.value, { mode: 0o600, flag: 'wx' });
      args.push(output.key, file, output.sensitive ? '1' : '0');
      log.debug(
        `envman add --key ${output.key} --valuefile ${file} --no-expand${output.sensitive ? ' --sensitive' : ''}`,
      );
    }
    const result = await execa('bash', ['-c', ADD_ALL, 'envman-add', ...args], {
      reject: false,
      stdin: 'ignore',
      all: true,
      timeout: 60_000,
    });
    if (result.failed) throw envmanError(result);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  log.print('The following outputs are exported as environment variables:');
  for (const output of outputs) log.print(`- $${output.key}${output.sensitive ? ' (sensitive)' : ''}`);
}

interface Failed {
  exitCode?: number | undefined;
  timedOut: boolean;
  all?: string | undefined;
}

/** Built from the key, exit status and envman's own output: never from a command line or a value. */
function envmanError(result: Failed): StepError {
  const output = (result.all ?? '').trim();
  const key = /@failed-key (\S+)/.exec(output)?.[1] ?? 'the outputs';
  const said = output
    .split('\n')
    .filter(
      (line) => line.trim() !== '' && !line.startsWith('@failed-key') && !/^envman-add: .*command not found/.test(line),
    )
    .slice(-5)
    .join('\n');
  if (result.exitCode === 127) {
    return new StepError('envman was not found on PATH, so the outputs cannot be published.', {
      hint: 'envman comes with the Bitrise CLI; run this step with `bitrise run`, or install envman.',
    });
  }
  const how = result.timedOut ? 'timed out' : `exited with code ${result.exitCode ?? 'unknown'}`;
  return new StepError(`envman could not publish ${key}: it ${how}${said ? `:\n${said}` : '.'}`, {
    hint: 'Check that ENVMAN_ENVSTORE_PATH points to a writable envstore (the Bitrise CLI sets it for each step).',
  });
}
