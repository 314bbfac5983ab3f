/**
 * The evaluation as the doctor command and the step print it: statement by statement, each element and condition
 * marked, then what decided the verdict, the verdict and the fix. In an Allow statement a condition that is true is
 * good ([pass]); in a Deny statement a true condition is what makes the Deny bite, so those are marked [true]/[false].
 */
import type { ConditionResult, Tri } from './iam-rules';
import type { ElementResult, Evaluation } from './verdict';
import { presenceWanted } from './wording';

const ALLOW_MARK: Record<string, string> = { true: 'pass', false: 'FAIL', uncertain: '????' };
const DENY_MARK: Record<string, string> = { true: 'true', false: 'false', uncertain: '????' };

function element(mark: (t: Tri) => string, name: string, e: ElementResult): string {
  return `  [${mark(e.result)}] ${name.padEnd(10)} ${e.detail}`;
}

function condition(mark: (t: Tri) => string, c: ConditionResult): string[] {
  const values = c.expected.map((e) => JSON.stringify(e));
  const token = `token ${c.actual}`;
  let what: string;
  if (c.base === 'Null') {
    what = `presence test: the key must be ${presenceWanted(c)} (${values.join(' or ')}); ${token}`;
  } else if (c.negated) what = `must differ from all of ${values.join(', ')}; ${token}`;
  else what = `expected ${values.join(' or ')}; ${token}`;
  const lines = [`  [${mark(c.result)}] ${c.operator} ${c.key}: ${what}`];
  if (c.note) lines.push(`         note: ${c.note}`);
  if (c.pitfall) lines.push(`         careful: ${c.pitfall}`);
  if (c.ifPopulated !== undefined) lines.push(`         if IAM did set it: ${mark(c.ifPopulated)}`);
  return lines;
}

/** The evaluation, statement by statement, then what decided it, the verdict and the fix. */
export function reportLines(ev: Evaluation): string[] {
  const lines: string[] = [];
  for (const s of ev.statements) {
    const marks = s.effect === 'Deny' ? DENY_MARK : ALLOW_MARK;
    const mark = (t: Tri) => marks[String(t)] ?? '????';
    const applies = s.applies === true ? 'matches' : s.applies === false ? 'does not match' : 'may match';
    const effect =
      s.effect === 'Deny'
        ? s.applies === true
          ? ': this explicit Deny REFUSES the token'
          : ' (an explicit Deny refuses when all of these are true)'
        : '';
    lines.push(`Statement ${s.index} (${s.effect}${s.sid ? `, ${s.sid}` : ''}): ${applies}${effect}`);
    lines.push(element(mark, 'Principal', s.principal), element(mark, 'Action', s.action));
    for (const c of s.conditions) lines.push(...condition(mark, c));
  }
  lines.push('Decided by:', ...ev.decidedBy.map((r) => `  ${r}`));
  lines.push(`Verdict: ${ev.verdict.toUpperCase()}. ${ev.summary}`);
  if (ev.fix) lines.push(`Fix: ${ev.fix}`);
  if (ev.undocumentedKeys.length > 0) {
    lines.push(
      `Note: the policy conditions on ${ev.undocumentedKeys.join(', ')}, which IAM does not set for this provider ` +
        `(it sets only :aud, :sub and :amr). As documented, the verdict is ${ev.verdict.toUpperCase()}; if IAM did ` +
        `set ${ev.undocumentedKeys.length > 1 ? 'them' : 'it'} from the token, it would be ${ev.verdictIfPopulated.toUpperCase()}.`,
    );
  }
  return lines;
}
