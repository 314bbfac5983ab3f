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
  /** The key's values in the request context; undefined when the key is missing or cannot be known. */
  tokenValues: string[] | undefined;
  /** True when the key is not in the request context. */
  missing: boolean;
  /** A negated operator (StringNotEquals, StringNotLike, …): the values must all differ. */
  negated: boolean;
  result: Tri;
  /** Set when the condition is true for a reason that restricts nothing (a missing key), as the IAM guide warns. */
  pitfall?: string;
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
  /** What decided the verdict, in plain words: the statement and the element or condition that did it. */
  decidedBy: string[];
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
  /** Why the key is missing, when it is not one of the issuer's. */
  why?: string;
}

/** Prefixes of global keys that may be in the request context with values the token does not tell. */
const GLOBAL_PREFIXES = new Set(['aws', 'sts']);

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
  if (colon > 0 && !GLOBAL_PREFIXES.has(prefix)) {
    return {
      value: { kind: 'missing' },
      why: `${key} is not a key of this token's issuer (${host || 'unknown'}): IAM sets no such key for this request`,
    };
  }
  return { value: { kind: 'unknown', why: `${key} is a global key whose value the token does not tell` } };
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
    if (op.qualifier === 'ForAllValues') return { result: true };
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
      const missing = found.value.kind === 'missing';
      const entry: ConditionResult = {
        operator,
        key,
        expected,
        actual: display(found.value),
        tokenValues: found.value.kind === 'present' ? found.value.values : undefined,
        missing,
        negated: op.negated,
        result,
      };
      if (note) entry.note = note;
      if (found.why) entry.note = found.why;
      if (missing && result === true && op.base !== 'Null') entry.pitfall = pitfallOf(op, key);
      if (found.populated) {
        entry.ifPopulated = evaluateOperator(op, expected, found.populated).result;
        entry.note = `IAM does not set ${key} for this provider (only :aud, :sub, :amr); the token's claim is ${display(found.populated)}`;
      }
      results.push(entry);
    }
  }
  return results;
}

/** Why a condition that is true on a missing key restricts nothing. */
function pitfallOf(op: ParsedOperator, key: string): string {
  const why = op.ifExists
    ? `…IfExists is true when ${key} is missing`
    : op.qualifier === 'ForAllValues'
      ? `ForAllValues is true when ${key} is missing (IAM User Guide, "Single-valued vs. multivalued context keys")`
      : `a negated operator is true when ${key} is missing`;
  return `${why}, so this condition passes without checking anything; add a Null condition ("${key}": "false") to require the key, or condition on a key IAM sets (:aud, :sub, :amr).`;
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

const quoted = (values: string[]) => values.map((v) => JSON.stringify(v)).join(', ');
const statementName = (s: StatementResult) => `statement ${s.index}${s.sid ? ` (${s.sid})` : ''}`;

/** A condition in words: what it requires, rather than what it "expects". */
export function requirement(c: ConditionResult): string {
  if (c.operator === 'Null') {
    const absent = c.expected.map((e) => e.toLowerCase() === 'true');
    return absent.every(Boolean)
      ? `requires ${c.key} to be absent from the request`
      : absent.some(Boolean)
        ? `allows ${c.key} present or absent`
        : `requires ${c.key} to be present in the request`;
  }
  return c.negated
    ? `requires ${c.key} to differ from all of ${quoted(c.expected)}`
    : `requires ${c.key} to ${c.operator.includes('Like') ? 'match' : 'equal'} one of ${quoted(c.expected)}`;
}

function presence(c: ConditionResult): string {
  return c.missing ? `IAM does not set ${c.key} for this request` : `the request has ${c.key} = ${c.actual}`;
}

/** The first element or condition of a statement that is false (or cannot be decided), in words. */
function firstFailure(s: StatementResult, want: Tri): string | undefined {
  if (s.principal.result === want) return `Principal: ${s.principal.detail}`;
  if (s.action.result === want) return `Action: ${s.action.detail}`;
  const c = s.conditions.find((x) => x.result === want);
  if (!c) return undefined;
  return `${c.operator} ${requirement(c)}, but ${presence(c)}${c.note && want === 'uncertain' ? ` (${c.note})` : ''}`;
}

/** What decided the verdict, in plain words. */
function reasonsFor(statements: StatementResult[], verdict: Evaluation['verdict']): string[] {
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
function fixFor(statements: StatementResult[]): string | undefined {
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
  if (cond.operator === 'Null') {
    return `Null is a presence test: it ${requirement(cond)}, but ${presence(cond)}. Remove the condition, or test a key IAM sets for this request (:aud, :sub, :amr).`;
  }
  if (cond.missing) {
    return `${cond.operator} on ${cond.key} can never be true: ${presence(cond)}. Remove it, or condition on ${cond.key.replace(/:[^:]*$/, '')} keys IAM sets (:aud, :sub, :amr) of this token's issuer.`;
  }
  const token = cond.tokenValues ?? [];
  if (cond.negated) {
    const hit = cond.expected.filter((e) => token.some((t) => matchesFor(cond.operator, e, t)));
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

function matchesFor(operator: string, expected: string, actual: string): boolean {
  const base = operator.replace(/^For(AnyValue|AllValues):/, '').replace(/IfExists$/, '');
  return matches(base, expected, actual);
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
        : 'Cannot tell: the policy relies on values the token does not show or on behaviour AWS does not document (see the notes).';
  return {
    statements,
    verdict,
    verdictIfPopulated,
    undocumentedKeys,
    summary,
    decidedBy: reasonsFor(statements, verdict),
    fix: verdict === 'allowed' ? undefined : fixFor(statements),
  };
}
