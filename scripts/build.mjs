// Bundles the steps and the CLI: CommonJS, minified, for Node 20, from the packages' ESM builds where they have them
// (smaller: esbuild can leave out what is not imported). The bundles are committed: Bitrise runs them without npm
// install. Each step folder is self-contained, because the Bitrise CLI copies only the step's own folder.
//
// The AWS SDK is a chunk of its own (src/sdk/aws.ts → dist/aws.cjs): the step's bundle imports it on demand, as a
// sibling file, so that Node reads and starts it while the identity token request is in flight. execa is one too
// (dist/execa.cjs), read once the STS request is on its way: the bundle that runs before the token request is sent
// holds neither. The ECR clients are a third (dist/aws-ecr.cjs), read by the AWS chunk only with docker_login. The
// variant, which never calls AWS, is one bundle.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
  // yargs' translator reads locale files from outside the bundle; the CLI speaks English only (no-y18n.ts).
  y18n: './src/sdk/no-y18n.ts',
  // yargs' search for a package.json upwards from the working directory (no-escalade.ts).
  'escalade/sync': './src/sdk/no-escalade.ts',
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
 * A chunk kept out of the bundles that load it: the dynamic `import(specifier)` in the loader module `src/<loader>.ts`
 * becomes the sibling file `file`. Bundles are built without dynamic import (`supported` below), so esbuild writes it
 * as `require('./<file>')`: a CommonJS chunk sent through `import()` would go through the ES module loader, which
 * first scans the whole chunk for its exports (about 20 ms). From the sources, the same import is the module itself.
 */
function chunk(name, loader, specifier, file) {
  const from = new URL(`../src/${loader}.ts`, import.meta.url).pathname;
  const escaped = specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    name,
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${escaped}$`) }, (args) =>
        args.kind === 'dynamic-import' && args.importer === from ? { path: `./${file}`, external: true } : undefined,
      );
    },
  };
}

/** The AWS chunk (the import in src/sdk/load.ts → aws.cjs), for the step and the CLI. */
const awsChunk = chunk('aws-chunk', 'sdk/load', './aws', 'aws.cjs');
/** The execa chunk (src/core/load-execa.ts → execa.cjs); the variant keeps execa inside its one bundle. */
const execaChunk = chunk('execa-chunk', 'core/load-execa', 'execa', 'execa.cjs');
/** The ECR clients (src/sdk/load-ecr.ts → aws-ecr.cjs), loaded by the AWS chunk when docker_login asks for them. */
const ecrChunk = chunk('ecr-chunk', 'sdk/load-ecr', './aws-ecr', 'aws-ecr.cjs');

/** The fast credential-process bundle loads the CLI bundle beside it at run time. */
const cliExternal = {
  name: 'cli-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/cli\.cjs$/ }, () => ({ path: './cli.cjs', external: true }));
  },
};

/**
 * The minimum Node.js, from package.json's engines (`>=20.18.1`), said in one line before anything else runs (step.sh
 * starts no process to check it); the same check heads every bundle, the CLI's included.
 */
const minimum = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(JSON.parse(readFileSync('package.json', 'utf8')).engines.node);
if (!minimum) throw new Error('package.json engines.node must be >=X.Y.Z');
const [, minMajor, minMinor, minPatch] = minimum;
const nodeCheck =
  `{const v=process.versions.node.split('.').map(Number),m=[${minMajor},${minMinor},${minPatch}];` +
  'if(v[0]<m[0]||v[0]===m[0]&&(v[1]<m[1]||v[1]===m[1]&&v[2]<m[2])){' +
  `process.stderr.write((process.stderr.isTTY?'\\x1b[31;1m':'')+'This needs Node.js ${minMajor}.${minMinor}.${minPatch} or newer on PATH; found '+process.version+'. Current Bitrise stacks have it; elsewhere, install Node.js ${minMajor}.${minMinor}.${minPatch}+.'+(process.stderr.isTTY?'\\x1b[0m':'')+'\\n');process.exit(1)}}`;

/** Each bundle's size budget in KiB: a stand-in that stops applying or a dependency that grows fails the build. */
const budgetKiB = {
  'dist/main.cjs': 300,
  'dist/aws.cjs': 170,
  'dist/aws-ecr.cjs': 290,
  'dist/execa.cjs': 130,
  'dist/cli.cjs': 430,
  'dist/credential-process.cjs': 16,
  'variants/get-identity-token/dist/main.cjs': 330,
};

/** Modules that must never be in a bundle: what the stand-ins replace, and what would load files from outside. */
const leftOut = [
  /node_modules\/undici\/lib\/dispatcher\/client-h2\.js$/,
  /node_modules\/undici\/lib\/dispatcher\/socks5/,
  /node_modules\/undici\/lib\/web\/fetch\/body\.js$/,
  /llhttp_simd/,
  /node_modules\/(bowser|debug|supports-color|kerberos)\//,
  /node_modules\/@aws-sdk\/credential-provider-node\//,
  /node_modules\/y18n\//,
];

/**
 * NODE_DEBUG (http, net, tls, undici…) makes Node print requests, headers included, so a session token or the build
 * API token, on stderr. Node reads it before any code runs, so every bundle first drops those lines — Node writes each
 * as one `SET <pid>: …` write to process.stderr — and says once that it does. step.sh and the launcher also unset it.
 */
const debugGuard =
  "if(process.env.NODE_DEBUG){const w=process.stderr.write.bind(process.stderr),p=new RegExp('^[A-Z0-9_]+ (\\x1b\\[[0-9;]*m)?'+process.pid+'(\\x1b\\[[0-9;]*m)?: ');" +
  "process.stderr.write=(c,...a)=>typeof c==='string'&&p.test(c)?true:w(c,...a);" +
  "w('NODE_DEBUG is set: Node\\'s own debug lines are not shown, since they would print secrets.\\n')}";

const bundles = [
  {
    entry: 'src/main.ts',
    out: 'dist/main.cjs',
    banner: `${nodeCheck}${debugGuard}`,
    plugins: [awsChunk, execaChunk],
  },
  { entry: 'src/sdk/aws.ts', out: 'dist/aws.cjs', plugins: [ecrChunk] },
  { entry: 'src/sdk/aws-ecr.ts', out: 'dist/aws-ecr.cjs' },
  { entry: 'src/sdk/execa.ts', out: 'dist/execa.cjs' },
  // The CLI has its own bundle, so that yargs never slows the step; it shares the AWS chunk.
  // yargs is ESM and reads import.meta.url, which a CommonJS bundle has to provide.
  {
    entry: 'src/cli/main.ts',
    out: 'dist/cli.cjs',
    banner: `#!/usr/bin/env node\n${nodeCheck}${debugGuard}\nconst __import_meta_url = require('node:url').pathToFileURL(__filename).href;`,
    define: { 'import.meta.url': '__import_meta_url' },
    plugins: [awsChunk, execaChunk],
  },
  // What credential_process runs: a fresh cache answered by node's own modules, anything else handed to cli.cjs.
  {
    entry: 'src/credential-process-main.ts',
    out: 'dist/credential-process.cjs',
    banner: `${nodeCheck}${debugGuard}`,
    plugins: [cliExternal],
  },
  {
    entry: 'src/get-identity-token-main.ts',
    out: 'variants/get-identity-token/dist/main.cjs',
    banner: `${nodeCheck}${debugGuard}`,
  },
];

/** The folder of the package a bundled file belongs to (the innermost node_modules/<name> or <@scope/name>). */
function packageDirOf(input) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return m ? m[1] : undefined;
}

/** The licence and notice files a package ships (LICENSE, LICENCE, COPYING, NOTICE, with any suffix). */
function licenceFiles(dir) {
  return readdirSync(dir)
    .filter((f) => /^(licen[cs]e|copying|notice)([.-].*)?$/i.test(f))
    .sort();
}

const packagesByFolder = new Map();
const usedInputs = new Set();
const problems = [];

for (const { entry, out, banner, define, plugins } of bundles) {
  const result = await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    // import() as require(): for the chunks (see chunk()) and for Node's own modules, which some SDK code imports
    // lazily (node:http for an http:// endpoint), so that no run starts the ES module loader.
    supported: { 'dynamic-import': false },
    format: 'cjs',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    ...(banner ? { banner: { js: banner } } : {}),
    define: { __PACKAGE_VERSION__: JSON.stringify(version), ...define },
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
  if (bytes / 1024 > budgetKiB[out])
    problems.push(`${out} is ${(bytes / 1024).toFixed(0)} KiB, over its budget of ${budgetKiB[out]} KiB`);
  const folder = dirname(out);
  const packages = packagesByFolder.get(folder) ?? new Set();
  for (const input of Object.keys(result.metafile.inputs)) {
    usedInputs.add(input);
    for (const pattern of leftOut)
      if (pattern.test(input)) problems.push(`${out} contains ${input}, which is meant to be left out`);
    const dir = packageDirOf(input);
    if (dir) packages.add(dir);
  }
  packagesByFolder.set(folder, packages);
}

// Every stand-in must have replaced something: one that no bundle uses means the code it stands in for was renamed.
for (const stub of readdirSync('src/sdk').filter((f) => f.startsWith('no-'))) {
  if (![...usedInputs].some((input) => input === `src/sdk/${stub}`)) {
    problems.push(`the stand-in src/sdk/${stub} is in no bundle: what it replaces was renamed or moved`);
  }
}

/**
 * THIRD-PARTY-NOTICES.txt beside the bundles of each folder the Bitrise CLI copies: this project's licence, then, for
 * every package a bundle there contains (from esbuild's metafile), its name, version, licence and licence files.
 */
for (const [folder, dirs] of packagesByFolder) {
  const sections = [];
  const seen = new Set();
  for (const dir of [...dirs].sort()) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const id = `${pkg.name}@${pkg.version}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const files = licenceFiles(dir);
    if (files.length === 0) {
      problems.push(`${id} (${dir}) is bundled into ${folder} but ships no licence file`);
      continue;
    }
    const texts = files.map((f) => readFileSync(join(dir, f), 'utf8').trim());
    sections.push(`${'-'.repeat(80)}\n${id} (${pkg.license ?? 'see below'})\n\n${texts.join('\n\n')}\n`);
  }
  const header =
    `Authenticate with AWS ${version}: the bundles in this folder contain the packages below, each under its licence.\n\n` +
    `${readFileSync('LICENSE', 'utf8').trim()}\n\n`;
  writeFileSync(join(folder, 'THIRD-PARTY-NOTICES.txt'), `${header}${sections.join('\n')}`);
  console.log(`${folder}/THIRD-PARTY-NOTICES.txt: ${seen.size} packages`);
}

if (problems.length > 0) {
  console.error(`The build is not right:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
