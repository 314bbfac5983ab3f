/**
 * `npm run bench`: starts the local emulator once, then measures, in alternating runs, on Node 20 (the machine's) and
 * on Node 22 (.cache/node22, from scripts/ensure-nodes.sh):
 *   A  bash step.sh end to end (token → STS → envman), the emulator answering at once
 *   B  node -e 0 (the floor: starting Node)
 *   C  the script way (curl + AWS CLI + jq + envman), when `aws` is installed (Node-independent: first round only)
 *   D  bash step.sh with docker_login against a local registry, when docker-registry is installed
 *   E  A against an emulator that answers each request after 80 ms, like a real network: E − A is how much of the
 *      step's own start-up the overlap with the network hides (without any overlap it would be 2 × 80 ms = 160 ms)
 *   F  the profile's credential_process line (refresh) answered from a fresh cache, as every AWS CLI call runs it
 *      (split into words and run without a shell, as botocore does): F / B is its cost over starting Node (target ≤ 1.3)
 *   G  the same line with the cache removed first: a renewal (a new token, the exchange, the cache written)
 *   H  one step with `role_arn` and three `roles` (four roles, one token, the exchanges together), 80 ms network
 *   I  what H replaces: four runs of the step, one role each (the README's way before `roles`), 80 ms network
 * and the network mode, against the emulator served over TLS, each answer held back 80 ms and each new connection
 * paying its TCP and TLS handshakes (two more round trips), as on the real HTTPS endpoints:
 *   J  bash step.sh (the six outputs)
 *   K  the floor (bench/floor.sh): the token request and the STS request in series, each on a new connection, with
 *      curl, then three `envman add` calls. What the network and publishing cost by themselves; J / K is the target
 *      (≤ 1.1: the step's own start-up hidden in the network's waits)
 *   L  J with export_identity_env (eight outputs)
 * envman is the real one (BITRISE_TOOLS_DIR or PATH; its envstore emptied before each run), else the recording
 * stand-in, as the results say. Each run reports its wall time, its CPU time (user + system, every process it started) and its peak RSS (the largest
 * process), measured by the kernel (getrusage of the children, through python3). It prints the medians and writes
 * them to bench/results.json. Every contender runs in a clean environment (no NODE_EXTRA_CA_CERTS, as on Bitrise
 * stacks), with the recording envman stand-in on PATH.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execa } from 'execa';
import { Emulator, ROLE_ARN } from '../emulator/emulator';
import { setLatency } from '../emulator/http';
import { LocalRegistry } from '../emulator/registry';
import { NODE22, ROOT } from '../test/support/run-step';
import { findTool } from '../test/support/tools';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const LATENCY_MS = 80;
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;

interface Sample {
  wall: number;
  cpu: number;
  rss: number;
  /** The step's phase marks (core/timing.ts): [name, ms since the process started]. */
  marks: Array<[string, number]>;
}

interface Contender {
  name: string;
  command: string[];
  env: Record<string, string>;
  /** Emulator latency while this contender runs. */
  latency: number;
  /** Whether each new connection also pays its handshakes (the network mode). */
  handshakes?: boolean;
  samples: Sample[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Runs the command under python3, which reports the command's wall time, CPU time and peak RSS. */
/**
 * CPU is the difference of the children's usage around the run: python3 may be a shim (pyenv's) whose own children,
 * run before it exec'd python, stay on the process's account.
 */
const MEASURE =
  'import json, resource, subprocess, sys, time\n' +
  'b = resource.getrusage(resource.RUSAGE_CHILDREN)\n' +
  't = time.perf_counter()\n' +
  'r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n' +
  'w = time.perf_counter() - t\n' +
  'u = resource.getrusage(resource.RUSAGE_CHILDREN)\n' +
  'if r.returncode: sys.stderr.write(r.stderr.decode()[-800:]); sys.exit(r.returncode)\n' +
  'marks = [json.loads(l[7:]) for l in r.stderr.decode().splitlines() if l.startswith("timing ")]\n' +
  'cpu = (u.ru_utime - b.ru_utime + u.ru_stime - b.ru_stime) * 1000\n' +
  'print(json.dumps([w * 1000, cpu, u.ru_maxrss / 1024, marks[0] if marks else []]))';

/** The emulator runs in this process, so the contenders run asynchronously (a blocking spawn would starve it). */
async function measure(c: Contender): Promise<Sample> {
  setLatency(c.latency, { handshakes: c.handshakes ?? false });
  // Every run starts from an empty envstore, as each step of a build does.
  if (c.env.ENVMAN_ENVSTORE_PATH) writeFileSync(c.env.ENVMAN_ENVSTORE_PATH, '');
  const result = await execa('python3', ['-c', MEASURE, ...c.command], { env: c.env, extendEnv: false, reject: false });
  if (result.exitCode !== 0) throw new Error(`${c.name} failed (${result.exitCode}): ${result.stderr}`);
  const [wall = 0, cpu = 0, rss = 0, marks = []] = JSON.parse(result.stdout) as [
    number,
    number,
    number,
    Array<[string, number]>,
  ];
  return { wall, cpu, rss, marks };
}

const kib = (path: string) => Math.round(statSync(join(ROOT, path)).size / 1024);

/** All the bundles (dist/ and variants/*\/dist/), tarred and gzipped, as they ship. */
function bundlesTarGzKiB(): number {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-tar-')), 'bundles.tgz');
  execFileSync('tar', ['czf', out, '-C', ROOT, 'dist', 'variants/get-identity-token/dist']);
  return Math.round(statSync(out).size / 1024);
}

/** The real envman, in a folder of its own to put first on PATH; undefined without it. */
const REAL_ENVMAN = findTool('envman');
const envmanBin = (() => {
  if (!REAL_ENVMAN) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'bench-envman-'));
  symlinkSync(REAL_ENVMAN, join(dir, 'envman'));
  return dir;
})();

async function round(
  node: string,
  emus: { plain: Emulator; tls: Emulator },
  registry: LocalRegistry | undefined,
  withC: boolean,
) {
  const emu = emus.plain;
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  const base: Record<string, string> = {
    PATH: `${envmanBin ?? join(ROOT, 'test/support/bin')}:${dirname(node)}:${process.env.PATH ?? ''}`,
    HOME: work,
    TMPDIR: work,
    NO_COLOR: '1',
    ...(envmanBin
      ? { ENVMAN_ENVSTORE_PATH: join(work, 'envstore.yml') }
      : { ENVMAN_RECORD: join(work, 'envman.record') }),
    ...emu.stepEnv(),
  };
  const step = ['bash', join(ROOT, 'step.sh')];
  const contenders: Contender[] = [
    {
      name: 'A step.sh',
      command: step,
      env: { ...base, AUTHENTICATE_WITH_AWS_TIMING: '1' },
      latency: 0,
      samples: [],
    },
    { name: 'B node -e 0', command: [node, '-e', '0'], env: base, latency: 0, samples: [] },
  ];
  if (withC) {
    contenders.push({
      name: 'C script way (aws CLI)',
      command: ['bash', join(ROOT, 'bench/script-way.sh')],
      env: base,
      latency: 0,
      samples: [],
    });
  }
  if (registry) {
    contenders.push({
      name: 'D step.sh + docker_login',
      command: step,
      env: { ...base, ...emu.stepEnv({ docker_login: 'true' }), DOCKER_CONFIG: mkdtempSync(join(tmpdir(), 'docker-')) },
      latency: 0,
      samples: [],
    });
  }
  contenders.push(...(await refreshContenders(base)));
  contenders.push({
    name: `E step.sh, ${LATENCY_MS} ms network`,
    command: step,
    env: base,
    latency: LATENCY_MS,
    samples: [],
  });
  contenders.push(...severalRoles(base, step));
  contenders.push(...networkMode(base, step, emus.tls));
  for (const c of contenders) await measure(c); // warm-up
  for (let i = 0; i < RUNS; i++) for (const c of contenders) c.samples.push(await measure(c));
  setLatency(0);
  const table = Object.fromEntries(
    contenders.map((c) => [
      c.name,
      {
        wall_ms: +median(c.samples.map((s) => s.wall)).toFixed(1),
        cpu_ms: +median(c.samples.map((s) => s.cpu)).toFixed(1),
        peak_rss_mib: +median(c.samples.map((s) => s.rss)).toFixed(1),
      },
    ]),
  );
  const wall = (prefix: string) => table[contenders.find((c) => c.name.startsWith(prefix))?.name ?? '']?.wall_ms;
  const a = wall('A') ?? 0;
  return {
    node: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim(),
    envman: envmanBin ? 'the real envman' : 'the recording stand-in (no real envman found)',
    phases_A_ms: phases(contenders[0]?.samples ?? []),
    phases_J_ms: phases(contenders.find((c) => c.name.startsWith('J'))?.samples ?? []),
    contenders: table,
    ratio_A_over_B: +(a / (wall('B') ?? 1)).toFixed(2),
    ratio_C_over_A: wall('C') === undefined ? null : +((wall('C') ?? 0) / a).toFixed(2),
    E_minus_A_ms: +((wall('E') ?? 0) - a).toFixed(1),
    ratio_F_over_B: +((wall('F') ?? 0) / (wall('B') ?? 1)).toFixed(2),
    ratio_H_over_I: +((wall('H') ?? 0) / (wall('I') ?? 1)).toFixed(2),
    ratio_J_over_floor_K: +((wall('J') ?? 0) / (wall('K') ?? 1)).toFixed(2),
    ratio_L_over_floor_K: +((wall('L') ?? 0) / (wall('K') ?? 1)).toFixed(2),
  };
}

/** J, K and L: the step and the floor on the network's timeline (TLS, 80 ms per answer, handshakes charged). */
function networkMode(base: Record<string, string>, step: string[], emu: Emulator): Contender[] {
  const work = mkdtempSync(join(tmpdir(), 'bench-network-'));
  const headers = join(work, 'headers');
  writeFileSync(headers, `Authorization: ${emu.bitrise.apiToken}\nBUILD_API_TOKEN: ${emu.bitrise.apiToken}\n`, {
    mode: 0o600,
  });
  const env = { ...base, ...emu.stepEnv(), ...emu.tlsEnv(), AUTHENTICATE_WITH_AWS_TIMING: '1' };
  const floor = {
    ...base,
    BITRISE_BUILD_URL: emu.bitrise.buildUrl,
    AWS_ENDPOINT_URL_STS: emu.sts.url,
    FLOOR_CA: emu.certificate?.ca ?? '',
    FLOOR_HEADERS: headers,
    FLOOR_ROLE_ARN: ROLE_ARN,
  };
  const network = { latency: LATENCY_MS, handshakes: true, samples: [] };
  return [
    { name: `J step.sh, TLS, ${LATENCY_MS} ms + handshakes`, command: step, env, ...network, samples: [] },
    {
      name: 'K the floor (curl, curl, 3 envman adds)',
      command: ['bash', join(ROOT, 'bench/floor.sh')],
      env: floor,
      ...network,
      samples: [],
    },
    {
      name: 'L J with export_identity_env',
      command: step,
      env: { ...env, export_identity_env: 'true' },
      ...network,
      samples: [],
    },
  ];
}

const MORE_ROLES = ['staging', 'production', 'audit'].map((name, i) => ({
  name,
  arn: `arn:aws:iam::${['123456789012', '210987654321', '123456789012'][i]}:role/${name}`,
}));

/** H and I: four roles in one step, against four runs of the step with one role each. */
function severalRoles(base: Record<string, string>, step: string[]): Contender[] {
  const home = mkdtempSync(join(tmpdir(), 'bench-roles-'));
  const env = { ...base, HOME: home };
  const roles = MORE_ROLES.map((r) => `${r.name}=${r.arn}`).join('\n');
  const one = (r: { name: string; arn: string }) =>
    `role_arn=${r.arn} profile_name=${r.name} export_env=false ${step.join(' ')}`;
  const four = [step.join(' '), ...MORE_ROLES.map(one)].join(' && ');
  return [
    { name: 'H one step, four roles, 80 ms', command: step, env: { ...env, roles }, latency: LATENCY_MS, samples: [] },
    { name: 'I four steps, one role each, 80 ms', command: ['sh', '-c', four], env, latency: LATENCY_MS, samples: [] },
  ];
}

/** The words of a credential_process line, single-quoted or bare (the bench's paths hold no quote of their own). */
function words(line: string): string[] {
  return (line.match(/'[^']*'|\S+/g) ?? []).map((w) => (w.startsWith("'") ? w.slice(1, -1) : w));
}

/** F and G: a profile with refresh written by the step once, then its credential_process line, cached and renewed. */
async function refreshContenders(base: Record<string, string>): Promise<Contender[]> {
  const home = mkdtempSync(join(tmpdir(), 'bench-refresh-'));
  const env = { ...base, HOME: home };
  const setUp = await execa('bash', [join(ROOT, 'step.sh')], {
    env: { ...env, profile_name: 'bench', refresh: 'true' },
    extendEnv: false,
    reject: false,
  });
  if (setUp.exitCode !== 0) throw new Error(`the profile for F and G failed: ${setUp.stdout}`);
  const line = /credential_process = (.*)/.exec(readFileSync(join(home, '.aws', 'config'), 'utf8'))?.[1] ?? '';
  const renew = `rm -f "$HOME"/.authenticate-with-aws/cache/*.json; ${line}`;
  return [
    // Run as botocore runs it: the line split into words (shlex), no shell.
    { name: 'F credential-process, cached', command: words(line), env, latency: 0, samples: [] },
    { name: 'G credential-process, renewal', command: ['sh', '-c', renew], env, latency: 0, samples: [] },
  ];
}

/**
 * A's (and J's) phases, medians over its runs: from the process start to each mark, the time since the previous mark;
 * the last row is from the last mark until the process was gone (the wall time, which also counts bash).
 */
function phases(samples: Sample[]): Record<string, number> {
  // Marks may come in another order from run to run (the token's answer and the SDK's warm-up race at no latency):
  // each run's phases are taken in its own order, by name, and the names are listed by their median time.
  const byName = new Map<string, { at: number[]; phase: number[] }>();
  for (const s of samples) {
    const sorted = [...s.marks].sort((x, y) => x[1] - y[1]);
    sorted.forEach(([name, at], i) => {
      const row = byName.get(name) ?? { at: [], phase: [] };
      row.at.push(at);
      row.phase.push(at - (i === 0 ? 0 : (sorted[i - 1]?.[1] ?? 0)));
      byName.set(name, row);
    });
  }
  const out: Record<string, number> = {};
  for (const [name, row] of [...byName].sort((x, y) => median(x[1].at) - median(y[1].at))) {
    out[name] = +median(row.phase).toFixed(1);
  }
  if (byName.size > 0) {
    out['end of work → process gone'] = +median(
      samples.map((s) => s.wall - Math.max(...s.marks.map(([, at]) => at))),
    ).toFixed(1);
  }
  return out;
}

function print(r: Awaited<ReturnType<typeof round>>): void {
  console.log(`\n${RUNS} alternating runs each, clean environment, ${r.node}, ${r.envman} (medians):\n`);
  console.log('| contender | wall | CPU | peak RSS |');
  console.log('|---|---|---|---|');
  for (const [name, x] of Object.entries(r.contenders)) {
    console.log(`| ${name} | ${x.wall_ms} ms | ${x.cpu_ms} ms | ${x.peak_rss_mib} MiB |`);
  }
  console.log(
    `\nA/B = ${r.ratio_A_over_B}   C/A = ${r.ratio_C_over_A ?? 'n/a'}   E − A = ${r.E_minus_A_ms} ms   F/B = ${r.ratio_F_over_B}   H/I = ${r.ratio_H_over_I}`,
  );
  console.log(`J / floor K = ${r.ratio_J_over_floor_K}   L / floor K = ${r.ratio_L_over_floor_K}`);
  for (const [label, phases] of [
    ['A', r.phases_A_ms],
    ['J', r.phases_J_ms],
  ] as const) {
    console.log(`\n${label}, phase by phase (medians; each from the mark before):\n`);
    console.log('| phase (up to the mark) | ms |');
    console.log('|---|---|');
    for (const [name, ms] of Object.entries(phases)) console.log(`| ${name} | ${ms} |`);
  }
}

async function main(): Promise<void> {
  const emu = await Emulator.start();
  const tls = await Emulator.start({ tls: true });
  for (const role of MORE_ROLES) emu.sts.addRole({ arn: role.arn });
  const registry = ['docker-registry', 'htpasswd', 'docker'].every(has) ? await LocalRegistry.start() : undefined;
  if (!registry) console.log('D: docker-registry is not installed; docker_login is not measured.');
  if (!has('aws')) console.log('C: the AWS CLI is not installed; the script way is not measured.');
  try {
    if (registry) {
      (await emu.startEcr()).serveRegistry('us-east-1', registry);
    }
    const rounds = [await round(process.execPath, { plain: emu, tls }, registry, has('aws'))];
    print(rounds[0] as Awaited<ReturnType<typeof round>>);
    if (existsSync(NODE22)) {
      rounds.push(await round(NODE22, { plain: emu, tls }, registry, false));
      print(rounds[1] as Awaited<ReturnType<typeof round>>);
    } else console.log('\nNode 22: not installed (scripts/ensure-nodes.sh); not measured.');
    const bundles = {
      'dist/main.cjs': kib('dist/main.cjs'),
      'dist/aws.cjs': kib('dist/aws.cjs'),
      'dist/cli.cjs': kib('dist/cli.cjs'),
      'variants/get-identity-token/dist/main.cjs': kib('variants/get-identity-token/dist/main.cjs'),
      'all bundles, tar.gz': bundlesTarGzKiB(),
    };
    console.log(
      `\nbundles (KiB): ${Object.entries(bundles)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    const results = { date: new Date().toISOString(), runs: RUNS, latency_ms: LATENCY_MS, rounds, bundle_kib: bundles };
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('\nwritten to bench/results.json');
  } finally {
    await registry?.close();
    await Promise.all([emu.close(), tls.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
