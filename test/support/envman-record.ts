/** Reads what the recording envman (test/support/bin/envman) saw. */
import { existsSync, readFileSync } from 'node:fs';

export interface EnvmanCall {
  argv: string[];
  key: string;
  /** The value read from --valuefile at call time, or from --value. */
  value: string;
  /** The valuefile's octal mode at call time ('-' when there was none). */
  mode: string;
  valuefile: string;
  sensitive: boolean;
  noExpand: boolean;
}

const b64 = (s: string) => Buffer.from(s, 'base64').toString('utf8');

export function readEnvmanRecord(path: string): EnvmanCall[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const fields = Object.fromEntries(
        line.split('\t').map((f) => {
          const i = f.indexOf(' ');
          return i < 0 ? [f, ''] : [f.slice(0, i), f.slice(i + 1)];
        }),
      ) as Record<string, string>;
      const argv = (fields.argv ?? '').split(' ').filter(Boolean).map(b64);
      const after = (flag: string) => {
        const i = argv.indexOf(flag);
        return i >= 0 ? argv[i + 1] : undefined;
      };
      return {
        argv,
        key: after('--key') ?? '',
        value: fields.value && fields.value !== '-' ? b64(fields.value) : (after('--value') ?? ''),
        mode: fields.mode ?? '-',
        valuefile: b64(fields.file ?? ''),
        sensitive: argv.includes('--sensitive'),
        noExpand: argv.includes('--no-expand'),
      };
    });
}

/** The last value published for each key. */
export function published(calls: EnvmanCall[]): Map<string, EnvmanCall> {
  return new Map(calls.map((c) => [c.key, c]));
}
