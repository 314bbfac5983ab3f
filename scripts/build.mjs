// Bundles one entry per step: CommonJS (ESM bundles break on the SDK's dynamic require), minified, for Node 20.
// The bundles are committed: Bitrise runs them without npm install. Each step folder is self-contained, because the
// Bitrise CLI copies only the step's own folder for a path:: step.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const bundles = [
  { entry: 'src/main.ts', out: 'dist/main.cjs' },
  // The CLI has its own bundle, so that yargs never slows the step's start.
  // yargs is ESM and reads import.meta.url, which a CommonJS bundle has to provide.
  {
    entry: 'src/cli/main.ts',
    out: 'dist/cli.cjs',
    banner: "#!/usr/bin/env node\nconst __import_meta_url = require('node:url').pathToFileURL(__filename).href;",
    define: { 'import.meta.url': '__import_meta_url', __PACKAGE_VERSION__: JSON.stringify(version) },
  },
  { entry: 'src/get-identity-token-main.ts', out: 'variants/get-identity-token/dist/main.cjs' },
];

for (const { entry, out, banner, define } of bundles) {
  const result = await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    ...(banner ? { banner: { js: banner } } : {}),
    ...(define ? { define } : {}),
    metafile: true,
    // The default credential chain is never used (see the stub); leave it and its nested clients out.
    // `debug` (in the proxy agents) would print proxy credentials under DEBUG=* and load supports-color from outside
    // the bundle at start-up; the bundles load nothing from outside themselves (a test checks every require).
    alias: {
      '@aws-sdk/credential-provider-node': './src/sdk/no-default-credentials.ts',
      debug: './src/sdk/no-debug.ts',
    },
    logLevel: 'warning',
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  console.log(`${out}: ${(bytes / 1024).toFixed(0)} KiB`);
}
