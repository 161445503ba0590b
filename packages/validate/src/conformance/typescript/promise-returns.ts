import type ts from 'typescript';
import { forEachOwn, skipParens, type FunctionLike } from './syntax.js';
import type { TsSource } from './source.js';

/** Promise combinators and settled promises: `Promise.all([…])`, `Promise.resolve()`. */
const PROMISE_STATIC = /^(?:all|allSettled|race|any|resolve|reject)$/;
/** Promises settled on the spot: `Promise.resolve(value)`, `Promise.reject(error)`. */
const SETTLED = /^(?:resolve|reject)$/;

/** The `Promise.<name>` a returned expression calls, if it calls one of them. */
function promiseStaticName(src: TsSource, e: ts.Expression): string | undefined {
  return isPromiseStatic(src, e)
    ? ((skipParens(src.T, e) as ts.CallExpression).expression as ts.PropertyAccessExpression).name.text
    : undefined;
}

function isPromiseStatic(src: TsSource, e: ts.Expression): boolean {
  const { T } = src;
  const x = skipParens(T, e);
  return (
    T.isCallExpression(x) &&
    T.isPropertyAccessExpression(x.expression) &&
    T.isIdentifier(x.expression.expression) &&
    x.expression.expression.text === 'Promise' &&
    PROMISE_STATIC.test(x.expression.name.text)
  );
}

/**
 * A function that neither awaits nor chains but hands back a promise it builds with a combinator
 * (`return Promise.all([listAll(), listCompleted()])`, `return Promise.resolve()`). It is no
 * synchronous code: it is the promise style written without `async`, where callers chain on the
 * promise they are handed, so it counts with `.then` chains (a house whose only other promise
 * code is one `async` function is not thereby a house that awaits).
 */
export function returnsCombinedPromise(src: TsSource, fn: FunctionLike & { body: ts.Node }): boolean {
  return returnedPromiseStatics(src, fn).length > 0;
}

/** The `Promise.<name>` calls a function returns: `all` for `return Promise.all([…])`. */
function returnedPromiseStatics(src: TsSource, fn: FunctionLike & { body: ts.Node }): string[] {
  const { T } = src;
  const found: string[] = [];
  const note = (e: ts.Expression): void => {
    const name = promiseStaticName(src, e);
    if (name) found.push(name);
  };
  if (!T.isBlock(fn.body)) note(fn.body as ts.Expression);
  else
    forEachOwn(T, fn.body, (n) => {
      if (T.isReturnStatement(n) && n.expression) note(n.expression);
    });
  return found;
}

/**
 * A function whose only promise work is one settled on the spot (`return Promise.resolve(this.data)`)
 * does nothing asynchronous: it keeps a promise-returning contract (an in-memory adapter beside
 * file adapters) without an `async` that would await nothing, which lint rules such as
 * typescript-eslint's `require-await` forbid. It fits a house that awaits as well as one that
 * chains; combinators (`Promise.all`) remain promise code.
 */
export function returnsOnlySettledPromise(src: TsSource, fn: FunctionLike & { body: ts.Node }): boolean {
  const names = returnedPromiseStatics(src, fn);
  return names.length > 0 && names.every((n) => SETTLED.test(n));
}
