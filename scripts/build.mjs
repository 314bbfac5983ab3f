// Bundles src/main.ts into dist/main.js: CommonJS (ESM bundles break on the SDK's dynamic require), minified,
// for Node 20. The bundle is committed: Bitrise runs it without npm install.
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  banner: { js: '#!/usr/bin/env node' },
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`dist/main.js: ${(bytes / 1024).toFixed(0)} KiB`);
