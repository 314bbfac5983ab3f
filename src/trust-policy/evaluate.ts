/**
 * Evaluates a role trust policy against an identity token's claims the way IAM does for AssumeRoleWithWebIdentity,
 * statement by statement and condition by condition, with a three-valued result: where AWS's documentation is silent
 * or ambiguous the answer is 'uncertain', never a guess.
 *
 * Semantics (IAM User Guide, "IAM JSON policy elements: Condition operators" and "Single-valued vs. multivalued
 * context keys"; "Available keys for AWS web identity federation" for the keys):
 * - For a generic OIDC provider IAM sets only `<issuer host>:aud`, `:sub` and `:amr`. Any other `<issuer host>:` key is
 *   missing from the request context; the evaluation also reports what would happen if IAM did set it. So is a key of
 *   another provider (`token.actions.githubusercontent.com:sub`): IAM sets no such key for this request. Only the
 *   global `aws:` and `sts:` keys, whose values the token does not tell, are 'uncertain'.
 * - Condition keys are case-insensitive; values are case-sensitive unless the operator says IgnoreCase.
 * - Several values for one key are OR (for negated operators: none may match); several keys and operators are AND.
 * - A missing key: false, but true for negated operators; `...IfExists` is true; `Null` tests presence;
 *   `ForAnyValue:` is false and `ForAllValues:` true, negated or not ("returns true if there are no context keys in
 *   the request"). A condition that is true only because its key is missing restricts nothing: it is flagged.
 * - A single-valued operator on a key with several values (an array `aud`): uncertain.
 * - An explicit Deny that applies wins over any Allow; no Allow that applies is an implicit deny.
 */

import { evaluateConditions } from './conditions';
import { and, globMatch, issuerHost, list, or, PolicyError, TAGS_CLAIM, type TokenFacts, type Tri } from './iam-rules';
import type { ElementResult, StatementResult, Verdict } from './verdict';

export { type ConditionResult, globMatch, PolicyError, type TokenFacts, type Tri } from './iam-rules';
export type { ElementResult, StatementResult, Verdict } from './verdict';

function expectedProvider(facts: TokenFacts): { arnPrefix: string; host: string } {
  const host = issuerHost(facts.claims);
  const [, partition = 'aws', , , account = ''] = (facts.roleArn ?? '').split(':');
  return { arnPrefix: account ? `arn:${partition}:iam::${account}:oidc-provider/` : '', host };
}

function evaluatePrincipal(principal: unknown, facts: TokenFacts): ElementResult {
  const { arnPrefix, host } = expectedProvider(facts);
  const want = `${arnPrefix || 'arn:<partition>:iam::<account>:'}${arnPrefix ? '' : 'oidc-provider/'}${host}`;
  if (principal === '*') return { result: true, detail: '"*" (anyone)' };
  if (typeof principal !== 'object' || principal === null) {
    return { result: false, detail: `no Principal; expected Federated ${want}` };
  }
  const federated = list((principal as Record<string, unknown>).Federated);
  if (list((principal as Record<string, unknown>).AWS).includes('*'))
    return { result: true, detail: 'AWS "*" (anyone)' };
  if (federated.length === 0) return { result: false, detail: `no Federated principal; expected ${want}` };
  const ok = federated.some((arn) =>
    arnPrefix
      ? arn === `${arnPrefix}${host}`
      : /^arn:[\w-]+:iam::\d{12}:oidc-provider\//.test(arn) && arn.endsWith(`/${host}`),
  );
  return { result: ok, detail: `Federated ${federated.join(', ')}${ok ? '' : `; the token needs ${want}`}` };
}

function actionMatches(patterns: string[], action: string): boolean {
  return patterns.some((p) => globMatch(p.toLowerCase(), action.toLowerCase()));
}

function evaluateAction(statement: Record<string, unknown>, facts: TokenFacts): ElementResult {
  if (statement.NotAction !== undefined) return { result: 'uncertain', detail: 'NotAction is not evaluated here' };
  const actions = list(statement.Action);
  const needed = ['sts:AssumeRoleWithWebIdentity'];
  if (facts.claims[TAGS_CLAIM] !== undefined) needed.push('sts:TagSession');
  const missing = needed.filter((a) => !actionMatches(actions, a));
  return {
    result: missing.length === 0,
    detail: `${actions.join(', ') || '(no Action)'}${missing.length ? `; needs ${missing.join(' and ')}` : ''}`,
  };
}

function statementsOf(policy: unknown): Record<string, unknown>[] {
  const doc = typeof policy === 'string' ? (JSON.parse(policy) as unknown) : policy;
  if (typeof doc !== 'object' || doc === null || !('Statement' in doc)) {
    throw new PolicyError('the policy has no Statement');
  }
  const statements = (doc as { Statement: unknown }).Statement;
  const all = Array.isArray(statements) ? statements : [statements];
  return all.map((s, i) => {
    if (typeof s !== 'object' || s === null) throw new PolicyError(`statement ${i + 1} is not an object`);
    return s as Record<string, unknown>;
  });
}

function verdictOf(statements: StatementResult[], pick: (s: StatementResult) => Tri): Verdict['verdict'] {
  const deny = or(statements.filter((s) => s.effect === 'Deny').map(pick));
  const allow = or(statements.filter((s) => s.effect === 'Allow').map(pick));
  if (deny === true) return 'denied';
  if (allow === true && deny === false) return 'allowed';
  if (allow === false) return 'denied';
  return 'uncertain';
}

/** The policy evaluated for the token: data only; wording.ts says it in words (`explain`). */
export function evaluateTrustPolicy(policy: unknown, facts: TokenFacts): Verdict {
  const statements: StatementResult[] = statementsOf(policy).map((s, i) => {
    const effect = s.Effect === 'Deny' ? 'Deny' : 'Allow';
    if (s.Effect !== 'Allow' && s.Effect !== 'Deny')
      throw new PolicyError(`statement ${i + 1} has no Effect Allow or Deny`);
    const principal = evaluatePrincipal(s.Principal, facts);
    const action = evaluateAction(s, facts);
    const conditions = evaluateConditions(s.Condition, facts);
    const base = [principal.result, action.result];
    return {
      index: i + 1,
      sid: typeof s.Sid === 'string' ? s.Sid : undefined,
      effect,
      principal,
      action,
      conditions,
      applies: and([...base, ...conditions.map((c) => c.result)]),
      appliesIfPopulated: and([...base, ...conditions.map((c) => c.ifPopulated ?? c.result)]),
    };
  });
  const verdict = verdictOf(statements, (s) => s.applies);
  const verdictIfPopulated = verdictOf(statements, (s) => s.appliesIfPopulated);
  const undocumentedKeys = [
    ...new Set(statements.flatMap((s) => s.conditions.filter((c) => c.ifPopulated !== undefined).map((c) => c.key))),
  ];
  return { statements, verdict, verdictIfPopulated, undocumentedKeys };
}
