import type ts from 'typescript';
import { forEachOwn, isFunctionLike, skipParens, type Ts } from './syntax.js';

/** `-1`, `1`, `0`: a numeric literal's sign, or undefined for anything else. */
function literalSign(T: Ts, e: ts.Expression | undefined): -1 | 0 | 1 | undefined {
  if (!e) return undefined;
  const x = skipParens(T, e);
  if (T.isNumericLiteral(x)) return Number(x.text) === 0 ? 0 : 1;
  if (T.isPrefixUnaryExpression(x) && x.operator === T.SyntaxKind.MinusToken && T.isNumericLiteral(x.operand)) return -1;
  return undefined;
}

/**
 * Whether the function a `return -1` belongs to is a comparator: it also returns a positive
 * literal. ECMAScript's `Array.prototype.sort` contract has a comparator return a negative number,
 * zero or a positive number to order two values, so its `-1` is an ordering, not an error code.
 */
export function isComparatorReturn(T: Ts, ret: ts.ReturnStatement): boolean {
  if (literalSign(T, ret.expression) !== -1) return false;
  let fn: ts.Node | undefined = ret.parent;
  while (fn && !isFunctionLike(T, fn)) fn = fn.parent;
  if (!fn || !isFunctionLike(T, fn) || !fn.body) return false;
  let positive = false;
  forEachOwn(T, fn.body, (n) => {
    if (T.isReturnStatement(n) && literalSign(T, n.expression) === 1) positive = true;
  });
  return positive;
}
