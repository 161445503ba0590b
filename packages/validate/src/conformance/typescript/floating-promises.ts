import type ts from 'typescript';
import { forEachOwn, type FunctionLike, type Ts } from './syntax.js';

/** `.then(…)`, `.catch(…)`, `.finally(…)`: a call on a promise's chain methods. */
function chainMethod(T: Ts, n: ts.Node): string | undefined {
  return T.isCallExpression(n) && T.isPropertyAccessExpression(n.expression) && /^(?:then|catch|finally)$/.test(n.expression.name.text)
    ? n.expression.name.text
    : undefined;
}

/** `p.catch(handler);` or `void p.catch(handler)`: a statement that only handles a promise's rejection. */
function isHandledStatement(T: Ts, call: ts.CallExpression): boolean {
  const parent = call.parent;
  return T.isExpressionStatement(parent) || (T.isVoidExpression(parent) && T.isExpressionStatement(parent.parent));
}

/**
 * Whether a function's only promise chaining is `.catch(handler)` on a promise it starts as a
 * statement (`run(async () => { … }).catch(onError)` in an Express handler, which may not be
 * `async`). typescript-eslint's `no-floating-promises` names `.catch()` with a handler as the way to
 * handle a promise where the function does not await it: error handling for a floating promise, not
 * a house of `.then` chains, so it fits a house that awaits as well as one that chains.
 */
export function onlyCatchesFloatingPromise(T: Ts, fn: FunctionLike & { body: ts.Node }): boolean {
  let catches = 0;
  let other = false;
  forEachOwn(T, fn.body, (n) => {
    const method = chainMethod(T, n);
    if (!method) return;
    if (method === 'catch' && isHandledStatement(T, n as ts.CallExpression)) catches++;
    else other = true;
  });
  return catches > 0 && !other;
}
