/**
 * The README's input and output tables, made from the step.yml files (the single source). `npm run docs` rewrites the
 * tables between their markers in README.md; a test (unit/step-yml) fails when the README and step.yml disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { AUTHENTICATE_INPUTS } from '../src/config/table';

interface Entry {
  [key: string]: unknown;
  opts: { summary?: string; is_sensitive?: boolean; category?: string };
}

const ROOT = join(import.meta.dirname, '..');
const keyOf = (e: Entry) => Object.keys(e).find((k) => k !== 'opts') ?? '';
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function load(file: string): { inputs: Entry[]; outputs: Entry[] } {
  return parse(readFileSync(join(ROOT, file), 'utf8')) as { inputs: Entry[]; outputs: Entry[] };
}

export function inputsTable(file: string): string {
  const rows = load(file).inputs.map((e) => {
    const value = e[keyOf(e)];
    const fallback = value === null || value === undefined || value === '' ? '' : `\`${String(value)}\``;
    const flags = e.opts.is_sensitive ? ' (sensitive)' : '';
    return `| \`${keyOf(e)}\` | ${fallback} | ${e.opts.category ?? ''} | ${cell(e.opts.summary ?? '')}${flags} |`;
  });
  return ['| Input | Default | Group | Meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function outputsTable(file: string): string {
  const rows = load(file).outputs.map(
    (e) => `| \`${keyOf(e)}\` | ${e.opts.is_sensitive ? 'yes' : 'no'} | ${cell(e.opts.summary ?? '')} |`,
  );
  return ['| Output | Sensitive | Value |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Whether each input travels to a refresh renewal, from the input table's `travels` column. */
export function renewalTable(): string {
  const rows = AUTHENTICATE_INPUTS.map(
    (spec) => `| \`${spec.key}\` | ${spec.travels === true ? 'yes' : `no: ${cell(spec.travels)}`} |`,
  );
  return ['| Input | Travels |', '| --- | --- |', ...rows].join('\n');
}

/** The README's tables: `<!-- inputs: FILE -->` … `<!-- end -->`, and the same for outputs. */
export const TABLES: Array<{ marker: string; render: () => string }> = [
  { marker: 'inputs: step.yml', render: () => inputsTable('step.yml') },
  { marker: 'outputs: step.yml', render: () => outputsTable('step.yml') },
  {
    marker: 'inputs: variants/get-identity-token/step.yml',
    render: () => inputsTable('variants/get-identity-token/step.yml'),
  },
  { marker: 'renewal: src/config/table.ts', render: renewalTable },
  {
    marker: 'outputs: variants/get-identity-token/step.yml',
    render: () => outputsTable('variants/get-identity-token/step.yml'),
  },
];

/** The README with every table rendered anew. */
export function renderReadme(readme: string): string {
  let out = readme;
  for (const { marker, render } of TABLES) {
    const start = `<!-- ${marker} -->`;
    const i = out.indexOf(start);
    const j = out.indexOf('<!-- end -->', i);
    if (i < 0 || j < 0) throw new Error(`README.md has no ${start} … <!-- end --> block`);
    out = `${out.slice(0, i + start.length)}\n${render()}\n${out.slice(j)}`;
  }
  return out;
}

if (process.argv[1]?.endsWith('step-tables.ts')) {
  const path = join(ROOT, 'README.md');
  writeFileSync(path, renderReadme(readFileSync(path, 'utf8')));
  console.log('README.md tables rewritten from step.yml.');
}
