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
  ['setup'],
  ['ecr', 'publish', 'diagnosis'],
  ['steps'],
  ['doctor'],
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

/**
 * Every relative module a source names, from its syntax tree: `import … from`, `import type`, `export … from`,
 * `import('…')` and `require('…')`, each as the path without its extension.
 */
function importsOfText(file: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node)) {
      const [arg] = node.arguments;
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isImport || isRequire) && arg && ts.isStringLiteralLike(arg)) found.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  return found
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => normalize(join(dirname(file), spec)).replace(/\.(c?js|ts)$/, ''));
}

const importsOf = (file: string) => importsOfText(file, readFileSync(file, 'utf8'));

/** The cycles of the import graph (each as a list of files), by depth-first search. */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('the layers of src/', () => {
  const sources = files(SRC).filter((f) => !OUTSIDE_LAYERS.has(unitOf(f)));

  it('every folder and top file has a layer', () => {
    expect(sources.map(unitOf).filter((unit) => layerOf(unit) < 0)).toEqual([]);
  });

  it('the import graph has no cycle: static, type-only, re-exports and import() alike', () => {
    const graph = new Map(
      sources.map((file) => [relative(SRC, file).replace(/\.ts$/, ''), importsOf(file).map((t) => relative(SRC, t))]),
    );
    expect(cyclesOf(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('reads import() and type-only imports: an upward import() in core/ is caught', () => {
    const file = join(SRC, 'core/example.ts');
    const text = "import type { A } from './log';\nexport async function f() { await import('../steps/step'); }\n";
    const found = importsOfText(file, text).map((t) => relative(SRC, t));
    expect(found).toEqual(['core/log', 'steps/step']);
    expect(found.filter((t) => layerOf(unitOf(`${join(SRC, t)}.ts`)) > layerOf('core'))).toEqual(['steps/step']);
    expect(
      cyclesOf(
        new Map([
          ['a', ['b']],
          ['b', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'a']]);
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
