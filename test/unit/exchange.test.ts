/** The STS stage in-process, through the real AWS SDK, against the local STS (AWS_ENDPOINT_URL_STS). */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Emulator } from '../../emulator/emulator';
import { parseRoleArn } from '../../src/config/aws-values';
import { ExitCode, StepError } from '../../src/core/errors';
import { Logger } from '../../src/core/log';
import { explainRefusal } from '../../src/diagnosis/refusal';
import type { AwsCredentials } from '../../src/exchange/credentials';
import { assumeWithToken } from '../../src/exchange/sts-calls';
import { endpointLabel, parseAwsEndpoints } from '../../src/net/endpoints';
import { Deadline, type RetryPolicy } from '../../src/net/retry';
import { recordCapture } from '../support/secrets';
import { stsError } from '../support/sts-answers';

let emu: Emulator;
let log: Logger;
let out: string;
const slept: number[] = [];

function policy(): RetryPolicy {
  return {
    attempts: 3,
    baseDelayMs: 100,
    maxDelayMs: 1000,
    attemptTimeoutMs: 2000,
    deadline: new Deadline(20_000),
    sleep: async (ms) => {
      slept.push(ms);
    },
  };
}

interface AssumeRoleRequest {
  region: string;
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  sessionPolicy: string | undefined;
  managedSessionPolicies: string[];
  token: string;
}

/** The stage as the step calls it, for one request (the endpoint from AWS_ENDPOINT_URL_STS, as config reads it). */
function assumeRoleWithWebIdentity(req: AssumeRoleRequest, p: RetryPolicy, l: Logger): Promise<AwsCredentials> {
  const role = parseRoleArn('role_arn', req.roleArn, req.region);
  const session = { role, ...req };
  const aws = parseAwsEndpoints(process.env, false);
  const token = { current: () => req.token, expiresAt: () => undefined, renew: undefined };
  return assumeWithToken(session, token, { aws, region: req.region, policy: p, log: l, now: Date.now }).catch(
    async (error: unknown) => {
      // As the step does: a refusal is explained (its hint and the claims) after the exchange.
      throw await explainRefusal(error, undefined, async () => ({ command: 'authenticate-with-aws' }));
    },
  );
}

async function request(overrides: Partial<AssumeRoleRequest> = {}): Promise<AssumeRoleRequest> {
  return {
    region: 'us-east-1',
    roleArn: 'arn:aws:iam::123456789012:role/bitrise-deploy',
    sessionName: 'bitrise-1',
    durationSeconds: 900,
    sessionPolicy: undefined,
    managedSessionPolicies: [],
    token: await emu.issuer.mint({ aud: 'sts.amazonaws.com', sub: 'app:abc' }),
    ...overrides,
  };
}

/** Runs the stage and returns its error, recording the message for the secret guard. */
async function failure(req: AssumeRoleRequest): Promise<StepError> {
  const error = await assumeRoleWithWebIdentity(req, policy(), log).catch((e: unknown) => e);
  if (!(error instanceof StepError)) throw new Error(`expected a StepError, got ${String(error)}`);
  recordCapture('exchange error', [error.message, ...error.details, error.hint ?? ''].join('\n'));
  return error;
}

beforeAll(async () => {
  emu = await Emulator.start();
  process.env.AWS_ENDPOINT_URL_STS = emu.sts.url;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
});
afterAll(async () => {
  delete process.env.AWS_ENDPOINT_URL_STS;
  recordCapture('exchange log', out);
  await emu.close();
});
beforeEach(() => {
  emu.reset();
  slept.length = 0;
  out = '';
  log = new Logger({ sink: { write: (t) => (out += t) }, color: false, verbose: true });
});

describe('assumeRoleWithWebIdentity', () => {
  it('returns the credentials, the account and the assumed-role ARN', async () => {
    const creds = await assumeRoleWithWebIdentity(await request(), policy(), log);
    const issued = emu.sts.issued.at(-1);
    expect(creds).toEqual({
      accessKeyId: issued?.accessKeyId,
      secretAccessKey: issued?.secretAccessKey,
      sessionToken: issued?.sessionToken,
      expiration: new Date(issued?.expiration ?? ''),
      assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-1',
      accountId: '123456789012',
    });
    expect(emu.sts.calls[0]?.params.DurationSeconds).toBe('900');
  });

  it.each([
    [
      'cn-north-1',
      'arn:aws-cn:iam::123456789012:role/china',
      'arn:aws-cn:sts::123456789012:assumed-role/china/bitrise-1',
    ],
    [
      'us-gov-west-1',
      'arn:aws-us-gov:iam::123456789012:role/gov',
      'arn:aws-us-gov:sts::123456789012:assumed-role/gov/bitrise-1',
    ],
  ])('works in %s', async (region, roleArn, assumed) => {
    emu.sts.addRole({ arn: roleArn });
    const creds = await assumeRoleWithWebIdentity(await request({ region, roleArn }), policy(), log);
    expect(creds.assumedRoleArn).toBe(assumed);
  });

  it('names the regional endpoint, with .com.cn in China, unless an endpoint variable is set', () => {
    const stsEndpointLabel = (region: string, env: Record<string, string>) =>
      endpointLabel(parseAwsEndpoints(env, false), 'sts', region);
    expect(stsEndpointLabel('eu-west-1', {})).toBe('https://sts.eu-west-1.amazonaws.com');
    expect(stsEndpointLabel('cn-north-1', {})).toBe('https://sts.cn-north-1.amazonaws.com.cn');
    expect(stsEndpointLabel('eu-west-1', { AWS_ENDPOINT_URL_STS: 'https://vpce.example' })).toBe(
      'https://vpce.example',
    );
  });

  it.each([
    ['IDPCommunicationError', 400],
    ['InternalFailure', 500],
    ['ServiceUnavailable', 503],
  ])('retries %s', async (code, status) => {
    emu.sts.faults.push({
      status,
      contentType: 'text/xml',
      body: `<ErrorResponse><Error><Type>Receiver</Type><Code>${code}</Code><Message>try again</Message></Error></ErrorResponse>`,
    });
    await assumeRoleWithWebIdentity(await request(), policy(), log);
    expect(emu.sts.calls).toHaveLength(2);
    expect(slept).toHaveLength(1);
  });

  it('retries a 502 with an HTML body and says so plainly', async () => {
    emu.sts.faults.push({ status: 502, contentType: 'text/html', body: '<html>bad gateway</html>' });
    const retried: string[] = [];
    await assumeRoleWithWebIdentity(
      await request(),
      { ...policy(), onRetry: (r) => retried.push(r.error.message) },
      log,
    );
    expect(emu.sts.calls).toHaveLength(2);
    expect(retried).toEqual([`AWS STS at ${emu.sts.url} answered HTTP 502 without an error code.`]);
  });

  it('retries a dropped connection', async () => {
    emu.sts.faults.push('reset');
    await assumeRoleWithWebIdentity(await request(), policy(), log);
    expect(emu.sts.calls).toHaveLength(2);
  });

  it.each([
    ['MalformedPolicyDocument', ExitCode.badInput, 'session_policy'],
    ['PackedPolicyTooLarge', ExitCode.badInput, 'managed_session_policies'],
    ['RegionDisabledException', ExitCode.refused, 'region'],
    ['IDPRejectedClaim', ExitCode.refused, 'trust policy'],
  ])('never retries %s and says what to fix', async (code, exitCode, fix) => {
    emu.sts.faults.push(stsError(400, code, 'refused'));
    const error = await failure(await request());
    expect(emu.sts.calls).toHaveLength(1);
    expect(error.exitCode).toBe(exitCode);
    expect(error.message).toContain(`${code}: refused`);
    expect(error.hint).toContain(fix);
  });

  it('refuses a token signed by a key the provider does not publish', async () => {
    const token = await emu.issuer.mint({ aud: 'sts.amazonaws.com', sub: 'x' }, { foreignKey: true });
    const error = await failure(await request({ token }));
    expect(error.message).toContain('InvalidIdentityToken');
    expect(error.exitCode).toBe(ExitCode.refused);
  });

  it('refuses a token from an issuer with no provider in the account', async () => {
    const token = await emu.issuer.mint({ aud: 'sts.amazonaws.com', sub: 'x' }, { issuer: 'https://other.example' });
    const error = await failure(await request({ token }));
    expect(error.message).toContain('No OpenIDConnect provider found in your account for https://other.example');
    expect(error.hint).toContain('IAM OIDC identity provider for https://other.example');
  });

  it('explains a duration above the role maximum', async () => {
    emu.sts.addRole({ arn: 'arn:aws:iam::123456789012:role/short', maxSessionDuration: 3600 });
    const error = await failure(
      await request({ roleArn: 'arn:aws:iam::123456789012:role/short', durationSeconds: 7200 }),
    );
    expect(error.exitCode).toBe(ExitCode.badInput);
    expect(error.hint).toContain('`duration_seconds`');
  });

  it('fails clearly on an answer that is not STS XML', async () => {
    emu.sts.faults.push({ status: 200, contentType: 'text/xml', body: '<AssumeRoleWithWebIdentityResponse><oops' });
    const error = await failure(await request());
    expect(error.message).toBe(
      `AWS STS at ${emu.sts.url} answered HTTP 200 with a body that is not a valid answer (XML parse error: unexpected end of input).`,
    );
    expect(error.exitCode).toBe(ExitCode.failure);
  });

  it('fails clearly on a success answer without credentials', async () => {
    emu.sts.faults.push({
      status: 200,
      contentType: 'text/xml',
      body: '<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>',
    });
    const error = await failure(await request());
    expect(error.message).toBe('AWS STS answered without complete credentials; nothing was published.');
  });

  it('times out an STS that never answers, naming the endpoint', async () => {
    emu.sts.faults.push('hang', 'hang', 'hang');
    const p = { ...policy(), attemptTimeoutMs: 200 };
    const error = await assumeRoleWithWebIdentity(await request(), p, log).catch((e: StepError) => e);
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).message).toContain(`AWS STS at ${emu.sts.url} did not answer in time`);
    expect((error as StepError).exitCode).toBe(ExitCode.transient);
  });
});
