import type { BitriseApi } from '../config/token-source';
import { ExitCode, StepError } from '../errors';
import { FileReadError, readRegularFile } from '../files';
import type { Logger } from '../log';
import { PolicyDocumentError, parsePolicyDocument } from '../policy-document';
import { deadlineOf, networkPolicy, type StepContext } from '../steps/step';
import { decodeClaims, describeClaims } from '../token/jwt';
import { obtainToken } from '../token/source';
import { evaluateTrustPolicy, PolicyError } from '../trust-policy/evaluate';
import { reportLines } from '../trust-policy/report';

const badInput = (message: string) => new StepError(message, { exitCode: ExitCode.badInput });

/** A file the user named on the command line; `-` is stdin. A missing or unreadable one is a bad input. */
async function readArgumentFile(path: string, flag: string, maxBytes: number): Promise<string> {
  if (path === '-') {
    let text = '';
    for await (const chunk of process.stdin) {
      text += String(chunk);
      if (text.length > maxBytes) throw badInput(`${flag} -: stdin holds more than ${maxBytes} bytes.`);
    }
    return text;
  }
  try {
    return await readRegularFile(path, maxBytes);
  } catch (error) {
    if (error instanceof FileReadError) throw badInput(`Cannot read ${flag} ${path}: ${error.reason}.`);
    throw error;
  }
}

/** A trust policy given as inline JSON (starting with `{`) or as the path of a JSON file. */
export async function readPolicy(value: string, flag: string): Promise<unknown> {
  const text = value.trim().startsWith('{') ? value : await readArgumentFile(value, flag, 256 * 1024);
  try {
    return parsePolicyDocument(text);
  } catch (error) {
    if (error instanceof PolicyDocumentError) throw badInput(`${flag} ${error.message}.`);
    throw error;
  }
}

/** Where doctor gets its token: a file (or `-` for stdin), else the Bitrise API, as the step does. */
export type DoctorTokenSource = { kind: 'file'; path: string } | { kind: 'api'; api: BitriseApi; audience: string };

export async function doctorToken(
  source: DoctorTokenSource,
  timeoutSeconds: number,
  ctx: StepContext,
): Promise<string> {
  if (source.kind === 'api') {
    const policy = networkPolicy(ctx, deadlineOf(ctx, timeoutSeconds));
    return (await obtainToken(source.api, source.audience, policy, ctx.log, ctx.now)).token;
  }
  const text = (await readArgumentFile(source.path, '--token-file', 64 * 1024)).trim();
  if (!text) throw badInput(`No token in ${source.path === '-' ? 'stdin' : source.path}.`);
  return text;
}

function age(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  return s >= 120 ? `${Math.round(s / 60)} min` : `${s} s`;
}

/** Lines about the token's times against the clock. */
export function timeChecks(claims: Record<string, unknown>, nowMs: number): string[] {
  const now = nowMs / 1000;
  const lines: string[] = [];
  if (typeof claims.exp === 'number') {
    lines.push(
      claims.exp <= now ? `exp: EXPIRED ${age(now - claims.exp)} ago` : `exp: valid for ${age(claims.exp - now)}`,
    );
  } else lines.push('exp: missing (STS refuses a token without it)');
  if (typeof claims.iat === 'number' && claims.iat > now + 60) {
    lines.push(`iat: ${age(claims.iat - now)} in the future: this machine's clock is behind`);
  }
  if (typeof claims.nbf === 'number' && claims.nbf > now + 60)
    lines.push(`nbf: not valid for another ${age(claims.nbf - now)}`);
  return lines;
}

/**
 * Prints the token's claims (never the token or its signature), checks its times, and, given a trust policy,
 * evaluates it as IAM would. Returns the exit code: refused when the verdict is a refusal or the token expired.
 */
export async function runDoctor(
  token: string,
  options: { trustPolicy?: string | undefined; roleArn?: string | undefined; now: number },
  log: Logger,
): Promise<ExitCode> {
  log.secrets.add(token);
  const claims = decodeClaims(token);
  if (!claims) throw new StepError('The token is not a JWT with a JSON payload.', { exitCode: ExitCode.badInput });
  log.section('Token claims (the token and its signature are not shown)');
  for (const line of describeClaims(claims)) log.print(`  ${line}`);
  log.section('Times');
  const times = timeChecks(claims, options.now);
  for (const line of times) log.print(`  ${line}`);
  let code: ExitCode = times.some((l) => l.includes('EXPIRED')) ? ExitCode.refused : ExitCode.ok;
  if (options.trustPolicy === undefined) {
    log.print('\nGive --trust-policy to check a role trust policy against this token.');
    return code;
  }
  const policy = await readPolicy(options.trustPolicy, '--trust-policy');
  log.section('Trust policy, as IAM evaluates it for AssumeRoleWithWebIdentity');
  try {
    const ev = evaluateTrustPolicy(policy, { claims, roleArn: options.roleArn });
    for (const line of reportLines(ev)) log.print(line);
    if (ev.verdict === 'denied') code = ExitCode.refused;
  } catch (error) {
    if (error instanceof PolicyError) {
      throw new StepError(`The trust policy cannot be evaluated: ${error.message}.`, { exitCode: ExitCode.badInput });
    }
    throw error;
  }
  return code;
}
