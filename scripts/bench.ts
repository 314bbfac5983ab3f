/**
 * `npm run bench`: starts the local emulator once, then measures, alternating runs, each contender's wall time:
 *   A  bash step.sh end to end (token → STS → envman)
 *   B  node -e 0 (the floor: starting Node)
 *   C  the script way (curl + AWS CLI + jq + envman), when `aws` is installed
 *   D  bash step.sh with docker_login against a local registry, when docker-registry is installed
 * It prints median and spread, the ratios A/B and C/A, the peak RSS of A and the bundle sizes, and writes them to
 * bench/results.json. Every contender runs in a clean environment (no NODE_EXTRA_CA_CERTS, as on Bitrise stacks),
 * with the recording envman stand-in on PATH.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { Emulator } from '../emulator/emulator';
import { LocalRegistry } from '../emulator/registry';
import { ROOT } from '../test/support/run-step';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;

interface Contender {
  name: string;
  command: string[];
  env: Record<string, string>;
  times: number[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))] ?? 0;
}

/** The emulator runs in this process, so the contenders run asynchronously (a blocking spawn would starve it). */
async function run(c: Contender): Promise<number> {
  const started = process.hrtime.bigint();
  const result = await execa(c.command[0] ?? '', c.command.slice(1), {
    env: c.env,
    extendEnv: false,
    reject: false,
    all: true,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.exitCode !== 0)
    throw new Error(`${c.name} failed (${result.exitCode}): ${String(result.all).slice(-800)}`);
  return ms;
}

/** Peak RSS in MiB of the largest process a command starts (getrusage of the children, through python3). */
async function peakRssMiB(command: string[], env: Record<string, string>): Promise<number> {
  const script =
    'import resource,subprocess,sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); ' +
    'print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)';
  const { stdout } = await execa('python3', ['-c', script, ...command], { env, extendEnv: false });
  return Number(stdout.trim()) / 1024;
}

async function main(): Promise<void> {
  const emu = await Emulator.start();
  const registry = ['docker-registry', 'htpasswd', 'docker'].every(has) ? await LocalRegistry.start() : undefined;
  try {
    const work = mkdtempSync(join(tmpdir(), 'bench-'));
    const base: Record<string, string> = {
      PATH: `${join(ROOT, 'test/support/bin')}:${process.env.PATH ?? ''}`,
      HOME: work,
      TMPDIR: work,
      NO_COLOR: '1',
      ENVMAN_RECORD: join(work, 'envman.record'),
      ...emu.stepEnv(),
    };
    const contenders: Contender[] = [
      { name: 'A step.sh', command: ['bash', join(ROOT, 'step.sh')], env: base, times: [] },
      { name: 'B node -e 0', command: ['node', '-e', '0'], env: base, times: [] },
    ];
    if (has('aws')) {
      contenders.push({
        name: 'C script way (aws CLI)',
        command: ['bash', join(ROOT, 'bench/script-way.sh')],
        env: base,
        times: [],
      });
    } else {
      console.log('C: the AWS CLI is not installed; the script way is not measured.');
    }
    if (registry) {
      const ecr = await emu.startEcr();
      ecr.regions.set('us-east-1', {
        htpasswd: registry.htpasswd,
        endpoints: { '123456789012': `http://127.0.0.1:${registry.port}` },
      });
      contenders.push({
        name: 'D step.sh + docker_login',
        command: ['bash', join(ROOT, 'step.sh')],
        env: {
          ...base,
          ...emu.stepEnv({ docker_login: 'true' }),
          DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'docker-')),
        },
        times: [],
      });
    } else {
      console.log('D: docker-registry is not installed; docker_login is not measured.');
    }
    for (const c of contenders) await run(c); // warm-up
    for (let i = 0; i < RUNS; i++) for (const c of contenders) c.times.push(await run(c));

    const byName = (prefix: string) => contenders.find((c) => c.name.startsWith(prefix));
    const a = median(byName('A')?.times ?? []);
    const b = median(byName('B')?.times ?? []);
    const cTimes = byName('C')?.times;
    const c = cTimes ? median(cTimes) : undefined;
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      runs: RUNS,
      contenders: Object.fromEntries(
        contenders.map((x) => [
          x.name,
          {
            median_ms: +median(x.times).toFixed(1),
            p10_ms: +quantile(x.times, 0.1).toFixed(1),
            p90_ms: +quantile(x.times, 0.9).toFixed(1),
          },
        ]),
      ),
      ratio_A_over_B: +(a / b).toFixed(2),
      ratio_C_over_A: c === undefined ? null : +(c / a).toFixed(2),
      peak_rss_A_mib: +(await peakRssMiB(['bash', join(ROOT, 'step.sh')], base)).toFixed(1),
      bundle_kib: {
        'dist/main.cjs': +(statSync(join(ROOT, 'dist/main.cjs')).size / 1024).toFixed(0),
        'variants/get-identity-token/dist/main.cjs': +(
          statSync(join(ROOT, 'variants/get-identity-token/dist/main.cjs')).size / 1024
        ).toFixed(0),
      },
    };
    console.log(`\n${RUNS} alternating runs each, clean environment, ${process.version}:\n`);
    console.log('| contender | median | p10 | p90 |');
    console.log('|---|---|---|---|');
    for (const [name, r] of Object.entries(results.contenders)) {
      console.log(`| ${name} | ${r.median_ms} ms | ${r.p10_ms} ms | ${r.p90_ms} ms |`);
    }
    console.log(`\nA/B = ${results.ratio_A_over_B}   C/A = ${results.ratio_C_over_A ?? 'n/a'}`);
    console.log(`peak RSS of A: ${results.peak_rss_A_mib} MiB`);
    console.log(
      `bundles: ${Object.entries(results.bundle_kib)
        .map(([k, v]) => `${k} ${v} KiB`)
        .join(', ')}`,
    );
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nwritten to bench/results.json');
  } finally {
    await registry?.close();
    await emu.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
