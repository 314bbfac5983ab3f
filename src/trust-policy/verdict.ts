/** What the trust-policy evaluator finds, as data (evaluate.ts); the words for it are wording.ts's. */
import type { ConditionResult, Tri } from './iam-rules';

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

export interface Verdict {
  statements: StatementResult[];
  verdict: 'allowed' | 'denied' | 'uncertain';
  /** The verdict if IAM populated the undocumented keys the policy uses (same as verdict when it uses none). */
  verdictIfPopulated: 'allowed' | 'denied' | 'uncertain';
  undocumentedKeys: string[];
}

/** A verdict in words: the summary, what decided it (statement and element or condition), and the fix. */
export interface Explained {
  summary: string;
  decidedBy: string[];
  fix: string | undefined;
}

/** A verdict with its words, as the report, the doctor and the refusal's diagnosis show it. */
export type Evaluation = Verdict & Explained;
