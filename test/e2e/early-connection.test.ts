/**
 * End to end, against the TLS emulator on a network's timeline (each answer 150 ms late, each new connection paying its
 * TCP and TLS round trips): the connection to STS is opened while the identity token request is in flight, its
 * handshake is over before the token answer arrives, and the STS request goes on it; through HTTPS_PROXY the early
 * connection is the proxy's CONNECT tunnel; an early connection no request used is closed.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLatency } from '../../emulator/http';
import { RecordingProxy } from '../../emulator/proxy';
import { AUTHENTICATE, ROOT, runStep } from '../support/run-step';
import { awsFiles, until, withEmulator } from '../support/world';

const LATENCY = 150;
const RESOLVE_TEST_HOSTS = join(ROOT, 'test/support/resolve-test-hosts.cjs');
const emu = withEmulator(undefined, { tls: true });
let proxy: RecordingProxy;
/** The same proxy spoken to in TLS (an https:// URL), with the emulator's certificate. */
let tlsProxy: RecordingProxy;

beforeAll(async () => {
  const routes = { 'sts.emulator.test:443': { host: '127.0.0.1', port: Number(new URL(emu.sts.url).port) } };
  proxy = await RecordingProxy.start(routes);
  tlsProxy = await RecordingProxy.start(routes, emu.certificate);
});
afterAll(() => Promise.all([proxy.close(), tlsProxy.close()]));
afterEach(() => {
  setLatency(0);
  proxy.reset();
  tlsProxy.reset();
});

/** The step against the TLS emulator (trusting its CA, as NODE_EXTRA_CA_CERTS does), verbose, on the slow network. */
function slowStep(inputs: Record<string, string> = {}) {
  setLatency(LATENCY, { handshakes: true });
  return runStep(AUTHENTICATE, { ...emu.stepEnv({ verbose: 'true', ...inputs }), ...emu.tlsEnv() });
}

/**
 * slowStep, with the token answer held until STS has a connection whose handshake is over (for at most 5 s): a step
 * that connects during the token wait passes on any machine, however loaded; one that connects only after the token
 * arrives meets STS 5 s late, and the order the tests check is wrong.
 */
function slowStepConnectingEarly(inputs: Record<string, string> = {}) {
  emu.bitrise.holds.push(() => until(() => emu.sts.connections[0]?.secureAt !== undefined, 5000));
  return slowStep(inputs);
}

/** When the token answer left the Bitrise API. */
function tokenAnsweredAt(): number {
  const [request] = emu.bitrise.tokenRequests;
  expect(request?.answeredAt).toBeTypeOf('number');
  return request?.answeredAt ?? 0;
}

describe('the STS connection opened during the token wait', () => {
  it('is one TLS handshake, over before the token answer, and the STS request goes on it', async () => {
    const run = await slowStepConnectingEarly();
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      `Connecting to ${emu.sts.url} (direct) while the identity token request is in flight.`,
    );
    expect(emu.sts.connections).toHaveLength(1);
    const [connection] = emu.sts.connections;
    expect(connection?.secureAt).toBeLessThan(tokenAnsweredAt());
    // As the SDK's own connection would be: ALPN http/1.1; no server name for an IP address.
    expect(connection?.alpn).toBe('http/1.1');
    expect(connection?.servername).toBe(false);
    expect(emu.sts.calls.map((c) => c.connection)).toEqual([connection?.id]);
    expect(run.published.get('AWS_ACCESS_KEY_ID')?.value).toMatch(/^ASIA/);
  });

  it('goes through HTTPS_PROXY as a CONNECT tunnel, with the endpoint as the server name', async () => {
    const run = await slowStepConnectingEarly({
      AWS_ENDPOINT_URL_STS: 'https://sts.emulator.test',
      HTTPS_PROXY: proxy.url,
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      `Connecting to https://sts.emulator.test (through the proxy ${new URL(proxy.url).host}) while`,
    );
    // One tunnel: the early one, which the request used.
    expect(proxy.seen).toEqual(['sts.emulator.test:443']);
    expect(emu.sts.connections).toHaveLength(1);
    const [connection] = emu.sts.connections;
    expect(connection?.servername).toBe('sts.emulator.test');
    expect(connection?.secureAt).toBeLessThan(tokenAnsweredAt());
    expect(emu.sts.calls.map((c) => c.connection)).toEqual([connection?.id]);
  });

  it('goes through an https:// proxy: TLS to the proxy, then the tunnel', async () => {
    const run = await slowStepConnectingEarly({
      AWS_ENDPOINT_URL_STS: 'https://sts.emulator.test',
      HTTPS_PROXY: tlsProxy.url,
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(`(through the proxy ${new URL(tlsProxy.url).host}) while`);
    expect(tlsProxy.seen).toEqual(['sts.emulator.test:443']);
    expect(emu.sts.connections).toHaveLength(1);
    const [connection] = emu.sts.connections;
    expect(connection?.secureAt).toBeLessThan(tokenAnsweredAt());
    expect(emu.sts.calls.map((c) => c.connection)).toEqual([connection?.id]);
  });

  it('goes direct for a host in NO_PROXY, as the request does', async () => {
    const port = new URL(emu.sts.url).port;
    const endpoint = `https://sts.emulator.test:${port}`;
    const run = await slowStepConnectingEarly({
      AWS_ENDPOINT_URL_STS: endpoint,
      HTTPS_PROXY: proxy.url,
      NO_PROXY: 'localhost,.emulator.test',
      // The made-up host resolves to the emulator in the step's process, without a DNS server.
      NODE_OPTIONS: `--require ${RESOLVE_TEST_HOSTS}`,
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(`Connecting to ${endpoint} (direct) while`);
    expect(proxy.seen).toEqual([]);
    expect(emu.sts.connections).toHaveLength(1);
    const [connection] = emu.sts.connections;
    expect(connection?.servername).toBe('sts.emulator.test');
    expect(connection?.secureAt).toBeLessThan(tokenAnsweredAt());
    expect(emu.sts.calls.map((c) => c.connection)).toEqual([connection?.id]);
  });

  it.each([
    ['an http://', () => proxy],
    ['an https://', () => tlsProxy],
  ])('through %s proxy that never answers the CONNECT, the step still ends at its time limit', async (_kind, which) => {
    const hanging = which();
    hanging.mode = 'hang';
    const run = await slowStep({
      AWS_ENDPOINT_URL_STS: 'https://sts.emulator.test',
      HTTPS_PROXY: hanging.url,
      timeout_seconds: '5',
    });
    // The CONNECT reached the proxy, and was never answered.
    expect(hanging.seen[0]).toBe('sts.emulator.test:443');
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('did not answer in time');
    expect(run.stdout).not.toContain('did not end within timeout_seconds');
    // Not held open by the CONNECT nobody answers: before the early attempt's own 10 s limit.
    expect(run.ms).toBeLessThan(9000);
    expect(run.calls).toEqual([]);
  });

  it('closed by STS while idle before the token answer: the request opens its own, without a retry', async () => {
    // STS drops a connection idle 100 ms after its handshake; the token answer waits until it has dropped the early
    // one, so the order holds however slow the machine is.
    emu.sts.idleLimitMs = 100;
    emu.bitrise.holds.push(() => until(() => emu.sts.connections[0]?.closedAt !== undefined));
    setLatency(LATENCY, { handshakes: true });
    const run = await runStep(AUTHENTICATE, { ...emu.stepEnv({ verbose: 'true' }), ...emu.tlsEnv() });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).not.toContain('Retrying');
    const [early, own] = emu.sts.connections;
    expect(early?.secureAt).toBeTypeOf('number');
    expect(early?.requests).toBe(0);
    expect(early?.closedAt).toBeLessThan(tokenAnsweredAt());
    expect(emu.sts.calls.map((c) => c.connection)).toEqual([own?.id]);
  });

  it('is closed, unused, when the step fails before STS; nothing is published', async () => {
    emu.bitrise.faults.push({ status: 403, contentType: 'application/json', body: '{"error_msg":"Forbidden"}' });
    const run = await slowStep();
    expect(run.code).toBe(3);
    expect(run.stdout).toContain(`The connection opened early to ${emu.sts.url} was not used; closed.`);
    expect(emu.sts.calls).toEqual([]);
    expect(emu.sts.connections).toHaveLength(1);
    expect(emu.sts.connections[0]?.closedAt).toBeTypeOf('number');
    expect(run.calls).toEqual([]);
  });

  it('is not opened for an endpoint only the AWS config file names: the SDK connects there itself', async () => {
    const files = awsFiles(undefined, `[default]\nendpoint_url = ${emu.sts.url}\n`);
    const env = { ...emu.stepEnv({ verbose: 'true', ...files }), ...emu.tlsEnv() };
    const { AWS_ENDPOINT_URL_STS: _, ...withoutEndpoint } = env;
    setLatency(LATENCY, { handshakes: true });
    const run = await runStep(AUTHENTICATE, withoutEndpoint);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).not.toContain('Connecting to');
    expect(emu.sts.connections).toHaveLength(1);
    expect(emu.sts.calls).toHaveLength(1);
  });
});
