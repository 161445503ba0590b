import type ts from 'typescript';
import { isCallbackName } from './callback-targets.js';
import { forEachOwn, isFunctionLike, paramNames, skipParens, type FunctionLike, type Ts } from './syntax.js';

/** The function a declaration names: `function failure(err) {…}` or `const failure = (err) => …`. */
function namedFunction(T: Ts, n: ts.Node): { name: string; fn: FunctionLike } | undefined {
  if (T.isFunctionDeclaration(n) && n.name) return { name: n.name.text, fn: n };
  if (!T.isVariableDeclaration(n) || !T.isIdentifier(n.name) || !n.initializer) return undefined;
  const init = skipParens(T, n.initializer);
  return isFunctionLike(T, init) ? { name: n.name.text, fn: init as FunctionLike } : undefined;
}

/** Whether a function calls an error-first callback with its own first parameter: `callback(err)`. */
function handsFirstParamToCallback(T: Ts, fn: FunctionLike): boolean {
  const first = paramNames(T, fn)[0];
  if (!first || !fn.body) return false;
  let found = false;
  forEachOwn(T, fn.body, (c) => {
    if (!T.isCallExpression(c) || !T.isIdentifier(c.expression) || !isCallbackName(c.expression.text)) return;
    const a0 = c.arguments[0];
    if (a0 && T.isIdentifier(skipParens(T, a0)) && (skipParens(T, a0) as ts.Identifier).text === first) found = true;
  });
  return found;
}

/**
 * The file's error funnels: its own functions that hand the error they are given to an error-first
 * callback (`function failure(err) { if (callback) return callback(err); throw err; }`), the way a
 * function with an optional callback reports failure. `return failure(new Error(…))` is then a
 * callback error, not a Result value, whatever the funnel is called.
 */
export function errorFunnels(T: Ts, sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const walk = (n: ts.Node): void => {
    const named = namedFunction(T, n);
    if (named && handsFirstParamToCallback(T, named.fn)) names.add(named.name);
    T.forEachChild(n, walk);
  };
  walk(sf);
  return names;
}

/** Whether an expression is a call of one of the file's error funnels. */
export function callsFunnel(T: Ts, e: ts.Node | undefined, funnels: ReadonlySet<string>): boolean {
  if (!e || funnels.size === 0) return false;
  const x = T.isExpressionStatement(e) ? e.expression : e;
  const call = skipParens(T, x as ts.Expression);
  return T.isCallExpression(call) && T.isIdentifier(call.expression) && funnels.has(call.expression.text);
}
