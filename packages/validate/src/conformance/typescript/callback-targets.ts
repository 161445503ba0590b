import type ts from 'typescript';
import { CALLBACK_PARAM, ERROR_PARAM, forEachOwn, isFunctionLike, isNullish, paramNames, skipParens, type FunctionLike } from './syntax.js';

type Ts = typeof ts;

/**
 * Whether a name reads as an error-first callback: the usual callback names, and `fn`, the other
 * name older Node code (connect, express) gives them (`if (err) return fn(err)`).
 */
export function isCallbackName(name: string): boolean {
  return CALLBACK_PARAM.test(name) || name === 'fn';
}

/** A function's own parameters and the locals it binds. */
function addOwnNames(T: Ts, fn: FunctionLike, names: Set<string>): void {
  for (const p of paramNames(T, fn)) names.add(p);
  if (fn.body)
    forEachOwn(T, fn.body, (c) => {
      if (T.isVariableDeclaration(c) && T.isIdentifier(c.name) && c.initializer) names.add(c.name.text);
    });
}

/**
 * The callbacks a function can call: its parameters, the locals it binds to one
 * (`const cb = this._callback; … cb(err)`), the way stream code hands a stored callback on, and
 * those of the functions around it (`process.nextTick(function () { cb(err) })` defers the
 * enclosing function's callback).
 */
export function callbackNames(T: Ts, fn: FunctionLike): Set<string> {
  const names = new Set<string>();
  for (let n: ts.Node | undefined = fn; n; n = n.parent) if (isFunctionLike(T, n)) addOwnNames(T, n, names);
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
