import type { PlainNode } from '@ce/parse';
import type { Observation } from '../features.js';
import { errorMessageObservations } from './error-messages.js';
import { returnsExitStatus } from './exit-status.js';
import { convertedRaiseStyles, raisedName } from './converted-raises.js';
import { abortsWithStatus, returnedErrorResponse } from './error-responses.js';
import { answersPredicate } from './predicate-answers.js';
import { returnsNoResult } from './absent-results.js';
import { isFallbackReturn } from './fallback-returns.js';
import { withoutLoneFallbacks } from './lone-fallbacks.js';
import { loneNullReturnFitsRaising } from './lone-null-returns.js';
import { forEachFunction } from './functions.js';
import { returnStyle } from './return-style.js';
import { CALLBACK_PARAM, field, forEachOwn, named, paramNames } from './syntax.js';
import { observe, type PySource } from './source.js';
import { yieldedErrorObservations } from './yielded-errors.js';
import { recordedErrorObservations } from './recorded-errors.js';

/** `callback(SomeError(…))` / `done(err)`: a function reporting failure through its callback parameter. */
function callbackErrorObservations(src: PySource): Observation[] {
  const out: Observation[] = [];
  forEachFunction(src, {
    fn: (fn) => {
      const params = paramNames(fn);
      const body = field(fn, 'body');
      if (!body) return;
      forEachOwn(body, (x) => {
        const callee = x.type === 'call' ? field(x, 'function') : null;
        if (callee?.type !== 'identifier' || !params.includes(callee.text) || !CALLBACK_PARAM.test(callee.text)) return;
        const a0 = named(field(x, 'arguments') as PlainNode)[0];
        if (a0 && a0.type !== 'none' && (a0.type === 'call' || /^(?:e|err|error|exc)$/.test(a0.text)))
          out.push(observe({ category: 'error-handling', styles: ['callback-errors'] }, x));
      });
    },
  });
  return out;
}

/**
 * `done(err)` / `on_error(exc)`: a call of a callback the function, or one around it, was handed.
 * A module function named like one (`script_error_handler(path, e)`, defined beside it) is a plain
 * call that reports the error in place, not an error-first callback.
 */
function callsBackParameter(call: PlainNode): boolean {
  const name = field(call, 'function')?.text ?? '';
  if (!CALLBACK_PARAM.test(name)) return false;
  for (let p = call.parent; p; p = p.parent) if (p.type === 'function_definition' && paramNames(p).includes(name)) return true;
  return false;
}

/** What an except clause does with the error: re-raise, return a value that reports it, or call back. */
function exceptStyle(clause: PlainNode): string {
  if (returnsExitStatus(clause)) return 'error-codes';
  if (isFallbackReturn(clause)) return 'fallback-value';
  let style: string | undefined;
  forEachOwn(clause, (x) => {
    if (style) return;
    if (x.type === 'return_statement') style = returnedErrorResponse(x) ? 'error-responses' : returnStyle(named(x)[0] ?? null);
    if (x.type === 'raise_statement') style = 'exceptions';
    if (x.type === 'call' && callsBackParameter(x)) style = 'callback-errors';
  });
  return style ?? 'exceptions';
}

/**
 * `raise NotImplementedError(…)`: the way Python marks a method subclasses must override (the
 * docs of `NotImplementedError`: "abstract methods should raise this exception"). It declares a
 * contract, it handles no failure, so it is no evidence of how the module reports errors.
 */
function marksAbstract(raise: PlainNode): boolean {
  return raisedName(raise) === 'NotImplementedError';
}

/** raise, try/except, and returns that report failure in a guard. */
function statementObservations(src: PySource): Observation[] {
  const out: Observation[] = [];
  const add = (style: string, at: PlainNode): void => {
    out.push(observe({ category: 'error-handling', styles: [style] }, at));
  };
  // An exception the module catches itself and turns into a status is how it reaches that status.
  const convertedStyle = convertedRaiseStyles(src.root, exceptStyle);
  const visit = (n: PlainNode, inExcept: boolean, inGuard: boolean): void => {
    for (const c of named(n)) {
      if (c.type === 'raise_statement' && !marksAbstract(c)) add(convertedStyle(c) ?? 'exceptions', c);
      if (c.type === 'call' && abortsWithStatus(c)) add('exceptions', c);
      if (c.type === 'try_statement') {
        for (const clause of named(c).filter((x) => x.type === 'except_clause' && !answersPredicate(x))) add(exceptStyle(clause), clause);
        for (const part of named(c)) visit(part, part.type === 'except_clause' ? true : inExcept, inGuard);
        continue;
      }
      if (c.type === 'return_statement' && !inExcept) {
        const style = returnedErrorResponse(c) ? 'error-responses' : returnStyle(named(c)[0] ?? null);
        if (style && (style !== 'null-return' || (inGuard && !returnsNoResult(c)))) add(style, c);
      }
      const isFn = c.type === 'function_definition' || c.type === 'lambda';
      visit(c, isFn ? false : inExcept, isFn ? false : inGuard || c.type === 'if_statement');
    }
  };
  visit(src.root, false, false);
  return out;
}

/** Error handling: callback errors first, then exceptions and returned failure values, then returned messages, then yielded and recorded errors. */
export function errorHandlingObservations(src: PySource): Observation[] {
  return loneNullReturnFitsRaising(
    withoutLoneFallbacks([
      ...callbackErrorObservations(src),
      ...statementObservations(src),
      ...errorMessageObservations(src),
      ...yieldedErrorObservations(src),
      ...recordedErrorObservations(src),
    ]),
  );
}
