import type ts from 'typescript';
import { returnStyle } from './return-style.js';
import { forEachOwn, type Ts } from './syntax.js';

/**
 * A `.catch` handler that turns the rejection into a Result value (`.catch((e) => err(e))`,
 * `.catch((e) => { return new Err(map(e)) })`): the house converts failures to values there, it
 * does not handle them as exceptions.
 */
export function convertsToResult(T: Ts, handler: ts.Expression | undefined): boolean {
  if (!handler || !(T.isArrowFunction(handler) || T.isFunctionExpression(handler))) return false;
  if (!T.isBlock(handler.body)) return returnStyle(T, handler.body) === 'result';
  let found = false;
  forEachOwn(T, handler.body, (c) => {
    if (T.isReturnStatement(c) && returnStyle(T, c.expression) === 'result') found = true;
  });
  return found;
}
