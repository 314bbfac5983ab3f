/**
 * Evaluates a role trust policy against an identity token's claims the way IAM does for AssumeRoleWithWebIdentity,
 * statement by statement and condition by condition, with a three-valued result: where AWS's documentation is silent
 * or ambiguous the answer is 'uncertain', never a guess.
 *
 * Semantics (IAM User Guide, "IAM JSON policy elements: Condition operators" and "Single-valued vs. multivalued
 * context keys"; "Available keys for AWS web identity federation" for the keys):
 * - For a generic OIDC provider IAM sets only `<issuer host>:aud`, `:sub` and `:amr`. Any other `<issuer host>:` key is
 *   missing from the request context; the evaluation also reports what would happen if IAM did set it.
 * - Condition keys are case-insensitive; values are case-sensitive unless the operator says IgnoreCase.
 * - Several values for one key are OR (for negated operators: none may match); several keys and operators are AND.
 * - A missing key: false, but true for negated operators; `...IfExists` is true; `Null` tests presence;
 *   `ForAnyValue:` is false and `ForAllValues:` true. Negated `ForAllValues:` on a missing key: uncertain.
 * - A single-valued operator on a key with several values (an array `aud`): uncertain.
 * - An explicit Deny that applies wins over any Allow; no Allow that applies is an implicit deny.
 */

export type Tri = true | false | 'uncertain';

export interface TokenFacts {
  claims: Record<string, unknown>;
  /** The role ARN, when known: its partition and account pin the expected provider ARN. */
  roleArn?: string | undefined;
}

export interface ConditionResult {
  operator: string;
  key: string;
  expected: string[];
  /** What the request context holds for the key, for display. */
  actual: string;
  result: Tri;
  /** Set for keys IAM does not populate for this provider: the result if it did, from the token's claim. */
  ifPopulated?: Tri;
  note?: string;
}

export interface ElementResult {
  result: Tri;
  detail: string;
}

export interface StatementResult {
  index: number;
  sid: string | undefined;
  effect: 'Allow' | 'Deny';
  principal: ElementResult;
  action: ElementResult;
  conditions: ConditionResult[];
  applies: Tri;
  appliesIfPopulated: Tri;
}

export interface Evaluation {
  statements: StatementResult[];
  verdict: 'allowed' | 'denied' | 'uncertain';
  /** The verdict if IAM populated the undocumented keys the policy uses (same as verdict when it uses none). */
  verdictIfPopulated: 'allowed' | 'denied' | 'uncertain';
  undocumentedKeys: string[];
  summary: string;
  fix: string | undefined;
}

export class PolicyError extends Error {}

const DOCUMENTED = new Set(['aud', 'sub', 'amr']);
const OPERATORS = new Set([
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'Null',
]);
const TAGS_CLAIM = 'https://aws.amazon.com/tags';

function and(values: Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.includes('uncertain') ? 'uncertain' : true;
}

function or(values: Tri[]): Tri {
  if (values.includes(true)) return true;
  return values.includes('uncertain') ? 'uncertain' : false;
}

function list(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => String(v));
}

/**
 * IAM's StringLike: `*` any run of characters, `?` one character, everything else literal. Greedy matching with one
 * remembered star (the classic wildcard algorithm): at most pattern × value steps, never exponential, whatever a
 * policy or a token holds.
 */
export function globMatch(pattern: string, value: string): boolean {
  let p = 0;
  let v = 0;
  let star = -1;
  let resume = 0;
  while (v < value.length) {
    if (p < pattern.length && (pattern[p] === '?' || (pattern[p] !== '*' && pattern[p] === value[v]))) {
      p++;
      v++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = v;
    } else if (star >= 0) {
      p = star + 1;
      v = ++resume;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

function issuerHost(claims: Record<string, unknown>): string {
  const iss = typeof claims.iss === 'string' ? claims.iss : '';
  return iss.replace(/^https:\/\//, '').replace(/\/+$/, '');
}

type ContextValue =
  | { kind: 'present'; values: string[]; multi: boolean }
  | { kind: 'missing' }
  | { kind: 'unknown'; why: string };

interface Lookup {
  value: ContextValue;
  /** For an undocumented key of the token's issuer: the claim's value, as if IAM set it. */
  populated?: ContextValue;
}

function claimValue(claims: Record<string, unknown>, name: string): ContextValue {
  const claim = claims[name];
  if (claim === undefined || claim === null) return { kind: 'missing' };
  if (Array.isArray(claim)) return { kind: 'present', values: claim.map(String), multi: true };
  if (typeof claim === 'object') return { kind: 'unknown', why: `the ${name} claim is an object` };
  return { kind: 'present', values: [String(claim)], multi: false };
}

function lookup(key: string, facts: TokenFacts): Lookup {
  const host = issuerHost(facts.claims).toLowerCase();
  const lower = key.toLowerCase();
  const colon = lower.lastIndexOf(':');
  const prefix = lower.slice(0, colon);
  const name = key.slice(colon + 1);
  if (colon > 0 && prefix === host) {
    if (DOCUMENTED.has(name.toLowerCase())) return { value: claimValue(facts.claims, name.toLowerCase()) };
    return { value: { kind: 'missing' }, populated: claimValue(facts.claims, name) };
  }
  return { value: { kind: 'unknown', why: `${key} is not a key of this token's issuer (${host || 'unknown'})` } };
}

function display(value: ContextValue): string {
  if (value.kind === 'missing') return '(missing)';
  if (value.kind === 'unknown') return '(unknown)';
  return value.multi ? JSON.stringify(value.values) : JSON.stringify(value.values[0]);
}

interface ParsedOperator {
  qualifier: 'ForAnyValue' | 'ForAllValues' | undefined;
  base: string;
  ifExists: boolean;
  negated: boolean;
}

function parseOperator(operator: string): ParsedOperator {
  const m = /^(?:(ForAnyValue|ForAllValues):)?(.+?)(IfExists)?$/.exec(operator);
  const base = m?.[2] ?? operator;
  if (!OPERATORS.has(base) || (base === 'Null' && m?.[3])) {
    throw new PolicyError(`the condition operator ${operator} is not one this evaluator knows`);
  }
  return {
    qualifier: m?.[1] as ParsedOperator['qualifier'],
    base,
    ifExists: Boolean(m?.[3]),
    negated: base.includes('Not'),
  };
}

function matches(base: string, expected: string, actual: string): boolean {
  if (base.startsWith('StringLike') || base.startsWith('StringNotLike')) return globMatch(expected, actual);
  if (base.endsWith('IgnoreCase')) return expected.toLowerCase() === actual.toLowerCase();
  return expected === actual;
}

function evaluateOperator(op: ParsedOperator, expected: string[], value: ContextValue): { result: Tri; note?: string } {
  if (value.kind === 'unknown') return { result: 'uncertain', note: value.why };
  if (op.base === 'Null') {
    const wantMissing = expected.map((e) => e.toLowerCase() === 'true');
    return { result: or(wantMissing.map((w) => w === (value.kind === 'missing'))) };
  }
  if (value.kind === 'missing') {
    if (op.ifExists) return { result: true };
    if (op.qualifier === 'ForAnyValue') return { result: false };
    if (op.qualifier === 'ForAllValues') {
      return op.negated
        ? { result: 'uncertain', note: 'AWS does not document a negated ForAllValues on a missing key' }
        : { result: true };
    }
    return { result: op.negated };
  }
  const one = (v: string): boolean => {
    const hit = expected.some((e) => matches(op.base, e, v));
    return op.negated ? !hit : hit;
  };
  if (op.qualifier === 'ForAnyValue') return { result: value.values.some(one) };
  if (op.qualifier === 'ForAllValues') return { result: value.values.every(one) };
  if (value.multi) {
    return {
      result: 'uncertain',
      note: 'a single-valued operator on a claim with several values; AWS does not document the result',
    };
  }
  return { result: one(value.values[0] ?? '') };
}

function evaluateConditions(block: unknown, facts: TokenFacts): ConditionResult[] {
  if (block === undefined) return [];
  if (typeof block !== 'object' || block === null || Array.isArray(block)) {
    throw new PolicyError('a Condition is not an object');
  }
  const results: ConditionResult[] = [];
  for (const [operator, keys] of Object.entries(block)) {
    const op = parseOperator(operator);
    if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) {
      throw new PolicyError(`the ${operator} condition is not an object of keys`);
    }
    for (const [key, raw] of Object.entries(keys)) {
      const expected = list(raw);
      const found = lookup(key, facts);
      const { result, note } = evaluateOperator(op, expected, found.value);
      const entry: ConditionResult = { operator, key, expected, actual: display(found.value), result };
      if (note) entry.note = note;
      if (found.populated) {
        entry.ifPopulated = evaluateOperator(op, expected, found.populated).result;
        entry.note = `IAM does not set ${key} for this provider (only :aud, :sub, :amr); the token's claim is ${display(found.populated)}`;
      }
      results.push(entry);
    }
  }
  return results;
}

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

function verdictOf(statements: StatementResult[], pick: (s: StatementResult) => Tri): Evaluation['verdict'] {
  const deny = or(statements.filter((s) => s.effect === 'Deny').map(pick));
  const allow = or(statements.filter((s) => s.effect === 'Allow').map(pick));
  if (deny === true) return 'denied';
  if (allow === true && deny === false) return 'allowed';
  if (allow === false) return 'denied';
  return 'uncertain';
}

/** The first thing to change in the Allow statement that came closest. */
function fixFor(statements: StatementResult[]): string | undefined {
  const denying = statements.find((s) => s.effect === 'Deny' && s.applies === true);
  if (denying)
    return `statement ${denying.index}${denying.sid ? ` (${denying.sid})` : ''} is an explicit Deny that matches this token; narrow its conditions or remove it.`;
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
  const wild = cond.expected.some((e) => /[*?]/.test(e));
  if (wild && !cond.operator.includes('Like')) {
    return `${cond.operator} compares literally, so the * or ? in ${JSON.stringify(cond.expected)} is not a wildcard: use StringLike for ${cond.key}.`;
  }
  const caseOnly = cond.expected.some((e) => e.toLowerCase() === cond.actual.replace(/^"|"$/g, '').toLowerCase());
  if (caseOnly)
    return `${cond.key}: the values differ only in case, and ${cond.operator} is case-sensitive; match the token's ${cond.actual}.`;
  return `${cond.operator} on ${cond.key} expects ${cond.expected.map((e) => JSON.stringify(e)).join(' or ')}, the token has ${cond.actual}.`;
}

export function evaluateTrustPolicy(policy: unknown, facts: TokenFacts): Evaluation {
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
  const summary =
    verdict === 'allowed'
      ? 'IAM would let this token assume the role.'
      : verdict === 'denied'
        ? 'IAM would refuse this token (AccessDenied).'
        : 'The result is uncertain: the policy relies on behaviour AWS does not document (see the notes).';
  return {
    statements,
    verdict,
    verdictIfPopulated,
    undocumentedKeys,
    summary,
    fix: verdict === 'allowed' ? undefined : fixFor(statements),
  };
}
