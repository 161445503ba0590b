import type ts from 'typescript';
import { forEachOwn, skipParens, type FunctionLike } from './syntax.js';
import type { TsSource } from './source.js';

/** Promise combinators and settled promises: `Promise.all([…])`, `Promise.resolve()`. */
const PROMISE_STATIC = /^(?:all|allSettled|race|any|resolve|reject)$/;

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
  const { T } = src;
  if (!T.isBlock(fn.body)) return isPromiseStatic(src, fn.body as ts.Expression);
  let found = false;
  forEachOwn(T, fn.body, (n) => {
    if (T.isReturnStatement(n) && n.expression && isPromiseStatic(src, n.expression)) found = true;
  });
  return found;
}
