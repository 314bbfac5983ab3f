/**
 * Runs a workflow under the real Bitrise CLI, as a build machine does: `bitrise run` with a throw-away HOME (set up so
 * the CLI stays offline), the real envman and stepman from BITRISE_TOOLS_DIR, and `path::` steps. The steps are copied
 * the way they ship (step.sh, step.yml, dist/), and later steps are the Script fixture (script-step/), which runs bash
 * like Bitrise's Script step. Later steps report what they saw by writing files into $RESULTS.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execa } from 'execa';
import { stringify } from 'yaml';
import { ROOT, STEP_NODE } from './run-step';
import { recordCapture } from './secrets';
import { findTool } from './tools';

export const SCRIPT_STEP = join(import.meta.dirname, 'script-step');

/** A step of the workflow: ours by name, or the Script fixture with its bash `content`. */
export type WorkflowStep =
  | {
      step: 'authenticate' | 'get-identity-token';
      title?: string;
      inputs?: Record<string, string>;
      /** The step's `timeout:` in seconds: past it, the Bitrise CLI ends the step with SIGKILL. */
      timeout?: number;
    }
  | { script: string; title?: string; alwaysRun?: boolean };

export interface Build {
  code: number;
  /** The whole build log, as Bitrise shows it, without colours. */
  log: string;
  /** What the later steps wrote into $RESULTS, by file name. */
  results: Record<string, string>;
  home: string;
  /** The build's source folder (BITRISE_SOURCE_DIR), the working folder of every step. */
  source: string;
  /** The build's own folder: home, source, results. */
  work: string;
}

const STEP_FOLDERS = { authenticate: ROOT, 'get-identity-token': join(ROOT, 'variants/get-identity-token') };

/** A step folder as it ships: step.sh, step.yml and the committed bundle, nothing else. */
function shippedCopy(from: string, to: string): string {
  mkdirSync(to, { recursive: true });
  for (const name of ['step.sh', 'step.yml', 'dist']) cpSync(join(from, name), join(to, name), { recursive: true });
  return to;
}

/** The CLI's first run on a fresh HOME would fetch a Go toolchain; this marks the set-up as done, offline. */
function offlineHome(home: string): void {
  mkdirSync(join(home, '.bitrise'), { recursive: true });
  writeFileSync(
    join(home, '.bitrise/config.json'),
    JSON.stringify({
      setup_version: '2.34.6',
      last_cli_update_check: '2100-01-01T00:00:00Z',
      last_plugin_update_checks: null,
    }),
  );
}

function toolDirs(): string[] {
  const dirs = ['bitrise', 'envman', 'stepman'].map((tool) => {
    const path = findTool(tool);
    if (!path) throw new Error(`${tool} not found (set BITRISE_TOOLS_DIR)`);
    return dirname(path);
  });
  return [...new Set(dirs)];
}

/**
 * Runs the workflow `ci` made of `steps`. `env` is the build's environment (what Bitrise sets for every build); `files`
 * are put into the source folder first.
 */
export async function bitriseRun(
  steps: WorkflowStep[],
  env: Record<string, string>,
  files: Record<string, string> = {},
  /** Folders to put first on PATH (a stand-in envman of a test's own, in front of the real one). */
  pathFirst: string[] = [],
): Promise<Build> {
  const work = mkdtempSync(join(tmpdir(), 'bitrise-build-'));
  const home = join(work, 'home');
  const source = join(work, 'src');
  const results = join(work, 'results');
  for (const dir of [home, source, results]) mkdirSync(dir, { recursive: true });
  offlineHome(home);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(source, name), content);
  const copies = {
    authenticate: shippedCopy(STEP_FOLDERS.authenticate, join(work, 'steps/authenticate')),
    'get-identity-token': shippedCopy(STEP_FOLDERS['get-identity-token'], join(work, 'steps/get-identity-token')),
  };
  const nodeDir = join(work, 'node-bin');
  mkdirSync(nodeDir);
  symlinkSync(STEP_NODE, join(nodeDir, 'node'));
  const workflow = steps.map((s) =>
    'step' in s
      ? {
          [`path::${copies[s.step]}`]: {
            title: s.title ?? s.step,
            ...(s.timeout ? { timeout: s.timeout } : {}),
            inputs: Object.entries(s.inputs ?? {}).map(([k, v]) => ({ [k]: v })),
          },
        }
      : {
          [`path::${SCRIPT_STEP}`]: {
            title: s.title ?? 'Script',
            ...(s.alwaysRun ? { is_always_run: true } : {}),
            inputs: [{ content: s.script }],
          },
        },
  );
  writeFileSync(
    join(source, 'bitrise.yml'),
    stringify({
      format_version: '13',
      default_step_lib_source: 'https://github.com/bitrise-io/bitrise-steplib.git',
      workflows: { ci: { steps: workflow } },
    }),
  );
  const result = await execa(findTool('bitrise') ?? 'bitrise', ['run', 'ci', '--config', 'bitrise.yml'], {
    cwd: source,
    env: {
      // The machine's PATH after the tools and the step node, as on a build machine (python3, aws, docker, skopeo).
      PATH: [...pathFirst, ...toolDirs(), nodeDir, process.env.PATH ?? '/usr/bin:/bin'].join(':'),
      HOME: home,
      CI: 'true',
      BITRISE_OFFLINE_MODE: 'true',
      BITRISE_ANALYTICS_DISABLED: 'true',
      NO_COLOR: '1',
      RESULTS: results,
      LANG: 'C.UTF-8',
      ...env,
    },
    extendEnv: false,
    reject: false,
    stdin: 'ignore',
    all: true,
    timeout: 120_000,
  });
  recordCapture('bitrise run log', result.all ?? '');
  // The CLI colours its log whatever NO_COLOR says; the tests read it as text.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC
  const log = (result.all ?? '').replace(/\u001b\[[0-9;]*m/g, '');
  const found: Record<string, string> = {};
  for (const name of readdirSync(results)) found[name] = readFileSync(join(results, name), 'utf8');
  return { code: result.exitCode ?? -1, log, results: found, home, source, work };
}

/** The part of the log one step printed: from its title box to the next step's. */
export function stepLog(log: string, title: string): string {
  const start = log.indexOf(`| ${title}`);
  if (start < 0) return '';
  const next = log.indexOf('▼', start);
  return log.slice(start, next < 0 ? undefined : next);
}
