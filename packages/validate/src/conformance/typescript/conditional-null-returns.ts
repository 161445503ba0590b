import type ts from 'typescript';
import { skipParens, type Ts } from './syntax.js';

/**
 * `return v ? v.version : null`: the guard `if (!v) return null; return v.version` written as one
 * expression. A lookup or parser that answers "nothing parsed / no match" this way has the
 * null-return convention as much as one that writes the `if`; only `null` counts, since `undefined`
 * is the absence of a value rather than an answer (the guard rule leaves it out too).
 */
export function isConditionalNullReturn(T: Ts, e: ts.Expression | undefined): boolean {
  if (!e) return false;
  const x = skipParens(T, e);
  if (!T.isConditionalExpression(x)) return false;
  const isNull = (b: ts.Expression): boolean => skipParens(T, b).kind === T.SyntaxKind.NullKeyword;
  return isNull(x.whenTrue) !== isNull(x.whenFalse);
}
