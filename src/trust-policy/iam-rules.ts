/**
 * IAM's rules for conditions, as evaluate.ts (which cites their sources) applies them: three-valued logic, the glob of
 * StringLike, the request context's keys (which a token sets, which it cannot tell), and each condition operator.
 */
import { globMatch, iamValue } from './policy-variables';

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
  /** The operator without ForAnyValue:/ForAllValues: and IfExists (StringLike for ForAnyValue:StringLikeIfExists). */
  base: string;
  result: Tri;
  /** Set when the condition is true for a reason that restricts nothing (a missing key), as the IAM guide warns. */
  pitfall?: string;
  /** Set for keys IAM does not populate for this provider: the result if it did, from the token's claim. */
  ifPopulated?: Tri;
  note?: string;
}

export class PolicyError extends Error {}

export const DOCUMENTED = new Set(['aud', 'sub', 'amr']);
export const OPERATORS = new Set([
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'Null',
]);
export const TAGS_CLAIM = 'https://aws.amazon.com/tags';

export function and(values: Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.includes('uncertain') ? 'uncertain' : true;
}

export function or(values: Tri[]): Tri {
  if (values.includes(true)) return true;
  return values.includes('uncertain') ? 'uncertain' : false;
}

export function list(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => String(v));
}

export { globMatch };

/** The issuer's host (its provider's name, its keys' prefix); without `iss`, `fallback` ('': no key is the issuer's). */
export function issuerHost(claims: Record<string, unknown> | undefined, fallback = ''): string {
  const iss = typeof claims?.iss === 'string' ? claims.iss : fallback;
  return iss.replace(/^https:\/\//, '').replace(/\/+$/, '');
}

export type ContextValue =
  | { kind: 'present'; values: string[]; multi: boolean }
  | { kind: 'missing' }
  | { kind: 'unknown'; why: string };

export interface Lookup {
  value: ContextValue;
  /** For an undocumented key of the token's issuer: the claim's value, as if IAM set it. */
  populated?: ContextValue;
  /** Why the key is missing, when it is not one of the issuer's. */
  why?: string;
}

/** Prefixes of global keys that may be in the request context with values the token does not tell. */
export const GLOBAL_PREFIXES = new Set(['aws', 'sts']);

export function claimValue(claims: Record<string, unknown>, name: string): ContextValue {
  const claim = claims[name];
  if (claim === undefined || claim === null) return { kind: 'missing' };
  if (Array.isArray(claim)) return { kind: 'present', values: claim.map(String), multi: true };
  if (typeof claim === 'object') return { kind: 'unknown', why: `the ${name} claim is an object` };
  return { kind: 'present', values: [String(claim)], multi: false };
}

export function lookup(key: string, facts: TokenFacts): Lookup {
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

export function display(value: ContextValue): string {
  if (value.kind === 'missing') return '(missing)';
  if (value.kind === 'unknown') return '(unknown)';
  return value.multi ? JSON.stringify(value.values) : JSON.stringify(value.values[0]);
}

export interface ParsedOperator {
  qualifier: 'ForAnyValue' | 'ForAllValues' | undefined;
  base: string;
  ifExists: boolean;
  negated: boolean;
}

export function parseOperator(operator: string): ParsedOperator {
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

export function matches(base: string, expected: string, actual: string): boolean {
  if (base.startsWith('StringLike') || base.startsWith('StringNotLike')) return globMatch(expected, actual);
  if (base.endsWith('IgnoreCase')) return iamValue(expected).toLowerCase() === actual.toLowerCase();
  return iamValue(expected) === actual;
}

export function evaluateOperator(
  op: ParsedOperator,
  expected: string[],
  value: ContextValue,
): { result: Tri; note?: string } {
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
