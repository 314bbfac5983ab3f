/** Runs a step's step.sh as a real process, the way the Bitrise CLI does (bash, inputs as env vars, envman on PATH). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execa } from 'execa';
import { type EnvmanCall, published, readEnvmanRecord } from './envman-record';
import { recordCapture } from './secrets';

export const ROOT = resolve(__dirname, '../..');
export const AUTHENTICATE = join(ROOT, 'step.sh');
export const GET_IDENTITY_TOKEN = join(ROOT, 'variants/get-identity-token/step.sh');
const SUPPORT_BIN = join(__dirname, 'bin');

/** Node.js 22, installed by scripts/ensure-node22.sh from the npm package node@22 (absent until then). */
export const NODE22 = join(ROOT, '.cache/node22/node_modules/node/bin/node');

export interface StepRun {
  code: number;
  stdout: string;
  stderr: string;
  calls: EnvmanCall[];
  published: Map<string, EnvmanCall>;
  /** The TMPDIR the step ran with: it must be empty afterwards. */
  tmp: string;
  ms: number;
}

export interface RunOptions {
  /** The node binary to put first on PATH (default: the one running the tests). */
  node?: string;
  cwd?: string;
  envmanFailKey?: string;
  /** Leave envman off PATH. */
  noEnvman?: boolean;
  timeoutMs?: number;
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
  const node = options.node ?? process.execPath;
  const path = [
    ...(options.noEnvman ? [] : [SUPPORT_BIN]),
    nodeDir(node),
    '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  ].join(':');
  const started = Date.now();
  const result = await execa('bash', [script], {
    cwd: options.cwd ?? work,
    env: {
      PATH: path,
      HOME: work,
      TMPDIR: tmp,
      NO_COLOR: '1',
      ENVMAN_RECORD: record,
      ...(options.envmanFailKey ? { ENVMAN_FAIL_KEY: options.envmanFailKey } : {}),
      ...env,
    },
    extendEnv: false,
    reject: false,
    stdin: 'ignore',
    timeout: options.timeoutMs ?? 60_000,
  });
  const calls = readEnvmanRecord(record);
  recordCapture(`${script} stdout`, result.stdout);
  recordCapture(`${script} stderr`, result.stderr);
  for (const call of calls) recordCapture(`envman argv (${call.key})`, call.argv.join(' '));
  return {
    code: result.exitCode ?? -1,
    stdout: result.stdout,
    stderr: result.stderr,
    calls,
    published: published(calls),
    tmp,
    ms: Date.now() - started,
  };
}

export function isEmptyDir(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).length === 0;
}
