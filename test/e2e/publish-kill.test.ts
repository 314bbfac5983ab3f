/**
 * Publishing that nothing can half-do: the step killed mid-publish (SIGKILL by the Bitrise CLI's step timeout, SIGKILL
 * sent directly, SIGXCPU) leaves the envstore with all of its outputs or none, and no value file anywhere: the values
 * go through FIFOs, and the adds go to a copy of the envstore that is renamed over it only at the end. The stand-in
 * envman (test/support/bin/envman) sleeps before one add (ENVMAN_SLOW_KEY), then hands over to the real envman.
 */
import { execFileSync } from 'node:child_process';
import {
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Emulator, ROLE_ARN } from '../../emulator/emulator';
import { Logger } from '../../src/core/log';
import { deadlineOf } from '../../src/net/retry';
import { publishWithEnvman } from '../../src/publish/envman';
import { bitriseRun } from '../support/bitrise-cli';
import { readEnvmanRecord } from '../support/envman-record';
import { AUTHENTICATE, runStep } from '../support/run-step';
import { findTool, have } from '../support/tools';

const enabled = have('the publish-under-kill tests', 'bitrise');
const SUPPORT_BIN = join(import.meta.dirname, '../support/bin');
const SIX = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_DEFAULT_REGION'];
let emu: Emulator;

beforeAll(async () => {
  if (enabled) emu = await Emulator.start();
});
afterAll(() => emu?.close());
beforeEach(() => emu?.reset());

/** Every regular file below `dir`. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => lstatSync(path).isFile());
}

/** The secrets STS issued in this test. */
const issuedSecrets = () => emu.sts.issued.flatMap((c) => [c.accessKeyId, c.secretAccessKey, c.sessionToken]);

/** No file below `dir` is a value file: a file whose whole content is one of the secrets. */
function expectNoValueFile(dir: string): void {
  const secrets = new Set(issuedSecrets());
  // The recording envman's own record (the test's, not the step's) is left out.
  for (const path of filesBelow(dir).filter((p) => !p.includes('envman.record.d'))) {
    expect(secrets.has(readFileSync(path, 'utf8')), path).toBe(false);
  }
}

/** Ends the processes whose command line names `pattern` (a surviving envman of a killed step). */
function killMatching(pattern: string): void {
  for (const line of execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n')) {
    const [, pid, args] = /^\s*(\d+)\s+(.*)$/.exec(line) ?? [];
    if (pid && args?.includes(pattern) && Number(pid) !== process.pid) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // gone
      }
    }
  }
}

/** The stage folders the publish made beside an envstore. */
const stageFolders = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.startsWith('.authenticate-with-aws-publish-'))
    .map((name) => join(dir, name));

/** Plays a surviving envman: writes into the FIFO it reads once it opens it, then gives it time to finish its add. */
async function completeTheSurvivingAdd(fifo: string): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    try {
      const handle = await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
      await handle.writeFile('written-after-the-kill');
      await handle.close();
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

describe.skipIf(!enabled)('a publish killed half-way', () => {
  const slow = { ENVMAN_SLOW_KEY: 'AWS_SECRET_ACCESS_KEY', ENVMAN_SLOW_SECONDS: '3' };
  /** The slow add sends `signal` to the step once the five others are recorded: mid-publish, however slow the machine. */
  const killedMidPublish = (signal: string) => ({ ...slow, ENVMAN_SLOW_AFTER: '5', ENVMAN_SLOW_KILLS: signal });

  it('SIGKILL: the envstore keeps none of the outputs, even when the surviving envman finishes its add', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv(killedMidPublish('KILL')), { timeoutMs: 20_000 });
    expect(run.code).not.toBe(0);
    // The adds ran together: the five others were made (each into its own envstore in the stage), the slow one was
    // under way.
    expect(run.calls.map((c) => c.key).sort()).toEqual(
      [...SIX, 'AWS_CREDENTIAL_EXPIRATION'].filter((k) => k !== slow.ENVMAN_SLOW_KEY).sort(),
    );
    const [stage] = stageFolders(run.home);
    expect(stage, 'the stage folder a SIGKILL leaves').toBeDefined();
    expect((lstatSync(stage ?? '').mode & 0o777).toString(8)).toBe('700');
    await completeTheSurvivingAdd(join(stage ?? '', 'value-1'));
    const envstore = readFileSync(join(run.home, 'envstore.yml'), 'utf8');
    for (const key of SIX) expect(envstore).not.toContain(key);
    expectNoValueFile(run.tmp);
    expectNoValueFile(run.home);
  }, 40_000);

  it('SIGXCPU: the clean-up runs, the stage folder is gone, the envstore is untouched', async () => {
    const run = await runStep(AUTHENTICATE, emu.stepEnv(killedMidPublish('XCPU')), { timeoutMs: 20_000 });
    expect(run.code).toBe(128 + 24);
    expect(stageFolders(run.home)).toEqual([]);
    expect(readFileSync(join(run.home, 'envstore.yml'), 'utf8')).not.toContain('AWS_');
    expectNoValueFile(run.home);
  }, 40_000);

  it("a killed run's leftover is removed by the next publish; a running one's is kept; all outputs arrive", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'envstore-'));
    const store = join(dir, 'envstore.yml');
    writeFileSync(store, '');
    const dead = join(dir, '.authenticate-with-aws-publish-999999999-AbCdEf');
    const running = join(dir, `.authenticate-with-aws-publish-${process.pid}-AbCdEf`);
    for (const folder of [dead, running]) mkdirSync(folder, { mode: 0o700 });
    writeFileSync(join(dead, 'envstore.yml'), 'envs:\n- AWS_ACCESS_KEY_ID: left-over\n');
    const saved = { ...process.env };
    Object.assign(process.env, {
      PATH: `${SUPPORT_BIN}:${process.env.PATH ?? ''}`,
      ENVMAN_ENVSTORE_PATH: store,
      ENVMAN_RECORD: join(dir, 'record'),
      ENVMAN_REAL: findTool('envman') ?? 'envman',
    });
    try {
      const log = new Logger({ sink: { write: () => {} }, color: false });
      const outputs = ['A', 'B', 'C'].map((key) => ({ key, value: `value of ${key}`, sensitive: key === 'B' }));
      await publishWithEnvman(outputs, log, deadlineOf({ now: Date.now }, 30));
    } finally {
      for (const key of ['PATH', 'ENVMAN_ENVSTORE_PATH', 'ENVMAN_RECORD', 'ENVMAN_REAL']) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(running)).toBe(true);
    const envstore = readFileSync(store, 'utf8');
    for (const key of ['A', 'B', 'C']) expect(envstore).toContain(`value of ${key}`);
    expect(stageFolders(dir)).toEqual([running]);
  });

  it('under bitrise run, a step past its timeout: the next always-run step sees none of the six variables', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'build-tmp-'));
    const record = join(mkdtempSync(join(tmpdir(), 'record-')), 'envman.record');
    mkdirSync(`${record}.d`);
    const build = await bitriseRun(
      [
        // The Bitrise CLI's own kill at the step's timeout: long enough for any machine to reach the publish, where the
        // slow add outlasts it.
        { step: 'authenticate', inputs: { role_arn: ROLE_ARN }, timeout: 8 },
        {
          title: 'Always run',
          alwaysRun: true,
          script: [
            `for key in ${SIX.join(' ')} AWS_CREDENTIAL_EXPIRATION; do printf "%s" "\${!key:-}" > "$RESULTS/$key"; done`,
            'printf "%s" "$ENVMAN_ENVSTORE_PATH" > "$RESULTS/envstore"',
          ].join('\n'),
        },
      ],
      {
        ...emu.buildEnv(),
        ...slow,
        ENVMAN_SLOW_SECONDS: '60',
        TMPDIR: tmp,
        ENVMAN_REAL: findTool('envman') ?? 'envman',
        ENVMAN_RECORD: record,
      },
      {},
      [SUPPORT_BIN],
    );
    expect(build.code).not.toBe(0);
    expect(build.log).toMatch(/timed out|timeout/i);
    // Killed mid-publish: the five other adds were made (into the stage), the slow one was under way.
    expect(
      readEnvmanRecord(record)
        .map((c) => c.key)
        .sort(),
    ).toEqual([...SIX, 'AWS_CREDENTIAL_EXPIRATION'].filter((k) => k !== slow.ENVMAN_SLOW_KEY).sort());
    for (const key of [...SIX, 'AWS_CREDENTIAL_EXPIRATION']) expect(build.results[key], key).toBe('');
    expectNoValueFile(tmp);
    expectNoValueFile(build.work);
    killMatching(tmp);
    killMatching(build.work);
  }, 60_000);
});
