import type ts from 'typescript';
import type { Observation } from '../features.js';
import { observe, type TsSource } from './source.js';
import type { Ts } from './syntax.js';

/** A constructed error object: `new GraphQLError(…)`, `new ValidationError(…)`. */
const ERROR_CLASS = /(?:Error|Exception)$/;

/** Methods that fail a promise or a stream: errors they take are thrown by other means, read elsewhere. */
const NOT_A_COLLECTOR = /^(?:reject|destroy|throw)$/;

/**
 * A call that builds the error rather than hands it on: `Object.assign(new Error(…), { code })`
 * returns the error it was given (its target), and a call whose result is thrown
 * (`throw Object.assign(…)`, `throw withCause(new Error(…))`) gives its error to the throw.
 */
function buildsError(T: Ts, n: ts.CallExpression, sf: ts.SourceFile): boolean {
  if (n.expression.getText(sf) === 'Object.assign') return true;
  let up: ts.Node = n.parent;
  while (T.isParenthesizedExpression(up) || T.isAsExpression(up)) up = up.parent;
  return T.isThrowStatement(up);
}

/**
 * Errors handed to a collector (`context.reportError(new GraphQLError(…))`, `errors.push(new
 * ValidationError(…))`): validators and linters gather every problem instead of stopping at the
 * first, the way Python validators yield theirs. A convention of its own, so a helper that throws
 * stands out among them. Handing an error on is one convention whoever receives it: a collector, a
 * strategy's `this.error(…)` or a callback (`cb(new Error(…))`, read elsewhere), so it is noted as
 * a callback error.
 */
export function reportedErrorObservations(src: TsSource): Observation[] {
  const { T, sf } = src;
  const out: Observation[] = [];
  const walk = (n: ts.Node): void => {
    if (T.isCallExpression(n) && T.isPropertyAccessExpression(n.expression) && !NOT_A_COLLECTOR.test(n.expression.name.text)) {
      const handsError = n.arguments.some((a) => T.isNewExpression(a) && ERROR_CLASS.test(a.expression.getText(sf)));
      if (handsError && n.expression.getText(sf) !== 'Promise.reject' && !buildsError(T, n, sf))
        out.push(observe(src, { category: 'error-handling', styles: ['callback-errors'] }, n));
    }
    T.forEachChild(n, walk);
  };
  walk(sf);
  return out;
}
