/** Runs a step's step.sh as a real process, the way the Bitrise CLI does (bash, inputs as env vars, envman on PATH). */

import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { parse } from 'yaml';
import { type EnvmanCall, published, readEnvmanRecord } from './envman-record';
import { recordCapture } from './secrets';
import { findTool } from './tools';

/**
 * The real envman, behind the recording one: each call is recorded, then goes on to the real envman, and what the
 * tests read as published comes from the real envstore. Without it (outside CI only) the record alone is used.
 */
const REAL_ENVMAN = findTool('envman');
if (!REAL_ENVMAN && process.env.CI) throw new Error('envman missing in CI: set BITRISE_TOOLS_DIR');

/** What the real envstore holds: each key's last value, and whether envman marked it sensitive. */
function readEnvstore(path: string): Map<string, { value: string; sensitive: boolean }> {
  const store = new Map<string, { value: string; sensitive: boolean }>();
  if (!existsSync(path)) return store;
  const doc = parse(readFileSync(path, 'utf8')) as { envs?: Array<Record<string, unknown>> } | null;
  for (const entry of doc?.envs ?? []) {
    const { opts, ...rest } = entry as { opts?: { is_sensitive?: boolean } };
    for (const [key, value] of Object.entries(rest)) {
      store.set(key, { value: String(value ?? ''), sensitive: opts?.is_sensitive === true });
    }
  }
  return store;
}

/**
 * The published outputs: the record, checked against the real envstore when there is one (a difference means the
 * record and envman disagree, which the harness reports rather than hides).
 */
function publishedOutputs(calls: EnvmanCall[], envstore: string | undefined): Map<string, EnvmanCall> {
  const recorded = published(calls);
  if (envstore === undefined) return recorded;
  const store = readEnvstore(envstore);
  for (const [key, call] of recorded) {
    const real = store.get(key);
    if (real?.value !== call.value || real.sensitive !== call.sensitive) {
      throw new Error(`envman's envstore disagrees with the record for ${key}`);
    }
  }
  if (store.size !== recorded.size) throw new Error("envman's envstore holds keys the step did not add");
  return recorded;
}

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const ROOT = resolve(HERE, '../..');
export const AUTHENTICATE = join(ROOT, 'step.sh');
export const GET_IDENTITY_TOKEN = join(ROOT, 'variants/get-identity-token/step.sh');

const copies = new Map<string, string>();
/**
 * The Bitrise CLI runs a step from a copy of the step's own folder (BITRISE_STEP_SOURCE_DIR), so a step must not reach
 * outside it. Steps run from such a copy here too.
 */
function stepCopy(script: string): string {
  const folder = dirname(script);
  let copy = copies.get(folder);
  if (!copy) {
    copy = join(mkdtempSync(join(tmpdir(), 'step-src-')), 'step');
    cpSync(folder, copy, {
      recursive: true,
      filter: (src) => !/\/(node_modules|\.git|\.cache|test|src)$/.test(src),
    });
    copies.set(folder, copy);
  }
  return join(copy, basename(script));
}
const SUPPORT_BIN = join(HERE, 'bin');
const DOCKER_BIN = join(HERE, 'docker-bin');

/** A Node.js release installed by scripts/ensure-nodes.sh (absent until then), by the version it was asked for. */
export function cachedNode(version: string): string {
  const os = process.platform === 'darwin' ? 'darwin' : 'linux';
  const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
  return join(ROOT, '.cache/nodes', version, 'node_modules', `node-${os}-${arch}`, 'bin/node');
}

/** Node.js 22, one of the releases the end-to-end suite runs the steps with. */
export const NODE22 = cachedNode('22');

/** Releases too old for the steps, installed by scripts/ensure-nodes.sh. */
export const OLD_NODES = {
  node18: cachedNode('18'),
  node2011: cachedNode('20.11.1'),
};

/**
 * The node the steps run with: E2E_NODE when set (scripts/test.sh runs the suite with the minimum Node, then the
 * end-to-end tests with 22, 24 and 26 this way), else the node running the tests.
 */
export const STEP_NODE = process.env.E2E_NODE || process.execPath;

/** The major version of a node binary. */
export function nodeMajor(node: string): number {
  return Number(/^v(\d+)/.exec(execFileSync(node, ['--version'], { encoding: 'utf8' }))?.[1]);
}

export interface StepRun {
  code: number;
  /** The argv of every docker call, recorded by the wrapper (when `docker` was given). */
  dockerCalls: string[][];
  stdout: string;
  stderr: string;
  calls: EnvmanCall[];
  published: Map<string, EnvmanCall>;
  /** The TMPDIR the step ran with: it must be empty afterwards. */
  tmp: string;
  /** The HOME the step ran with. */
  home: string;
  /** What the real envstore holds after the step (undefined without the real envman). */
  envstore: Map<string, { value: string; sensitive: boolean }> | undefined;
  ms: number;
}

export interface RunOptions {
  /** The node binary to put first on PATH (default: the one running the tests). */
  node?: string;
  cwd?: string;
  envmanFailKey?: string;
  /** Leave envman off PATH. */
  noEnvman?: boolean;
  /** Folders to put first on PATH (a stand-in envman or docker of a test's own). */
  pathFirst?: string[];
  /** What the real envstore holds before the step (YAML, as envman writes it). */
  envstore?: string;
  /** Put the recording docker wrapper first on PATH, in front of the real docker CLI, with this DOCKER_CONFIG. */
  dockerConfig?: string;
  timeoutMs?: number;
  /** The signal sent at timeoutMs (default SIGTERM); step.sh execs node, so it reaches the step itself. */
  killSignal?: NodeJS.Signals;
}

function nodeDir(node: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'node-bin-'));
  symlinkSync(node, join(dir, 'node'));
  return dir;
}

export async function runStep(script: string, env: Record<string, string>, options: RunOptions = {}): Promise<StepRun> {
  const work = mkdtempSync(join(tmpdir(), 'step-run-'));
  const tmp = join(work, 'tmp');
  mkdirSync(tmp);
  const record = join(work, 'envman.record');
  const node = options.node ?? STEP_NODE;
  const dockerRecord = join(work, 'docker.record');
  const envstore = REAL_ENVMAN ? join(work, 'envstore.yml') : undefined;
  // The Bitrise CLI creates each step's envstore before the step; envman refuses to add to a missing one.
  if (envstore) writeFileSync(envstore, options.envstore ?? '');
  const path = [
    ...(options.pathFirst ?? []),
    ...(options.dockerConfig ? [DOCKER_BIN] : []),
    ...(options.noEnvman ? [] : [SUPPORT_BIN]),
    nodeDir(node),
    '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  ].join(':');
  const started = Date.now();
  const copy = stepCopy(script);
  const result = await execa('bash', [copy], {
    cwd: options.cwd ?? work,
    env: {
      PATH: path,
      HOME: work,
      TMPDIR: tmp,
      NO_COLOR: '1',
      BITRISE_STEP_SOURCE_DIR: dirname(copy),
      ENVMAN_RECORD: record,
      ...(envstore && REAL_ENVMAN ? { ENVMAN_REAL: REAL_ENVMAN, ENVMAN_ENVSTORE_PATH: envstore } : {}),
      ...(options.envmanFailKey ? { ENVMAN_FAIL_KEY: options.envmanFailKey } : {}),
      ...(options.dockerConfig
        ? { DOCKER_CONFIG: options.dockerConfig, DOCKER_RECORD: dockerRecord, DOCKER_REAL: realDocker() }
        : {}),
      ...env,
    },
    extendEnv: false,
    reject: false,
    stdin: 'ignore',
    timeout: options.timeoutMs ?? 60_000,
    ...(options.killSignal ? { killSignal: options.killSignal, forceKillAfterDelay: false } : {}),
  });
  const calls = readEnvmanRecord(record);
  const dockerCalls = existsSync(dockerRecord)
    ? readFileSync(dockerRecord, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('argv'))
        .map((line) =>
          line
            .split(' ')
            .slice(1)
            .map((a) => Buffer.from(a, 'base64').toString('utf8')),
        )
    : [];
  for (const argv of dockerCalls) recordCapture('docker argv', argv.join(' '));
  recordCapture(`${script} stdout`, result.stdout);
  recordCapture(`${script} stderr`, result.stderr);
  for (const call of calls) recordCapture(`envman argv (${call.key})`, call.argv.join(' '));
  return {
    code: result.exitCode ?? -1,
    dockerCalls,
    stdout: result.stdout,
    stderr: result.stderr,
    calls,
    published: publishedOutputs(calls, result.exitCode === 0 ? envstore : undefined),
    envstore: envstore ? readEnvstore(envstore) : undefined,
    tmp,
    home: work,
    ms: Date.now() - started,
  };
}

/** The real docker CLI, found on the machine's PATH. */
export function realDocker(): string {
  return execFileSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).trim();
}

export function isEmptyDir(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).length === 0;
}
