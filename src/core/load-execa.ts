/**
 * Loads execa. In the bundles of the step and the CLI this import is `require('./execa.cjs')`, the sibling file (the
 * chunk src/sdk/execa.ts, kept out of the step's own bundle by scripts/build.mjs); from the sources it is the package
 * itself. Loaded once.
 */
export type Execa = Pick<typeof import('execa'), 'execa'>;

let loading: Promise<Execa> | undefined;

export function loadExeca(): Promise<Execa> {
  loading ??= import('execa');
  return loading;
}
