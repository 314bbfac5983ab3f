import type { BitriseApi } from '../config/token-source';
import { ExitCode, StepError } from '../core/errors';
import { FileReadError, readRegularFile } from '../core/files';
import { MAX_TOKEN_FILE_BYTES } from '../core/limits';
import type { Logger } from '../core/log';
import { PolicyDocumentError, parsePolicyDocument } from '../core/policy-document';
import { deadlineOf, networkPolicy } from '../net/retry';
import type { StepContext } from '../steps/step';
import { decodeClaims, describeClaims } from '../token/jwt';
import { obtainToken } from '../token/source';
import { evaluateTrustPolicy, PolicyError } from '../trust-policy/evaluate';
import { reportLines } from '../trust-policy/report';
import type { Evaluation } from '../trust-policy/verdict';
import { explain } from '../trust-policy/wording';

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
    ctx.log.secrets.add(source.api.apiToken);
    const policy = networkPolicy(ctx, deadlineOf(ctx, timeoutSeconds));
    return (await obtainToken(source.api, source.audience, { policy, log: ctx.log, now: ctx.now })).token;
  }
  const text = (await readArgumentFile(source.path, '--token-file', MAX_TOKEN_FILE_BYTES)).trim();
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

/** The version of the `doctor --json` document; it changes only when a field changes meaning or goes away. */
export const DOCTOR_JSON_VERSION = 1;

/** What doctor found, before it is printed as text or as JSON. */
export interface DoctorReport {
  claims: Record<string, unknown>;
  times: string[];
  expired: boolean;
  evaluation: Evaluation | undefined;
  exitCode: ExitCode;
}

/**
 * The exit code: 0 only when IAM would let the token in (or, without a policy, when the token is still valid), 3
 * when IAM would refuse or the token expired, 5 when it cannot be told (the policy needs values the token does not
 * show, or behaviour AWS does not document).
 */
function exitCodeOf(expired: boolean, evaluation: Evaluation | undefined): ExitCode {
  if (expired || evaluation?.verdict === 'denied') return ExitCode.refused;
  if (evaluation?.verdict === 'uncertain') return ExitCode.cannotTell;
  return ExitCode.ok;
}

export async function examine(
  token: string,
  options: { trustPolicy?: string | undefined; roleArn?: string | undefined; now: number },
): Promise<DoctorReport> {
  // Every argument is read and checked before the verdict: the policy file first, then the token.
  const policy =
    options.trustPolicy === undefined ? undefined : await readPolicy(options.trustPolicy, '--trust-policy');
  const claims = decodeClaims(token);
  if (!claims) throw new StepError('The token is not a JWT with a JSON payload.', { exitCode: ExitCode.badInput });
  const times = timeChecks(claims, options.now);
  const expired = typeof claims.exp === 'number' && claims.exp <= options.now / 1000;
  let evaluation: Evaluation | undefined;
  if (policy !== undefined) {
    try {
      evaluation = explain(evaluateTrustPolicy(policy, { claims, roleArn: options.roleArn }));
    } catch (error) {
      if (error instanceof PolicyError) throw badInput(`The trust policy cannot be evaluated: ${error.message}.`);
      throw error;
    }
  }
  return { claims, times, expired, evaluation, exitCode: exitCodeOf(expired, evaluation) };
}

/** The report as one JSON document (schema in the README, "doctor --json"). */
export function doctorJson(report: DoctorReport): string {
  const ev = report.evaluation;
  const claims = Object.fromEntries(
    Object.entries(report.claims).filter(([, v]) => typeof v === 'string' || typeof v === 'number' || Array.isArray(v)),
  );
  return `${JSON.stringify(
    {
      version: DOCTOR_JSON_VERSION,
      verdict: ev ? ev.verdict : report.expired ? 'expired' : 'not-evaluated',
      exitCode: report.exitCode,
      claims,
      times: report.times,
      expired: report.expired,
      trustPolicy: ev
        ? {
            verdict: ev.verdict,
            verdictIfPopulated: ev.verdictIfPopulated,
            summary: ev.summary,
            decidedBy: ev.decidedBy,
            fix: ev.fix ?? null,
            undocumentedKeys: ev.undocumentedKeys,
            statements: ev.statements.map((st) => ({
              index: st.index,
              sid: st.sid ?? null,
              effect: st.effect,
              applies: st.applies,
              principal: st.principal,
              action: st.action,
              conditions: st.conditions.map((c) => ({
                operator: c.operator,
                key: c.key,
                policyValues: c.expected,
                tokenValues: c.tokenValues ?? null,
                missing: c.missing,
                negated: c.negated,
                result: c.result,
                resultIfPopulated: c.ifPopulated ?? null,
                note: c.note ?? null,
                pitfall: c.pitfall ?? null,
              })),
            })),
          }
        : null,
    },
    null,
    2,
  )}\n`;
}

/**
 * Prints the token's claims (never the token or its signature), checks its times, and, given a trust policy,
 * evaluates it as IAM would; as text on the log, or as one JSON document. Returns the exit code (exitCodeOf).
 */
export async function runDoctor(
  token: string,
  options: { trustPolicy?: string | undefined; roleArn?: string | undefined; now: number; json?: boolean },
  log: Logger,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<ExitCode> {
  log.secrets.add(token);
  const report = await examine(token, options);
  if (options.json) {
    write(log.secrets.redact(doctorJson(report)));
    return report.exitCode;
  }
  log.section('Token claims (the token and its signature are not shown)');
  for (const line of describeClaims(report.claims)) log.print(`  ${line}`);
  log.section('Times');
  for (const line of report.times) log.print(`  ${line}`);
  if (!report.evaluation) {
    log.print('\nGive --trust-policy to check a role trust policy against this token.');
    return report.exitCode;
  }
  log.section('Trust policy, as IAM evaluates it for AssumeRoleWithWebIdentity');
  for (const line of reportLines(report.evaluation)) log.print(line);
  return report.exitCode;
}
