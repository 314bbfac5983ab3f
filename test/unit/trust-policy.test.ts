/**
 * The trust-policy evaluator against a corpus of policy/claims cases: the verdict, and the result of every condition
 * of the first statement in order. Pages cited are sections of the IAM User Guide:
 * - [ops] "IAM JSON policy elements: Condition operators"
 *   (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html)
 * - [multi] "Single-valued vs. multivalued context keys"
 *   (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html)
 * - [oidc] "Available keys for AWS web identity federation"
 *   (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif)
 * - [logic] "Policy evaluation logic" (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html)
 */
import { describe, expect, it } from 'vitest';
import {
  evaluateTrustPolicy as evaluate,
  globMatch,
  PolicyError,
  type TokenFacts,
  type Tri,
} from '../../src/trust-policy/evaluate';
import { reportLines } from '../../src/trust-policy/report';
import { explain } from '../../src/trust-policy/wording';

/** The evaluator's verdict with the wording's words, as the report and the doctor show it. */
const evaluateTrustPolicy = (policy: unknown, facts: TokenFacts) => explain(evaluate(policy, facts));

const HOST = 'token.builds.bitrise.io';
const PROVIDER = `arn:aws:iam::123456789012:oidc-provider/${HOST}`;
const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const CLAIMS = {
  iss: `https://${HOST}`,
  aud: 'sts.amazonaws.com',
  sub: 'app:a1b2c3:workflow:deploy',
  app_slug: 'a1b2c3',
  workflow: 'deploy',
};

function allow(condition?: unknown, extra: Record<string, unknown> = {}) {
  return {
    Effect: 'Allow',
    Principal: { Federated: PROVIDER },
    Action: 'sts:AssumeRoleWithWebIdentity',
    ...(condition === undefined ? {} : { Condition: condition }),
    ...extra,
  };
}

interface Case {
  name: string;
  statements: unknown[];
  claims?: Record<string, unknown>;
  verdict: 'allowed' | 'denied' | 'uncertain';
  conditions?: Tri[];
  ifPopulated?: 'allowed' | 'denied' | 'uncertain';
}

const cases: Case[] = [
  // The trust policy IAM's console writes for an OIDC role: StringEquals on :aud. [oidc]
  {
    name: 'StringEquals aud matches',
    statements: [allow({ StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  {
    name: 'StringEquals aud differs',
    statements: [allow({ StringEquals: { [`${HOST}:aud`]: 'api.example.com' } })],
    verdict: 'denied',
    conditions: [false],
  },
  {
    name: 'StringEquals sub matches',
    statements: [allow({ StringEquals: { [`${HOST}:sub`]: CLAIMS.sub } })],
    verdict: 'allowed',
    conditions: [true],
  },
  // Values are case-sensitive for StringEquals. [ops]
  {
    name: 'StringEquals sub differs in case',
    statements: [allow({ StringEquals: { [`${HOST}:sub`]: 'APP:a1b2c3:workflow:deploy' } })],
    verdict: 'denied',
    conditions: [false],
  },
  {
    name: 'StringEqualsIgnoreCase sub differs in case',
    statements: [allow({ StringEqualsIgnoreCase: { [`${HOST}:sub`]: 'APP:A1B2C3:WORKFLOW:DEPLOY' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  // Condition keys are case-insensitive. [ops]
  {
    name: 'key in another case',
    statements: [allow({ StringEquals: { 'TOKEN.BUILDS.BITRISE.IO:AUD': 'sts.amazonaws.com' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  // StringEquals compares literally: * is not a wildcard. [ops]
  {
    name: 'StringEquals with a wildcard',
    statements: [allow({ StringEquals: { [`${HOST}:sub`]: 'app:a1b2c3:*' } })],
    verdict: 'denied',
    conditions: [false],
  },
  {
    name: 'StringLike with *',
    statements: [allow({ StringLike: { [`${HOST}:sub`]: 'app:a1b2c3:*' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  {
    name: 'StringLike with ?',
    statements: [allow({ StringLike: { [`${HOST}:sub`]: 'app:a1b2c?:workflow:deploy' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  {
    name: 'StringLike not matching',
    statements: [allow({ StringLike: { [`${HOST}:sub`]: 'app:zzz:*' } })],
    verdict: 'denied',
    conditions: [false],
  },
  // Several values for one key are OR. [ops]
  {
    name: 'several values, one matches',
    statements: [allow({ StringLike: { [`${HOST}:sub`]: ['app:zzz:*', 'app:a1b2c3:*'] } })],
    verdict: 'allowed',
    conditions: [true],
  },
  // Several keys are AND. [ops]
  {
    name: 'two keys, one fails',
    statements: [allow({ StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com', [`${HOST}:sub`]: 'other' } })],
    verdict: 'denied',
    conditions: [true, false],
  },
  {
    name: 'two operators, both pass',
    statements: [
      allow({ StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com' }, StringLike: { [`${HOST}:sub`]: 'app:*' } }),
    ],
    verdict: 'allowed',
    conditions: [true, true],
  },
  // Negated operators: none of the values may match. [ops]
  {
    name: 'StringNotEquals passes',
    statements: [allow({ StringNotEquals: { [`${HOST}:sub`]: ['x', 'y'] } })],
    verdict: 'allowed',
    conditions: [true],
  },
  {
    name: 'StringNotEquals fails',
    statements: [allow({ StringNotEquals: { [`${HOST}:sub`]: ['x', CLAIMS.sub] } })],
    verdict: 'denied',
    conditions: [false],
  },
  {
    name: 'StringNotLike fails',
    statements: [allow({ StringNotLike: { [`${HOST}:sub`]: 'app:a1b2c3:*' } })],
    verdict: 'denied',
    conditions: [false],
  },
  {
    name: 'StringNotEqualsIgnoreCase fails',
    statements: [allow({ StringNotEqualsIgnoreCase: { [`${HOST}:sub`]: 'APP:A1B2C3:WORKFLOW:DEPLOY' } })],
    verdict: 'denied',
    conditions: [false],
  },
  // A missing key: false for StringEquals, true for negated operators and IfExists; Null tests presence. [ops]
  {
    name: 'amr missing with StringEquals',
    statements: [allow({ StringEquals: { [`${HOST}:amr`]: 'authenticated' } })],
    verdict: 'denied',
    conditions: [false],
  },
  {
    name: 'amr missing with StringNotEquals',
    statements: [allow({ StringNotEquals: { [`${HOST}:amr`]: 'unauthenticated' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  {
    name: 'amr missing with StringEqualsIfExists',
    statements: [allow({ StringEqualsIfExists: { [`${HOST}:amr`]: 'authenticated' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  {
    name: 'IfExists on a present key that differs',
    statements: [allow({ StringEqualsIfExists: { [`${HOST}:sub`]: 'other' } })],
    verdict: 'denied',
    conditions: [false],
  },
  {
    name: 'Null true on a missing key',
    statements: [allow({ Null: { [`${HOST}:amr`]: 'true' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  {
    name: 'Null false on a present key',
    statements: [allow({ Null: { [`${HOST}:sub`]: 'false' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  {
    name: 'Null true on a present key',
    statements: [allow({ Null: { [`${HOST}:sub`]: 'true' } })],
    verdict: 'denied',
    conditions: [false],
  },
  // Set qualifiers over a multivalued claim. [multi]
  {
    name: 'ForAnyValue on amr',
    claims: { ...CLAIMS, amr: ['authenticated', 'mfa'] },
    statements: [allow({ 'ForAnyValue:StringEquals': { [`${HOST}:amr`]: 'mfa' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  {
    name: 'ForAllValues on amr, one outside',
    claims: { ...CLAIMS, amr: ['authenticated', 'mfa'] },
    statements: [allow({ 'ForAllValues:StringEquals': { [`${HOST}:amr`]: 'authenticated' } })],
    verdict: 'denied',
    conditions: [false],
  },
  {
    name: 'ForAllValues on a missing key matches',
    statements: [allow({ 'ForAllValues:StringEquals': { [`${HOST}:amr`]: 'x' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  {
    name: 'ForAnyValue on a missing key',
    statements: [allow({ 'ForAnyValue:StringEquals': { [`${HOST}:amr`]: 'x' } })],
    verdict: 'denied',
    conditions: [false],
  },
  // ForAllValues "returns true if there are no context keys in the request", negated or not. [multi]
  {
    name: 'negated ForAllValues on a missing key',
    statements: [allow({ 'ForAllValues:StringNotEquals': { [`${HOST}:amr`]: 'x' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  // Where the pages are silent: an array aud with a single-valued operator. [multi]
  {
    name: 'array aud with StringEquals',
    claims: { ...CLAIMS, aud: ['sts.amazonaws.com', 'other'] },
    statements: [allow({ StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com' } })],
    verdict: 'uncertain',
    conditions: ['uncertain'],
  },
  // Keys IAM does not document for a generic OIDC provider (Bitrise's guide shows them). [oidc]
  {
    name: 'StringEquals on app_slug',
    statements: [allow({ StringEquals: { [`${HOST}:app_slug`]: 'a1b2c3' } })],
    verdict: 'denied',
    conditions: [false],
    ifPopulated: 'allowed',
  },
  {
    name: 'StringEqualsIfExists on workflow restricts nothing',
    statements: [allow({ StringEqualsIfExists: { [`${HOST}:workflow`]: 'other' } })],
    verdict: 'allowed',
    conditions: [true],
    ifPopulated: 'denied',
  },
  // Explicit Deny wins. [logic]
  {
    name: 'explicit Deny wins',
    statements: [
      allow({ StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com' } }),
      { ...allow({ StringLike: { [`${HOST}:sub`]: '*:workflow:deploy' } }), Effect: 'Deny' },
    ],
    verdict: 'denied',
    conditions: [true],
  },
  {
    name: 'Deny that does not match',
    statements: [allow(), { ...allow({ StringEquals: { [`${HOST}:sub`]: 'other' } }), Effect: 'Deny' }],
    verdict: 'allowed',
    conditions: [],
  },
  // Principal and Action.
  {
    name: 'wrong provider host',
    statements: [
      {
        ...allow(),
        Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
      },
    ],
    verdict: 'denied',
    conditions: [],
  },
  {
    name: 'provider of another account',
    statements: [{ ...allow(), Principal: { Federated: `arn:aws:iam::999999999999:oidc-provider/${HOST}` } }],
    verdict: 'denied',
    conditions: [],
  },
  {
    name: 'Action sts:* covers the call',
    statements: [allow(undefined, { Action: 'sts:*' })],
    verdict: 'allowed',
    conditions: [],
  },
  {
    name: 'Action AssumeRole only',
    statements: [allow(undefined, { Action: 'sts:AssumeRole' })],
    verdict: 'denied',
    conditions: [],
  },
  {
    name: 'session tags need sts:TagSession',
    claims: { ...CLAIMS, 'https://aws.amazon.com/tags': { principal_tags: { team: ['ios'] } } },
    statements: [allow()],
    verdict: 'denied',
    conditions: [],
  },
  {
    name: 'no Allow statement',
    statements: [{ ...allow(), Effect: 'Deny', Condition: { StringEquals: { [`${HOST}:sub`]: 'x' } } }],
    verdict: 'denied',
    conditions: [false],
  },
  // A key of another provider is not in this request's context: it is missing, with the missing-key rules:
  // non-negated operators false, negated true, …IfExists true, Null "true" true. [ops] ("If the key that you specify
  // in a policy condition is not present in the request context, the values do not match and the condition is false")
  {
    name: 'a key of another issuer',
    statements: [allow({ StringEquals: { 'token.actions.githubusercontent.com:sub': 'x' } })],
    verdict: 'denied',
    conditions: [false],
  },
  {
    name: 'a key of another issuer, negated',
    statements: [allow({ StringNotEquals: { 'token.actions.githubusercontent.com:sub': 'x' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  {
    name: 'a key of another issuer with IfExists',
    statements: [allow({ StringEqualsIfExists: { 'token.actions.githubusercontent.com:sub': 'x' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  {
    name: 'Null "true" on a key of another issuer',
    statements: [allow({ Null: { 'token.actions.githubusercontent.com:sub': 'true' } })],
    verdict: 'allowed',
    conditions: [true],
  },
  {
    name: 'Null "false" on a key of another issuer',
    statements: [allow({ Null: { 'token.actions.githubusercontent.com:sub': 'false' } })],
    verdict: 'denied',
    conditions: [false],
  },
  // Global keys the token does not tell: IAM knows them, the token does not; doctor cannot tell. [ops]
  {
    name: 'a global aws: key',
    statements: [allow({ StringEquals: { 'aws:SourceIp': '203.0.113.7' } })],
    verdict: 'uncertain',
    conditions: ['uncertain'],
  },
];

/**
 * The fix each case that IAM would not allow must name: a part of its text, or null where the verdict cannot be told
 * and there is no fix to give (the summary says so). Every such case has an entry.
 */
const FIXES: Record<string, string | null> = {
  'StringEquals aud differs': 'expects "api.example.com", the token has "sts.amazonaws.com"',
  'StringEquals sub differs in case': 'differ only in case, and StringEquals is case-sensitive',
  'StringEquals with a wildcard': 'use StringLike for token.builds.bitrise.io:sub',
  'StringLike not matching': 'StringLike on token.builds.bitrise.io:sub expects "app:zzz:*"',
  'two keys, one fails': 'StringEquals on token.builds.bitrise.io:sub expects "other"',
  'StringNotEquals fails': 'remove "app:a1b2c3:workflow:deploy" from the list',
  'StringNotLike fails': 'remove "app:a1b2c3:*" from the list',
  'StringNotEqualsIgnoreCase fails': 'remove "APP:A1B2C3:WORKFLOW:DEPLOY" from the list',
  'amr missing with StringEquals': 'StringEquals on token.builds.bitrise.io:amr can never be true',
  'IfExists on a present key that differs': 'StringEqualsIfExists on token.builds.bitrise.io:sub expects "other"',
  'Null true on a present key': 'requires token.builds.bitrise.io:sub to be absent from the request',
  'ForAllValues on amr, one outside': 'expects "authenticated", the token has ["authenticated","mfa"]',
  'ForAnyValue on a missing key': 'ForAnyValue:StringEquals on token.builds.bitrise.io:amr can never be true',
  'array aud with StringEquals': null,
  'StringEquals on app_slug': 'remove the condition on token.builds.bitrise.io:app_slug',
  'explicit Deny wins': 'statement 2 is an explicit Deny that matches this token',
  'wrong provider host': 'the token needs arn:aws:iam::123456789012:oidc-provider/token.builds.bitrise.io',
  'provider of another account': 'the token needs arn:aws:iam::123456789012:oidc-provider/token.builds.bitrise.io',
  'Action AssumeRole only': 'needs sts:AssumeRoleWithWebIdentity',
  'session tags need sts:TagSession': 'needs sts:TagSession',
  'no Allow statement': 'the policy has no Allow statement',
  'a key of another issuer': 'IAM does not set token.actions.githubusercontent.com:sub for this request',
  'Null "false" on a key of another issuer': 'requires token.actions.githubusercontent.com:sub to be present',
  'a global aws: key': null,
};

describe('evaluateTrustPolicy', () => {
  it('has a corpus of at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it('names the expected fix of every case IAM would not allow', () => {
    const refused = cases.filter((c) => c.verdict !== 'allowed').map((c) => c.name);
    expect(Object.keys(FIXES).sort()).toEqual(refused.sort());
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const ev = evaluateTrustPolicy(
      { Version: '2012-10-17', Statement: c.statements },
      { claims: c.claims ?? CLAIMS, roleArn: ROLE },
    );
    expect(ev.verdict).toBe(c.verdict);
    if (c.conditions) expect(ev.statements[0]?.conditions.map((r) => r.result)).toEqual(c.conditions);
    expect(ev.verdictIfPopulated).toBe(c.ifPopulated ?? c.verdict);
    if (c.verdict === 'allowed') return;
    const fix = FIXES[c.name];
    if (fix === null) {
      expect(ev.fix).toBeUndefined();
      expect(ev.summary).toMatch(/^Cannot tell/);
    } else expect(ev.fix).toContain(fix);
  });

  it('says why a wildcard under StringEquals fails, and what to use', () => {
    const ev = evaluateTrustPolicy(
      { Statement: [allow({ StringEquals: { [`${HOST}:sub`]: 'app:*' } })] },
      { claims: CLAIMS, roleArn: ROLE },
    );
    expect(ev.fix).toContain('use StringLike');
  });

  it('says plainly when a policy conditions on a key IAM does not set, both ways', () => {
    const ev = evaluateTrustPolicy(
      {
        Statement: [allow({ StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com', [`${HOST}:app_slug`]: 'a1b2c3' } })],
      },
      { claims: CLAIMS, roleArn: ROLE },
    );
    const text = reportLines(ev).join('\n');
    expect(text).toContain(`[FAIL] StringEquals ${HOST}:app_slug: expected "a1b2c3"; token (missing)`);
    expect(text).toContain('if IAM did set it: pass');
    expect(text).toContain(
      'As documented, the verdict is DENIED; if IAM did set it from the token, it would be ALLOWED.',
    );
    expect(ev.fix).toContain(`remove the condition on ${HOST}:app_slug`);
  });

  it('names the wrong provider in the fix', () => {
    const ev = evaluateTrustPolicy(
      {
        Statement: [{ ...allow(), Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/app.bitrise.io' } }],
      },
      { claims: CLAIMS, roleArn: ROLE },
    );
    expect(ev.fix).toContain(`the token needs ${PROVIDER}`);
  });

  it('refuses what it cannot evaluate instead of guessing', () => {
    expect(() =>
      evaluateTrustPolicy({ Statement: [allow({ NumericLessThan: { x: '1' } })] }, { claims: CLAIMS }),
    ).toThrow(PolicyError);
    expect(() => evaluateTrustPolicy({ Version: '2012-10-17' }, { claims: CLAIMS })).toThrow(/no Statement/);
  });

  it('matches IAM globs', () => {
    expect(globMatch('a*c', 'abbbc')).toBe(true);
    expect(globMatch('a?c', 'abc')).toBe(true);
    expect(globMatch('a?c', 'abbc')).toBe(false);
    expect(globMatch('a.c', 'abc')).toBe(false);
    expect(globMatch('*', '')).toBe(true);
    expect(globMatch('app:*:workflow:*', 'app:a1b2:workflow:deploy')).toBe(true);
    expect(globMatch('*b', 'aaab')).toBe(true);
    expect(globMatch('a*', '')).toBe(false);
  });

  it('matches in pattern × value steps, never backtracking exponentially', () => {
    // A regular expression made from this pattern backtracks for minutes on an 80-character value; this runs
    // a 30-star pattern against 20,000 characters, which an exponential matcher would never finish.
    expect(globMatch('a*a*a*a*a*a*a*b', 'a'.repeat(80))).toBe(false);
    expect(globMatch(`${'a*'.repeat(30)}b`, 'a'.repeat(20_000))).toBe(false);
    expect(globMatch(`${'a*'.repeat(30)}b`, `${'a'.repeat(20_000)}b`)).toBe(true);
  });
});

/**
 * What doctor says, beyond the verdict: advice that is right for every operator. Pages: [ops], [multi], [logic] above;
 * [null] is the "Condition operator to check existence of condition keys" part of [ops].
 */
describe('advice', () => {
  const evaluate = (statements: unknown[], claims: Record<string, unknown> = CLAIMS) =>
    evaluateTrustPolicy({ Version: '2012-10-17', Statement: statements }, { claims, roleArn: ROLE });

  it('says a negated operator requires the value to differ from all, and fixes by removing the value [ops]', () => {
    const ev = evaluate([allow({ StringNotEquals: { [`${HOST}:sub`]: ['app:a1b2c3:workflow:deploy', 'other'] } })]);
    expect(ev.verdict).toBe('denied');
    const text = reportLines(ev).join('\n');
    expect(text).toContain(
      `[FAIL] StringNotEquals ${HOST}:sub: must differ from all of "app:a1b2c3:workflow:deploy", "other"; token "app:a1b2c3:workflow:deploy"`,
    );
    expect(text).not.toContain('expected "app:a1b2c3:workflow:deploy" or');
    expect(ev.fix).toContain('remove "app:a1b2c3:workflow:deploy" from the list');
    expect(ev.fix).not.toMatch(/case/);
    // The fix works: without that value the same token is let in.
    expect(evaluate([allow({ StringNotEquals: { [`${HOST}:sub`]: ['other'] } })]).verdict).toBe('allowed');
  });

  it('never calls an IgnoreCase operator case-sensitive, nor identical values different in case [ops]', () => {
    const ignoring = evaluate([
      allow({ StringNotEqualsIgnoreCase: { [`${HOST}:sub`]: 'APP:A1B2C3:WORKFLOW:DEPLOY' } }),
    ]);
    expect(ignoring.verdict).toBe('denied');
    expect(ignoring.fix).not.toMatch(/case-sensitive|differ only in case/);
    const identical = evaluate([allow({ StringNotEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com' } })]);
    expect(identical.fix).not.toMatch(/differ only in case/);
    const caseOnly = evaluate([allow({ StringEquals: { [`${HOST}:sub`]: 'APP:a1b2c3:workflow:deploy' } })]);
    expect(caseOnly.fix).toContain('differ only in case');
    expect(caseOnly.fix).toContain('StringEqualsIgnoreCase');
  });

  it('names the pitfall of a condition that passes only because its key is missing [multi]', () => {
    const ev = evaluate([allow({ 'ForAllValues:StringEquals': { [`${HOST}:amr`]: 'trusted' } })]);
    expect(ev.verdict).toBe('allowed');
    const cond = ev.statements[0]?.conditions[0];
    expect(cond?.pitfall).toContain('ForAllValues is true when');
    expect(reportLines(ev).join('\n')).toContain(
      'careful: ForAllValues is true when token.builds.bitrise.io:amr is missing',
    );
    expect(ev.decidedBy.join('\n')).toContain('Careful:');
    const ifExists = evaluate([allow({ StringEqualsIfExists: { 'token.actions.githubusercontent.com:sub': 'x' } })]);
    expect(ifExists.statements[0]?.conditions[0]?.pitfall).toContain('…IfExists is true when');
  });

  it('labels an explicit Deny plainly, and says what decided the verdict [logic]', () => {
    const ev = evaluate([
      allow({ StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com' } }),
      { ...allow({ StringLike: { [`${HOST}:sub`]: '*:workflow:deploy' } }), Effect: 'Deny', Sid: 'NoDeploy' },
    ]);
    const text = reportLines(ev).join('\n');
    expect(text).toContain('Statement 2 (Deny, NoDeploy): matches: this explicit Deny REFUSES the token');
    expect(text).toContain(`[true] StringLike ${HOST}:sub`);
    expect(text).not.toContain(`[pass] StringLike ${HOST}:sub`);
    expect(ev.decidedBy[0]).toContain('statement 2 (NoDeploy) is an explicit Deny, and it matches this token');
    const implicit = evaluate([allow({ StringEquals: { [`${HOST}:sub`]: 'other' } })]);
    expect(implicit.decidedBy.join('\n')).toContain('No Allow statement matches, so IAM refuses by default');
    expect(implicit.decidedBy.join('\n')).toContain(`StringEquals requires ${HOST}:sub to equal one of "other"`);
  });

  it('explains Null as a presence test [null]', () => {
    const ev = evaluate([allow({ Null: { [`${HOST}:sub`]: 'true' } })]);
    expect(ev.verdict).toBe('denied');
    const text = reportLines(ev).join('\n');
    expect(text).toContain(`[FAIL] Null ${HOST}:sub: presence test: the key must be absent ("true")`);
    expect(ev.fix).toContain(`Null is a presence test: it requires ${HOST}:sub to be absent from the request`);
    expect(ev.fix).not.toContain('expects "true"');
  });
});
