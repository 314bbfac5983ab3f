/** The ECR stage in-process: the non-Linux skip (platform injected) and a missing docker CLI. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/emulator';
import { StepError } from '../../src/core/errors';
import { Logger } from '../../src/core/log';
import { dockerLogin } from '../../src/ecr/docker';
import { Deadline } from '../../src/net/retry';
import { publishWithEnvman } from '../../src/publish/envman';
import { authenticate } from '../../src/steps/authenticate';
import { published, readEnvmanRecord } from '../support/envman-record';
import { recordCapture } from '../support/secrets';

const SUPPORT_BIN = join(dirname(fileURLToPath(import.meta.url)), '../support/bin');
let emu: Emulator;
const saved = { ...process.env };

beforeAll(async () => {
  emu = await Emulator.start();
  await emu.startEcr();
});
afterAll(async () => {
  process.env = saved;
  await emu.close();
});

describe('docker_login on a non-Linux stack', () => {
  it('warns, skips ECR and docker, and still publishes the AWS credentials', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'envman-'));
    const record = join(dir, 'record');
    writeFileSync(join(dir, 'envstore.yml'), '');
    const env = emu.stepEnv({ docker_login: 'true' });
    // The SDK and envman read the process environment. The envstore is the test's own: without one, the publisher's
    // stage would be made beside ./.envstore.yml, in the checkout, where another test copies the step from.
    Object.assign(process.env, {
      PATH: `${SUPPORT_BIN}:${process.env.PATH}`,
      ENVMAN_RECORD: record,
      ENVMAN_ENVSTORE_PATH: join(dir, 'envstore.yml'),
      AWS_ENDPOINT_URL_STS: env.AWS_ENDPOINT_URL_STS,
      AWS_ENDPOINT_URL_ECR: env.AWS_ENDPOINT_URL_ECR,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });
    let out = '';
    const log = new Logger({ sink: { write: (t) => (out += t) }, color: false });
    await authenticate(env, {
      log,
      now: Date.now,
      sleep: async () => {},
      platform: 'darwin',
      publish: publishWithEnvman,
    });
    recordCapture('in-process authenticate', out);
    const ecr = await emu.startEcr();
    expect(ecr.calls).toEqual([]);
    expect(out).toContain('docker_login: skipped on darwin');
    const keys = [...published(readEnvmanRecord(record)).keys()];
    expect(keys).toContain('AWS_SESSION_TOKEN');
    expect(keys.filter((k) => k.startsWith('AWS_ECR_'))).toEqual([]);
  });
});

describe('dockerLogin', () => {
  it('says plainly when docker is not on PATH', async () => {
    const path = process.env.PATH;
    process.env.PATH = mkdtempSync(join(tmpdir(), 'empty-path-'));
    try {
      const error = await dockerLogin(
        '127.0.0.1:1',
        'secret-password-value',
        { attempts: 1, baseDelayMs: 1, maxDelayMs: 1, attemptTimeoutMs: 5000, deadline: new Deadline(10_000) },
        new Logger({ sink: { write: () => {} } }),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StepError);
      expect((error as StepError).message).toBe('docker was not found on PATH, so no registry could be logged in to.');
      expect((error as StepError).hint).toContain('`docker_login`');
    } finally {
      process.env.PATH = path;
    }
  });
});
