/**
 * Stands in for `escalade/sync`, with which yargs looks for a package.json upwards from the working directory (to guess
 * a version the CLI sets itself, and for `pkgConf`, which it does not use). The CLI reads no file it did not ship: a
 * package.json of the build's repository is none of its business. Finding nothing, yargs goes on with no package data.
 */
export default function escalade(): undefined {
  return undefined;
}
