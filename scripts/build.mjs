// Bundles one entry per step: CommonJS (ESM bundles break on the SDK's dynamic require), minified, for Node 20.
// The bundles are committed: Bitrise runs them without npm install. Each step folder is self-contained, because the
// Bitrise CLI copies only the step's own folder for a path:: step.
import { build } from 'esbuild';

const bundles = [
  { entry: 'src/main.ts', out: 'dist/main.cjs' },
  { entry: 'src/get-identity-token-main.ts', out: 'variants/get-identity-token/dist/main.cjs' },
];

for (const { entry, out } of bundles) {
  const result = await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    metafile: true,
    // The default credential chain is never used (see the stub); leave it and its nested clients out.
    alias: { '@aws-sdk/credential-provider-node': './src/sdk/no-default-credentials.ts' },
    logLevel: 'warning',
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  console.log(`${out}: ${(bytes / 1024).toFixed(0)} KiB`);
}
