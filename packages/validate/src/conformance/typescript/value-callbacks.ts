import type ts from 'typescript';
import type { FunctionLike, Ts } from './syntax.js';

/** Return types that say a callback hands nothing back: a continuation, called when work is done. */
const NO_VALUE = new Set(['void', 'undefined', 'any', 'unknown', 'never']);

/**
 * Whether a parameter is typed as a function that returns a value (`callback: () => T`,
 * `fn: (x: A) => Promise<B>`). Node's continuation callbacks return nothing (`(err, data) =>
 * void`): the caller learns the outcome when they are called. A callback typed to return a value
 * is called for that value, synchronously (`runInContext(ctx, callback)`) or as a promise, so
 * handing it on is no callback-style asynchrony.
 */
export function isValueCallback(T: Ts, p: ts.ParameterDeclaration): boolean {
  const type = p.type;
  if (!type || !T.isFunctionTypeNode(type)) return false;
  return !NO_VALUE.has(type.type.getText());
}

/** The function's parameter names, '' for destructured ones and for callbacks typed to return a value. */
export function continuationParamNames(T: Ts, fn: FunctionLike): string[] {
  return fn.parameters.map((p) => (T.isIdentifier(p.name) && !isValueCallback(T, p) ? p.name.text : ''));
}
