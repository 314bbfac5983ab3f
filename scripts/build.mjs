// Bundles the steps and the CLI: CommonJS, minified, for Node 20, from the packages' ESM builds where they have them
// (smaller: esbuild can leave out what is not imported). The bundles are committed: Bitrise runs them without npm
// install. Each step folder is self-contained, because the Bitrise CLI copies only the step's own folder.
//
// The AWS SDK is a chunk of its own (src/sdk/aws.ts → dist/aws.cjs): the step's bundle imports it on demand, as a
// sibling file, so that Node reads and starts it while the identity token request is in flight. The variant, which
// never calls AWS, has no chunk.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Code the steps never run, replaced by small stand-ins (see each file). */
const alias = {
  // The default credential chain: the steps pass credentials explicitly.
  '@aws-sdk/credential-provider-node': './src/sdk/no-default-credentials.ts',
  // `debug` (in the proxy agents) would print proxy credentials under DEBUG=* and load supports-color from outside
  // the bundle at start-up; the bundles load nothing from outside themselves (a test checks every require).
  debug: './src/sdk/no-debug.ts',
  // Negotiate proxy authentication would load the `kerberos` package from outside the bundle.
  'proxy-agent-negotiate': './src/sdk/no-negotiate.ts',
  // Browser user-agent parsing and event-stream codecs: browsers and streaming operations only.
  bowser: './src/sdk/no-bowser.ts',
  '@smithy/core/event-streams': './src/sdk/no-event-streams.ts',
};

/**
 * undici's HTTP/2 client, SOCKS5 agent and fetch body code, which the step never reaches (no-undici-extras.ts), and
 * its SIMD parser build, instead of which it loads its portable one (no-llhttp-simd.ts).
 */
const undiciExtras = {
  name: 'undici-extras',
  setup(b) {
    const stub = (name) => new URL(`../src/sdk/${name}`, import.meta.url).pathname;
    b.onResolve({ filter: /^(\.\/client-h2\.js|\.\/socks5-proxy-agent|\.\.\/web\/fetch\/body\.js)$/ }, (args) =>
      args.importer.includes('/node_modules/undici/lib/dispatcher/')
        ? { path: stub('no-undici-extras.ts') }
        : undefined,
    );
    b.onResolve({ filter: /^\.\.\/llhttp\/llhttp_simd-wasm\.js$/ }, (args) =>
      args.importer.includes('/node_modules/undici/lib/dispatcher/') ? { path: stub('no-llhttp-simd.ts') } : undefined,
    );
  },
};

/**
 * The AWS chunk stays out of the bundles that load it: src/sdk/load.ts becomes load-bundled.ts, which requires the
 * sibling file aws.cjs at run time.
 */
const awsChunk = {
  name: 'aws-chunk',
  setup(b) {
    const bundled = new URL('../src/sdk/load-bundled.ts', import.meta.url).pathname;
    b.onResolve({ filter: /\/sdk\/load$/ }, () => ({ path: bundled }));
    b.onResolve({ filter: /^\.\/aws\.cjs$/ }, () => ({ path: './aws.cjs', external: true }));
  },
};

/** Node 20.18 or newer, said in one line before anything else runs (step.sh starts no process to check it). */
const nodeCheck =
  "if(!(+process.versions.node.split('.')[0]>20||(+process.versions.node.split('.')[0]===20&&+process.versions.node.split('.')[1]>=18))){" +
  "process.stderr.write('\\x1b[31;1mThis step needs Node.js 20.18 or newer on PATH; found '+process.version+'. Current Bitrise stacks have it; elsewhere, install Node.js 20.18+.\\x1b[0m\\n');process.exit(1)}";

const bundles = [
  { entry: 'src/main.ts', out: 'dist/main.cjs', banner: nodeCheck, plugins: [awsChunk] },
  { entry: 'src/sdk/aws.ts', out: 'dist/aws.cjs' },
  // The CLI has its own bundle, so that yargs never slows the step; it shares the AWS chunk.
  // yargs is ESM and reads import.meta.url, which a CommonJS bundle has to provide.
  {
    entry: 'src/cli/main.ts',
    out: 'dist/cli.cjs',
    banner: "#!/usr/bin/env node\nconst __import_meta_url = require('node:url').pathToFileURL(__filename).href;",
    define: { 'import.meta.url': '__import_meta_url', __PACKAGE_VERSION__: JSON.stringify(version) },
    plugins: [awsChunk],
  },
  { entry: 'src/get-identity-token-main.ts', out: 'variants/get-identity-token/dist/main.cjs', banner: nodeCheck },
];

for (const { entry, out, banner, define, plugins } of bundles) {
  const result = await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    ...(banner ? { banner: { js: banner } } : {}),
    ...(define ? { define } : {}),
    plugins: [undiciExtras, ...(plugins ?? [])],
    metafile: true,
    alias,
    logLevel: 'warning',
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  // BUILD_META=1: what each bundle is made of, for size work (.cache/<bundle>.meta.json, esbuild's metafile format).
  if (process.env.BUILD_META) {
    mkdirSync('.cache', { recursive: true });
    writeFileSync(`.cache/${out.replace(/\//g, '_')}.meta.json`, JSON.stringify(result.metafile));
  }
  console.log(`${out}: ${(bytes / 1024).toFixed(0)} KiB`);
}
