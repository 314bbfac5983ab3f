/**
 * The adds that run together (one envstore each, joined in order) leave, with the real envman, exactly the envstore
 * that one add after the other leaves: byte for byte, for values that YAML has to quote, fold or escape. The oracle is
 * envman itself, run by the test one add after the other; the publisher is not asked how it did it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Logger } from '../../src/core/log';
import { deadlineOf } from '../../src/net/retry';
import { type Output, publishWithEnvman } from '../../src/publish/envman';
import { findTool, have } from '../support/tools';

const enabled = have('the envman tests', 'bitrise');
const ENVMAN = findTool('envman') ?? 'envman';

const OUTPUTS: Output[] = [
  { key: 'AWS_ACCESS_KEY_ID', value: 'ASIAEXAMPLEEXAMPLE12', sensitive: true },
  { key: 'MULTI_LINE', value: 'first line\nsecond: line\n  indented\n', sensitive: true },
  { key: 'QUOTES', value: `it's "quoted" # not a comment`, sensitive: false },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal `${…}` is the point
  { key: 'DOLLARS', value: '$HOME ${PATH} $(id) `id`', sensitive: false },
  { key: 'EMPTY', value: '', sensitive: false },
  { key: 'SPACES', value: '  leading and trailing  ', sensitive: false },
  { key: 'UNICODE', value: 'zürich – 東京 – ✓', sensitive: false },
  { key: 'YAMLISH', value: '- [a, b]\n{c: d}\n? e\n&anchor *alias !tag | >', sensitive: true },
  { key: 'LONG', value: 'x'.repeat(20_000), sensitive: true },
];

/** What envman leaves when the test adds the outputs one after the other into a store that holds `initial`. */
function oneAfterTheOther(initial: string, outputs: Output[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'envman-oracle-'));
  const store = join(dir, 'envstore.yml');
  writeFileSync(store, initial);
  for (const [i, o] of outputs.entries()) {
    const file = join(dir, `value-${i}`);
    writeFileSync(file, o.value, { mode: 0o600 });
    const args = ['add', '--key', o.key, '--valuefile', file, '--no-expand', ...(o.sensitive ? ['--sensitive'] : [])];
    execFileSync(ENVMAN, args, { env: { PATH: process.env.PATH ?? '', ENVMAN_ENVSTORE_PATH: store } });
  }
  return readFileSync(store, 'utf8');
}

const saved = { PATH: process.env.PATH, ENVMAN_ENVSTORE_PATH: process.env.ENVMAN_ENVSTORE_PATH };
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/**
 * The publisher into a store that holds `initial`, with the real envman (or `envman`, another one) first on PATH; its
 * verbose lines too.
 */
async function publish(
  initial: string,
  outputs: Output[],
  envman = ENVMAN,
): Promise<{ text: string; lines: string[] }> {
  const store = join(mkdtempSync(join(tmpdir(), 'envstore-')), 'envstore.yml');
  writeFileSync(store, initial);
  process.env.PATH = `${dirname(envman)}:${saved.PATH ?? ''}`;
  process.env.ENVMAN_ENVSTORE_PATH = store;
  const lines: string[] = [];
  const log = new Logger({ sink: { write: (line: string) => lines.push(line) }, color: false });
  log.verbose = true;
  await publishWithEnvman(outputs, log, deadlineOf({ now: Date.now }, 60));
  return { text: readFileSync(store, 'utf8'), lines };
}

describe.skipIf(!enabled)('adds together, joined in order', () => {
  it.each([
    ['an empty envstore', ''],
    ["the Bitrise CLI's envstore before a step (envman init)", 'envs: []\n'],
  ])('into %s: the same envstore, byte for byte, as one add after the other', async (_label, initial) => {
    const { text, lines } = await publish(initial, OUTPUTS);
    expect(lines.join('')).toContain(`${OUTPUTS.length} adds together, one envstore each, joined in order`);
    expect(text).toBe(oneAfterTheOther(initial, OUTPUTS));
  });

  it('an envman that writes another form: one add after the other, never a joined text it did not write', async () => {
    // An envman of its own: it indents the list, which the publisher does not join.
    const bin = mkdtempSync(join(tmpdir(), 'other-envman-'));
    const other = join(bin, 'envman');
    writeFileSync(
      other,
      [
        '#!/usr/bin/env bash',
        'while [ $# -gt 0 ]; do case "$1" in --key) key=$2; shift;; --valuefile) file=$2; shift;; esac; shift; done',
        'IFS= read -r -d "" value < "$file"',
        '[ -s "$ENVMAN_ENVSTORE_PATH" ] || printf "envs:\\n" > "$ENVMAN_ENVSTORE_PATH"',
        'printf "  - %s: %s\\n" "$key" "$value" >> "$ENVMAN_ENVSTORE_PATH"',
      ].join('\n'),
      { mode: 0o700 },
    );
    const outputs = [
      { key: 'A', value: 'one', sensitive: false },
      { key: 'B', value: 'two', sensitive: true },
    ];
    const { text, lines } = await publish('', outputs, other);
    expect(lines.join('')).toContain('envman wrote its envstores in a form this step does not join');
    expect(text).toBe('envs:\n  - A: one\n  - B: two\n');
  });

  it('into an envstore with entries: one add after the other, the entries kept', async () => {
    const initial = oneAfterTheOther('', [{ key: 'EARLIER', value: 'from an earlier add', sensitive: false }]);
    const { text, lines } = await publish(initial, OUTPUTS);
    expect(lines.join('')).toContain('The envstore has entries: one add after the other.');
    expect(text).toBe(oneAfterTheOther(initial, OUTPUTS));
    expect(text).toContain('EARLIER: from an earlier add');
  });
});
