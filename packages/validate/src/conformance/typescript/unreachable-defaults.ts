import type ts from 'typescript';
import type { Ts } from './syntax.js';

/**
 * `default: throw new Error(`Unexpected operation: ${op}`)`: the `default` of a switch over a
 * closed set of cases that throws is an assertion that the case cannot happen (TypeScript's
 * handbook checks exhaustiveness there), not how the function reports a failure to its callers.
 * Such a throw is no evidence of an error convention, in a house that throws or one that answers
 * `null`.
 */
export function isDefaultClauseAssertion(T: Ts, n: ts.ThrowStatement): boolean {
  return T.isDefaultClause(n.parent);
}
