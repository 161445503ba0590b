import type ts from 'typescript';
import type { Observation } from '../features.js';
import { observe, type TsSource } from './source.js';

/** A constructed error object: `new GraphQLError(…)`, `new ValidationError(…)`. */
const ERROR_CLASS = /(?:Error|Exception)$/;

/** Methods that fail a promise or a stream: errors they take are thrown by other means, read elsewhere. */
const NOT_A_COLLECTOR = /^(?:reject|destroy|throw)$/;

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
      if (handsError && n.expression.getText(sf) !== 'Promise.reject')
        out.push(observe(src, { category: 'error-handling', styles: ['callback-errors'] }, n));
    }
    T.forEachChild(n, walk);
  };
  walk(sf);
  return out;
}
