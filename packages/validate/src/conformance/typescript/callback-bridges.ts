import type ts from 'typescript';
import { isCallbackName, reportsError } from './callback-targets.js';
import { isFunctionLike, isNullish, type Ts } from './syntax.js';

/**
 * A call of an error-first callback: a callback's name and a first argument that is an error
 * (`cb(err)`, `callback(new Error(…))`) or, for any outcome, the `null` of a success
 * (`cb(null, info)`). `next()` without arguments is not one: it hands on, it settles nothing.
 */
function isErrorFirstCall(T: Ts, n: ts.Node, failureOnly: boolean): boolean {
  if (!T.isCallExpression(n) || !T.isIdentifier(n.expression) || !isCallbackName(n.expression.text)) return false;
  const a0 = n.arguments[0];
  return reportsError(T, a0) || (!failureOnly && a0 !== undefined && isNullish(T, a0));
}

/**
 * Whether code settles an error-first callback, directly or in a function it creates to defer the
 * call (`setImmediate(() => callback(err))`, which keeps a throw of the callback out of the code
 * that caught the error).
 */
export function settlesCallback(T: Ts, node: ts.Node, failureOnly: boolean): boolean {
  let found = false;
  const walk = (n: ts.Node): void => {
    if (found) return;
    if (isErrorFirstCall(T, n, failureOnly)) found = true;
    else T.forEachChild(n, walk);
  };
  walk(node);
  return found;
}

/**
 * A promise chain whose handlers settle an error-first callback
 * (`client.send(cmd).then(data => cb(null, data), err => cb(err))`): a callback API built on a
 * promise-based client, what Node's `util.callbackify` does. Its callers see a callback.
 */
export function bridgesToCallback(T: Ts, chain: ts.CallExpression): boolean {
  return chain.arguments.some((a) => isFunctionLike(T, a) && settlesCallback(T, a, false));
}

/** A `.catch(handler)` or catch block that hands the caught error to an error-first callback. */
export function handsErrorToCallback(T: Ts, handler: ts.Node | undefined): boolean {
  return handler !== undefined && settlesCallback(T, handler, true);
}

/**
 * Whether a function hands its result to an error-first callback (`callback(null, css, map)`),
 * anywhere in it. An `async` function that does is a callback API written with `await` inside:
 * webpack's loader API (`const callback = this.async()`, documented as the way an asynchronous
 * loader returns its result) and Node's `util.callbackify` both settle a callback, not the promise,
 * so its callers see a callback. Handing on an error alone (`next(err)` in an async middleware)
 * is not this: the result still leaves by the promise.
 */
export function deliversResultToCallback(T: Ts, body: ts.Node): boolean {
  let found = false;
  const walk = (n: ts.Node): void => {
    if (found) return;
    if (isErrorFirstCall(T, n, false) && isNullish(T, (n as ts.CallExpression).arguments[0])) found = true;
    else T.forEachChild(n, walk);
  };
  walk(body);
  return found;
}
