import type { Observation } from '../features.js';
import { forEachFunction } from './functions.js';
import { forEachOwn, paramNames } from './syntax.js';
import { observe, type TsSource } from './source.js';

/** A parameter that is the caller's list of problems: `errors`, `validationErrors`. */
const ERRORS_PARAM = /^(?:errors|\w*Errors)$/;

/**
 * `errors.push(format(messages.required, field))` into an `errors` parameter: a validation rule
 * that adds its messages to the list its caller passed in (async-validator's rules), and never
 * throws or returns them. The messages are the failure, whatever builds them, so any pushed value
 * counts; they are the caller's to report, the same convention as returned messages.
 */
export function passedErrorListObservations(src: TsSource): Observation[] {
  const { T } = src;
  const out: Observation[] = [];
  forEachFunction(src, (fn) => {
    const lists = new Set(paramNames(T, fn).filter((p) => ERRORS_PARAM.test(p)));
    if (lists.size === 0) return;
    forEachOwn(T, fn.body, (n) => {
      if (!T.isCallExpression(n) || !T.isPropertyAccessExpression(n.expression) || n.expression.name.text !== 'push') return;
      const target = n.expression.expression;
      if (T.isIdentifier(target) && lists.has(target.text) && n.arguments.length > 0)
        out.push(observe(src, { category: 'error-handling', styles: ['error-messages'] }, n));
    });
  });
  return out;
}
