/**
 * `npm run profile`: where the step's CPU time goes. Runs `bash step.sh` against the embedded emulator under Node's own
 * sampling profiler (`node --cpu-prof`, by a `node` first on PATH; Node 20 refuses it in NODE_OPTIONS), several times, and prints the mean self time per run: by
 * file (each bundle, Node's own modules, the garbage collector) and by function. The profiles stay in the folder it
 * names, for Chrome DevTools or any .cpuprofile viewer.
 *
 *   npm run profile                      # 10 runs, no latency
 *   npm run profile -- --runs 20 --latency 80 --docker-login
 *   npm run profile -- --tls --latency 80 --handshakes   # as the bench's J: TLS, each connection paying its handshakes
 *
 * The bundles are minified: a function is shown by its bundle, line and column, and by name where it kept one.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Emulator } from '../emulator/emulator';
import { setLatency } from '../emulator/http';
import { LocalRegistry } from '../emulator/registry';
import { AUTHENTICATE, runStep } from '../test/support/run-step';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  runs: number;
  /** Mean self time per run (ms), by file: a bundle's name, `node:<module>`, or `(garbage collector)`, `(program)`. */
  byFile: Map<string, number>;
  /** Mean self time per run (ms), by function: `name file:line:column`. */
  byFunction: Map<string, number>;
}

/** Where a frame's code lives: the file name of a bundle, `node:<module>` for Node's own, or V8's pseudo-frame. */
function fileOf(url: string, functionName: string): string {
  if (url === '') return `(${functionName.replace(/^\(|\)$/g, '') || 'native'})`;
  if (url.startsWith('node:')) return url;
  return basename(url);
}

/** The self time of every function and file, summed over the profiles in `dir` and divided by their number. */
export function summarise(dir: string): ProfileSummary {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id)?.callFrame;
      if (!frame || frame.functionName === '(idle)') return;
      const ms = (profile.timeDeltas[i] ?? 0) / 1000 / files.length;
      const where = fileOf(frame.url, frame.functionName);
      add(byFile, where, ms);
      const at = frame.url === '' ? '' : ` ${where}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      add(byFunction, `${frame.functionName || '(anonymous)'}${at}`, ms);
    });
  }
  return { runs: files.length, byFile, byFunction };
}

function table(map: Map<string, number>, rows: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([key, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${key}`)
    .join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '10' },
      latency: { type: 'string', default: '0' },
      'docker-login': { type: 'boolean', default: false },
      tls: { type: 'boolean', default: false },
      handshakes: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const latency = Number(values.latency);
  const emu = await Emulator.start({ tls: values.tls });
  const registry = values['docker-login'] ? await LocalRegistry.start() : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'step-profile-'));
  try {
    if (registry) {
      (await emu.startEcr()).serveRegistry('us-east-1', registry);
    }
    setLatency(latency, { handshakes: values.handshakes });
    const env = { ...emu.stepEnv(registry ? { docker_login: 'true' } : {}), ...emu.tlsEnv() };
    const profilingNode = mkdtempSync(join(tmpdir(), 'profiling-node-'));
    writeFileSync(
      join(profilingNode, 'node'),
      `#!/bin/sh\nexec '${process.execPath}' --cpu-prof --cpu-prof-dir='${dir}' "$@"\n`,
      { mode: 0o755 },
    );
    for (let i = 0; i < runs; i++) {
      const dockerConfig = registry ? mkdtempSync(join(tmpdir(), 'docker-')) : undefined;
      const run = await runStep(AUTHENTICATE, env, {
        pathFirst: [profilingNode],
        ...(dockerConfig ? { dockerConfig } : {}),
      });
      if (run.code !== 0) throw new Error(`the step failed (exit ${run.code}):\n${run.stdout}`);
    }
  } finally {
    setLatency(0);
    await registry?.close();
    await emu.close();
  }
  const summary = summarise(dir);
  const network = `${latency} ms latency${values.handshakes ? ' with handshakes' : ''}${values.tls ? ', TLS' : ''}`;
  console.log(`Self time per run, mean of ${summary.runs} runs at ${network} (idle left out).\n`);
  console.log(`By file:\n${table(summary.byFile, 12)}\n`);
  console.log(`By function:\n${table(summary.byFunction, 25)}\n`);
  console.log(`The profiles: ${dir}`);
}

if (process.argv[1] && basename(process.argv[1]) === 'profile.ts') await main();
