import { basename, join } from 'node:path';

/**
 * How to run this package's CLI: with the node that runs the step and the CLI bundle next to the step's own bundle
 * (dist/cli.cjs), or, outside a bundle, the installed command.
 */
export function cliCommand(): string[] {
  return typeof __dirname === 'string' && basename(__dirname) === 'dist'
    ? [process.execPath, join(__dirname, 'cli.cjs')]
    : ['authenticate-with-aws'];
}
