/**
 * What the committed bundles carry besides code: the third-party notices of every package in them, and the one check
 * of the minimum Node.js at the head of each bundle (the CLI's included).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_FILES } from '../../src/core/home';
import { ROOT } from '../support/run-step';

const { engines } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const MINIMUM = engines.node.replace('>=', '');

describe('third-party notices', () => {
  it.each([
    ['dist', ['@aws-sdk/client-sts@', '@aws-sdk/client-ecr@', 'undici@', 'execa@', 'yargs@', '@smithy/']],
    ['variants/get-identity-token/dist', ['undici@', 'execa@']],
  ])('%s/THIRD-PARTY-NOTICES.txt names the bundled packages with their licence texts', (folder, names) => {
    const text = readFileSync(join(ROOT, folder, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    expect(text).toContain('MIT License');
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain('Apache License');
  });
});

/** The sibling files a bundle requires at run time (`require("./x.cjs")`). */
const siblingsOf = (path: string) =>
  [...readFileSync(path, 'utf8').matchAll(/require\("\.\/([^"]+)"\)/g)].map((m) => m[1] ?? '');

describe('the chunks', () => {
  it.each(['dist', 'variants/get-identity-token/dist'])('every file a bundle in %s requires is beside it', (folder) => {
    for (const file of readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.cjs'))) {
      for (const sibling of siblingsOf(join(ROOT, folder, file))) {
        expect(existsSync(join(ROOT, folder, sibling)), `${file} requires ./${sibling}`).toBe(true);
      }
    }
  });

  it.each(['dist', 'variants/get-identity-token/dist'])(
    'no bundle in %s calls import(): a chunk, or a Node module the SDK loads late, is a require',
    (folder) => {
      // import() would start Node's ES module loader (about ten more of Node's own modules to compile) and, for a chunk,
      // scan the whole file for its exports first.
      for (const file of readdirSync(join(ROOT, folder)).filter((f) => f.endsWith('.cjs'))) {
        const text = readFileSync(join(ROOT, folder, file), 'utf8');
        expect(text.match(/.{0,40}[^\w$.]import\(.{0,40}/g), file).toBeNull();
      }
    },
  );

  it("the CLI a later step runs is copied whole: every file its bundles require is in the tool's home", () => {
    const needed = new Set<string>();
    const visit = (file: string) => {
      if (needed.has(file)) return;
      needed.add(file);
      for (const sibling of siblingsOf(join(ROOT, 'dist', file))) visit(sibling);
    };
    visit('credential-process.cjs');
    expect([...needed].sort()).toEqual([...CLI_FILES].sort());
  });
});

describe('the minimum Node.js', () => {
  it('is the same in engines, step.sh, step.yml and the README', () => {
    expect(MINIMUM).toMatch(/^\d+\.\d+\.\d+$/);
    for (const file of ['step.sh', 'step.yml', 'variants/get-identity-token/step.sh', 'README.md']) {
      expect(readFileSync(join(ROOT, file), 'utf8'), file).toContain(`Node.js ${MINIMUM}`);
    }
  });

  /** Runs a bundle with process.versions.node set to `version` (the check reads nothing else). */
  function runAs(bundle: string, version: string) {
    const script = `Object.defineProperty(process.versions,'node',{value:${JSON.stringify(version)}});process.argv=[process.argv[0],'x','--version'];require(${JSON.stringify(join(ROOT, bundle))})`;
    return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  }

  it.each([
    'dist/main.cjs',
    'dist/cli.cjs',
    'dist/credential-process.cjs',
    'variants/get-identity-token/dist/main.cjs',
  ])('%s refuses a release below the minimum in one line, before anything runs', (bundle) => {
    const [major, minor, patch] = MINIMUM.split('.').map(Number) as [number, number, number];
    for (const older of [`${major}.${minor}.${patch - 1}`, `${major}.${minor - 1}.9`, `${major - 2}.20.0`]) {
      const result = runAs(bundle, older);
      expect(result.status, older).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`This needs Node.js ${MINIMUM} or newer on PATH`);
      expect(result.stdout).toBe('');
    }
  });

  it('the CLI runs on the minimum itself', () => {
    expect(runAs('dist/cli.cjs', MINIMUM).stdout.trim()).toBe(
      execFileSync(process.execPath, [join(ROOT, 'dist/cli.cjs'), '--version'], { encoding: 'utf8' }).trim(),
    );
  });
});
