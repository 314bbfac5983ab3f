/**
 * The words of an evaluation: what a condition requires, what decided the verdict, and the first thing to change in
 * the Allow statement that came closest.
 */

import { type ConditionResult, matches, type Tri } from './iam-rules';
import type { Evaluation, StatementResult, Verdict } from './verdict';

const quoted = (values: string[]) => values.map((v) => JSON.stringify(v)).join(', ');
const statementName = (s: StatementResult) => `statement ${s.index}${s.sid ? ` (${s.sid})` : ''}`;

/** What a Null condition wants of its key: "true" means absent, "false" present (both listed: either). */
export function presenceWanted(c: ConditionResult): 'absent' | 'present' | 'present or absent' {
  const absent = c.expected.map((e) => e.toLowerCase() === 'true');
  return absent.every(Boolean) ? 'absent' : absent.some(Boolean) ? 'present or absent' : 'present';
}

/** A condition in words: what it requires, rather than what it "expects". */
export function requirement(c: ConditionResult): string {
  if (c.base === 'Null') {
    const wanted = presenceWanted(c);
    return wanted === 'absent'
      ? `requires ${c.key} to be absent from the request`
      : wanted === 'present'
        ? `requires ${c.key} to be present in the request`
        : `allows ${c.key} present or absent`;
  }
  return c.negated
    ? `requires ${c.key} to differ from all of ${quoted(c.expected)}`
    : `requires ${c.key} to ${c.operator.includes('Like') ? 'match' : 'equal'} one of ${quoted(c.expected)}`;
}

export function presence(c: ConditionResult): string {
  return c.missing ? `IAM does not set ${c.key} for this request` : `the request has ${c.key} = ${c.actual}`;
}

/** The first element or condition of a statement that is false (or cannot be decided), in words. */
export function firstFailure(s: StatementResult, want: Tri): string | undefined {
  if (s.principal.result === want) return `Principal: ${s.principal.detail}`;
  if (s.action.result === want) return `Action: ${s.action.detail}`;
  const c = s.conditions.find((x) => x.result === want);
  if (!c) return undefined;
  return `${c.operator} ${requirement(c)}, but ${presence(c)}${c.note && want === 'uncertain' ? ` (${c.note})` : ''}`;
}

/** What decided the verdict, in plain words. */
export function reasonsFor(statements: StatementResult[], verdict: Evaluation['verdict']): string[] {
  const deny = statements.find((s) => s.effect === 'Deny' && s.applies === true);
  if (deny) {
    return [
      `${statementName(deny)} is an explicit Deny, and it matches this token (Principal, Action and every condition are true): an explicit Deny overrides every Allow.`,
    ];
  }
  if (verdict === 'allowed') {
    const allow = statements.find((s) => s.effect === 'Allow' && s.applies === true);
    const reasons = allow
      ? [`${statementName(allow)} (Allow) matches: Principal, Action and every condition are true.`]
      : [];
    for (const c of allow?.conditions ?? []) {
      if (c.pitfall) reasons.push(`Careful: ${c.operator} on ${c.key} passes only because ${c.pitfall}`);
    }
    return reasons;
  }
  if (verdict === 'uncertain') {
    return statements
      .filter((s) => s.applies === 'uncertain')
      .map(
        (s) =>
          `${statementName(s)} (${s.effect}) cannot be decided: ${firstFailure(s, 'uncertain') ?? 'see the notes'}.`,
      );
  }
  const allows = statements.filter((s) => s.effect === 'Allow');
  if (allows.length === 0) return ['The policy has no Allow statement, so IAM refuses by default.'];
  return [
    'No Allow statement matches, so IAM refuses by default:',
    ...allows.map((s) => `  ${statementName(s)} (Allow): ${firstFailure(s, false) ?? 'does not match'}.`),
  ];
}

/** The first thing to change in the Allow statement that came closest. */
export function fixFor(statements: StatementResult[]): string | undefined {
  const denying = statements.find((s) => s.effect === 'Deny' && s.applies === true);
  if (denying)
    return `${statementName(denying)} is an explicit Deny that matches this token; narrow its conditions or remove it.`;
  const allows = statements.filter((s) => s.effect === 'Allow');
  const failing = (s: StatementResult) =>
    [s.principal, s.action, ...s.conditions].filter((c) => c.result === false).length;
  const best = [...allows].sort((a, b) => failing(a) - failing(b))[0];
  if (!best) return 'the policy has no Allow statement.';
  if (best.principal.result === false) return `Principal: ${best.principal.detail}.`;
  if (best.action.result === false) return `Action: ${best.action.detail}.`;
  const cond = best.conditions.find((c) => c.result === false);
  if (!cond) return undefined;
  if (cond.ifPopulated !== undefined) {
    return `remove the condition on ${cond.key}: IAM does not set that key for this provider, so ${cond.operator} on it never matches; pin the claim through :sub if the sub carries it.`;
  }
  if (cond.base === 'Null') {
    return `Null is a presence test: it ${requirement(cond)}, but ${presence(cond)}. Remove the condition, or test a key IAM sets for this request (:aud, :sub, :amr).`;
  }
  if (cond.missing) {
    return `${cond.operator} on ${cond.key} can never be true: ${presence(cond)}. Remove it, or condition on ${cond.key.replace(/:[^:]*$/, '')} keys IAM sets (:aud, :sub, :amr) of this token's issuer.`;
  }
  const token = cond.tokenValues ?? [];
  if (cond.negated) {
    const hit = cond.expected.filter((e) => token.some((t) => matches(cond.base, e, t)));
    return `${cond.operator} ${requirement(cond)}, but the token's ${cond.actual} is ${hit.length ? `one of them (${quoted(hit)})` : 'among them'}: remove ${hit.length ? quoted(hit) : 'that value'} from the list if tokens like this one should be let in.`;
  }
  const wild = cond.expected.some((e) => /[*?]/.test(e));
  if (wild && !cond.operator.includes('Like')) {
    return `${cond.operator} compares literally, so the * or ? in ${JSON.stringify(cond.expected)} is not a wildcard: use StringLike for ${cond.key}.`;
  }
  const caseOnly =
    !cond.operator.includes('IgnoreCase') &&
    cond.expected.some((e) => token.some((t) => e !== t && e.toLowerCase() === t.toLowerCase()));
  if (caseOnly)
    return `${cond.key}: the values differ only in case, and ${cond.operator} is case-sensitive; match the token's ${cond.actual}, or use ${cond.operator.replace('StringEquals', 'StringEqualsIgnoreCase')}.`;
  return `${cond.operator} on ${cond.key} expects ${cond.expected.map((e) => JSON.stringify(e)).join(' or ')}, the token has ${cond.actual}.`;
}

/** The verdict in words, for the report, the doctor and a refusal's diagnosis. */
export function explain(v: Verdict): Evaluation {
  const summary =
    v.verdict === 'allowed'
      ? 'IAM would let this token assume the role.'
      : v.verdict === 'denied'
        ? 'IAM would refuse this token (AccessDenied).'
        : 'Cannot tell: the policy relies on values the token does not show or on behaviour AWS does not document (see the notes).';
  return {
    ...v,
    summary,
    decidedBy: reasonsFor(v.statements, v.verdict),
    fix: v.verdict === 'allowed' ? undefined : fixFor(v.statements),
  };
}
