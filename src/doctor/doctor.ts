import { existsSync, readFileSync } from 'node:fs';
import { ExitCode, StepError } from '../errors';
import type { Logger } from '../log';
import { decodeClaims, describeClaims } from '../token/jwt';
import { evaluateTrustPolicy, PolicyError } from '../trust-policy/evaluate';
import { reportLines } from '../trust-policy/report';

/** A trust policy given as a file path or as inline JSON. */
export function readPolicy(value: string, input: string): unknown {
  const text = existsSync(value) ? readFileSync(value, 'utf8') : value;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new StepError(`\`${input}\` is neither a readable file nor valid JSON (${(error as Error).message}).`, {
      exitCode: ExitCode.badInput,
    });
  }
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
export function runDoctor(
  token: string,
  options: { trustPolicy?: string | undefined; roleArn?: string | undefined; now: number },
  log: Logger,
): ExitCode {
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
  const policy = readPolicy(options.trustPolicy, '--trust-policy');
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
