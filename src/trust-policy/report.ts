import type { ConditionResult, ElementResult, Evaluation, Tri } from './evaluate';

const MARK: Record<string, string> = { true: 'pass', false: 'FAIL', uncertain: '????' };
const mark = (t: Tri) => MARK[String(t)] ?? '????';

function element(name: string, e: ElementResult): string {
  return `  [${mark(e.result)}] ${name.padEnd(10)} ${e.detail}`;
}

function condition(c: ConditionResult): string[] {
  const expected = c.expected.map((e) => JSON.stringify(e)).join(' or ');
  const lines = [`  [${mark(c.result)}] ${c.operator} ${c.key}: expected ${expected}; token ${c.actual}`];
  if (c.note) lines.push(`         note: ${c.note}`);
  if (c.ifPopulated !== undefined) lines.push(`         if IAM did set it: ${mark(c.ifPopulated)}`);
  return lines;
}

/** The evaluation as the doctor command and the step print it: statement by statement, then the verdict. */
export function reportLines(ev: Evaluation): string[] {
  const lines: string[] = [];
  for (const s of ev.statements) {
    const applies = s.applies === true ? 'matches' : s.applies === false ? 'does not match' : 'may match';
    lines.push(`Statement ${s.index} (${s.effect}${s.sid ? `, ${s.sid}` : ''}): ${applies}`);
    lines.push(element('Principal', s.principal), element('Action', s.action));
    for (const c of s.conditions) lines.push(...condition(c));
  }
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
