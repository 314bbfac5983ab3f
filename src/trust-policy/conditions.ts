/** A policy statement's Condition block, each condition evaluated by IAM's rules (iam-rules.ts) for the token. */
import {
  type ConditionResult,
  display,
  evaluateOperator,
  list,
  lookup,
  type ParsedOperator,
  PolicyError,
  parseOperator,
  type TokenFacts,
} from './iam-rules';

export function evaluateConditions(block: unknown, facts: TokenFacts): ConditionResult[] {
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
        base: op.base,
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
export function pitfallOf(op: ParsedOperator, key: string): string {
  const why = op.ifExists
    ? `…IfExists is true when ${key} is missing`
    : op.qualifier === 'ForAllValues'
      ? `ForAllValues is true when ${key} is missing (IAM User Guide, "Single-valued vs. multivalued context keys")`
      : `a negated operator is true when ${key} is missing`;
  return `${why}, so this condition passes without checking anything; add a Null condition ("${key}": "false") to require the key, or condition on a key IAM sets (:aud, :sub, :amr).`;
}
