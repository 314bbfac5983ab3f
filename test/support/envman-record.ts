/** Reads what the recording envman (test/support/bin/envman) saw. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EnvmanCall {
  argv: string[];
  key: string;
  /** The value read from --valuefile (or a pipe) at call time, or from --value. */
  value: string;
  /** The valuefile's octal mode at call time ('-' when there was none). */
  mode: string;
  valuefile: string;
  sensitive: boolean;
  noExpand: boolean;
}

const read = (path: string, fallback: string) => (existsSync(path) ? readFileSync(path, 'utf8') : fallback);

export function readEnvmanRecord(path: string): EnvmanCall[] {
  const dir = `${path}.d`;
  if (!existsSync(dir)) return [];
  const calls = readdirSync(dir)
    .filter((name) => name.endsWith('.argv'))
    .map((name) => name.slice(0, -'.argv'.length))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return calls.map((call) => {
    const base = join(dir, call);
    const argv = read(`${base}.argv`, '').split('\0').slice(0, -1);
    const after = (flag: string) => {
      const i = argv.indexOf(flag);
      return i >= 0 ? argv[i + 1] : undefined;
    };
    return {
      argv,
      key: after('--key') ?? '',
      value: existsSync(`${base}.value`) ? read(`${base}.value`, '') : (after('--value') ?? ''),
      mode: read(`${base}.mode`, '-').trim(),
      valuefile: after('--valuefile') ?? '',
      sensitive: argv.includes('--sensitive'),
      noExpand: argv.includes('--no-expand'),
    };
  });
}

/** The last value published for each key. */
export function published(calls: EnvmanCall[]): Map<string, EnvmanCall> {
  return new Map(calls.map((c) => [c.key, c]));
}
