import type ts from 'typescript';
import { ERROR_PARAM, forEachOwn, isNullish, paramNames, skipParens, type FunctionLike } from './syntax.js';

type Ts = typeof ts;

/**
 * The callbacks a function can call: its parameters, and the locals it binds to one
 * (`const cb = this._callback; … cb(err)`), the way stream code hands a stored callback on.
 */
export function callbackNames(T: Ts, fn: FunctionLike): Set<string> {
  const names = new Set(paramNames(T, fn));
  if (fn.body)
    forEachOwn(T, fn.body, (c) => {
      if (T.isVariableDeclaration(c) && T.isIdentifier(c.name) && c.initializer) names.add(c.name.text);
    });
  return names;
}

/**
 * Whether a callback's first argument reports a failure: `new Error(…)`, `err`, or either of them
 * picked by a condition (`cb(done ? null : new Error('Unexpected end'))`).
 */
export function reportsError(T: Ts, arg: ts.Expression | undefined): boolean {
  if (!arg || isNullish(T, arg)) return false;
  const a = skipParens(T, arg);
  if (T.isConditionalExpression(a)) return reportsError(T, a.whenTrue) || reportsError(T, a.whenFalse);
  return T.isNewExpression(a) || (T.isIdentifier(a) && ERROR_PARAM.test(a.text));
}
