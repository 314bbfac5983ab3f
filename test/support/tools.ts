/**
 * The real tools some tests need (the Bitrise CLI, envman, stepman, docker-registry, skopeo, the AWS CLI, boto3). They
 * are looked up once: the Bitrise tools in BITRISE_TOOLS_DIR, then on PATH; the others on PATH. In CI a missing tool
 * fails the suite (a silent skip would hide a failure); elsewhere the tests that need it are skipped with one line that
 * says how to enable them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The folder of the Bitrise tools, from BITRISE_TOOLS_DIR (relative to the repository) when set. */
const TOOLS_DIR = process.env.BITRISE_TOOLS_DIR
  ? isAbsolute(process.env.BITRISE_TOOLS_DIR)
    ? process.env.BITRISE_TOOLS_DIR
    : resolve(ROOT, process.env.BITRISE_TOOLS_DIR)
  : undefined;

function onPath(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The absolute path of a tool, or undefined. Bitrise's own tools come from BITRISE_TOOLS_DIR first. */
export function findTool(name: string): string | undefined {
  if (TOOLS_DIR && existsSync(join(TOOLS_DIR, name))) return join(TOOLS_DIR, name);
  return onPath(name);
}

function hasBoto3(): boolean {
  try {
    execFileSync('python3', ['-c', 'import boto3'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What each group of tests needs, and how to get it. */
export const NEEDS = {
  bitrise: {
    tools: ['bitrise', 'envman', 'stepman', 'rsync'],
    how:
      "set BITRISE_TOOLS_DIR to a folder with bitrise, envman and stepman (on macOS, Homebrew's bitrise) and " +
      'install rsync',
  },
  registry: {
    tools: ['docker-registry', 'htpasswd', 'docker'],
    how: "install Debian's docker-registry and apache2-utils, and the docker CLI",
  },
  skopeo: { tools: ['skopeo'], how: "install Debian's skopeo" },
  awsClients: { tools: ['aws', 'python3', 'boto3'], how: 'install the AWS CLI and python3 with boto3' },
  moto: { tools: ['moto_server'], how: 'install moto\'s server into python3 (pip install "moto[server]")' },
} as const;

const missingCache = new Map<string, string[]>();

function missing(tools: readonly string[]): string[] {
  const key = tools.join(',');
  let found = missingCache.get(key);
  if (!found) {
    found = tools.filter((tool) => (tool === 'boto3' ? !hasBoto3() : findTool(tool) === undefined));
    missingCache.set(key, found);
  }
  return found;
}

/**
 * True when every tool of the groups is there. In CI a missing tool throws; elsewhere it prints one line and returns
 * false, for `describe.skipIf(!have(...))`.
 */
export function have(what: string, ...groups: Array<keyof typeof NEEDS>): boolean {
  const absent = groups.flatMap((g) => missing(NEEDS[g].tools));
  if (absent.length === 0) return true;
  const how = groups
    .filter((g) => missing(NEEDS[g].tools).length > 0)
    .map((g) => NEEDS[g].how)
    .join('; ');
  if (process.env.CI) throw new Error(`${what}: ${absent.join(', ')} missing in CI (${how}).`);
  console.log(`Skipping ${what}: ${absent.join(', ')} not found. To enable: ${how}.`);
  return false;
}

/**
 * A Node.js release of scripts/ensure-nodes.sh, when it is there. In CI a missing one throws; elsewhere it prints one
 * line that says how to get it, and the caller skips what needs it.
 */
export function haveNode(what: string, path: string, version: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI)
    throw new Error(`${what}: Node.js ${version} is missing at ${path} in CI (bash scripts/ensure-nodes.sh).`);
  console.log(`Skipping ${what}: Node.js ${version} not found. To enable: bash scripts/ensure-nodes.sh.`);
  return false;
}
