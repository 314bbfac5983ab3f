/**
 * The shape of src/, checked on its import graph and its syntax tree: no folder imports a layer above its own; the
 * exchange imports neither the trust-policy evaluator nor the tool home (a refusal is classified there, explained in
 * diagnosis/); no source file is over 250 lines and no function over 60.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-step';

const SRC = join(ROOT, 'src');

/** The layers, lowest first: a folder may import its own layer and those below. */
const LAYERS: readonly string[][] = [
  ['core'],
  ['sdk'],
  ['net'],
  ['config'],
  ['token'],
  ['exchange', 'trust-policy'],
  ['ecr', 'publish', 'diagnosis'],
  ['steps'],
  ['doctor', 'setup'],
  ['runner.ts'],
  ['cli'],
  ['main.ts', 'get-identity-token-main.ts', 'credential-process-main.ts'],
];
/** Declarations only (ambient module types), imported by nothing. */
const OUTSIDE_LAYERS = new Set(['modules.d.ts']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** The layer unit of a source file: its folder under src/, or its own name at the top. */
const unitOf = (file: string) => relative(SRC, file).split('/')[0] ?? '';
const layerOf = (unit: string) => LAYERS.findIndex((layer) => layer.includes(unit));

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => normalize(join(dirname(file), m[1] ?? '')));
}

describe('the layers of src/', () => {
  const sources = files(SRC).filter((f) => !OUTSIDE_LAYERS.has(unitOf(f)));

  it('every folder and top file has a layer', () => {
    expect(sources.map(unitOf).filter((unit) => layerOf(unit) < 0)).toEqual([]);
  });

  it('nothing imports a layer above its own', () => {
    const upward: string[] = [];
    for (const file of sources) {
      for (const target of importsOf(file)) {
        const [from, to] = [unitOf(file), unitOf(`${target}.ts`)];
        if (layerOf(to) > layerOf(from)) upward.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('the exchange imports neither trust-policy/ nor core/home', () => {
    const found = sources
      .filter((file) => unitOf(file) === 'exchange')
      .flatMap((file) => importsOf(file).map((target) => relative(SRC, target)))
      .filter((target) => target.startsWith('trust-policy/') || target === 'core/home');
    expect(found).toEqual([]);
  });
});

describe('the size of src/', () => {
  const sources = files(SRC);

  it('no file is over 250 lines', () => {
    const long = sources
      .map((file) => [relative(SRC, file), readFileSync(file, 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines > 250);
    expect(long).toEqual([]);
  });

  it('no function is over 60 lines', () => {
    const long: string[] = [];
    for (const file of sources) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
          const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (end - start + 1 > 60) long.push(`${relative(SRC, file)}:${start + 1} (${end - start + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });
});
