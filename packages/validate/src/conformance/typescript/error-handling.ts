import type ts from 'typescript';
import type { Observation } from '../features.js';
import { errorMessageObservations } from './error-messages.js';
import { forEachFunction } from './functions.js';
import { returnStyle } from './return-style.js';
import { reportedErrorObservations } from './reported-errors.js';
import { passedErrorListObservations } from './passed-error-lists.js';
import { callbackNames, isCallbackName, reportsError } from './callback-targets.js';
import { handsErrorToCallback } from './callback-bridges.js';
import { CALLBACK_PARAM, forEachOwn, isFunctionLike, skipParens } from './syntax.js';
import { observe, type TsSource } from './source.js';
import { isStreamImplementerMethod } from './stream-contract.js';
import { settlesExecutor } from './promise-executors.js';
import { isComparatorReturn } from './comparators.js';
import { isConditionalNullReturn } from './conditional-null-returns.js';
import { isDefaultClauseAssertion } from './unreachable-defaults.js';
import { caughtName, isRethrow, recoversWithNull } from './caught-errors.js';
import { isArgumentTypeCheck } from './argument-checks.js';
import { callsFunnel, errorFunnels } from './error-funnels.js';
import { convertsToResult } from './result-conversions.js';

/**
 * `cb(new Error(…))` / `done(err)`: a function reporting failure through its callback (a parameter
 * or a local holding one), or through one of the file's error funnels (`failure(new Error(…))`).
 */
function callbackErrorObservations(src: TsSource): Observation[] {
  const { T } = src;
  const out: Observation[] = [];
  const funnels = errorFunnels(T, src.sf);
  forEachFunction(src, (fn) => {
    // Node calls a stream implementer method with its callback: reporting through it is the contract.
    if (isStreamImplementerMethod(T, fn)) return;
    const callbacks = callbackNames(T, fn);
    forEachOwn(T, fn.body, (c) => {
      if (!T.isCallExpression(c) || !T.isIdentifier(c.expression)) return;
      const name = c.expression.text;
      if (!funnels.has(name) && (!callbacks.has(name) || !isCallbackName(name))) return;
      if (reportsError(T, c.arguments[0])) out.push(observe(src, { category: 'error-handling', styles: ['callback-errors'] }, c));
    });
  });
  return out;
}

/** A component's `return null` renders nothing; it is not an error convention. */
function rendersJsx(src: TsSource, fn: ts.Node): boolean {
  const { T } = src;
  let found = false;
  const walk = (c: ts.Node): void => {
    if (found) return;
    if (T.isJsxElement(c) || T.isJsxSelfClosingElement(c) || T.isJsxFragment(c)) found = true;
    else if (!isFunctionLike(T, c)) T.forEachChild(c, walk);
  };
  T.forEachChild(fn, walk);
  return found;
}

/** What one statement of a catch clause does with the error, if anything. */
function clauseStatementStyle(src: TsSource, c: ts.Node, funnels: ReadonlySet<string>): string | undefined {
  const { T } = src;
  if (callsFunnel(T, T.isReturnStatement(c) ? c.expression : c, funnels)) return 'callback-errors';
  if (T.isReturnStatement(c))
    return settlesExecutor(T, c.expression && skipParens(T, c.expression)) === 'reject' ? 'exceptions' : returnStyle(T, c.expression);
  if (T.isThrowStatement(c)) return 'exceptions';
  if (T.isCallExpression(c) && T.isIdentifier(c.expression) && CALLBACK_PARAM.test(c.expression.text)) return 'callback-errors';
  return undefined;
}

/**
 * What a catch clause does with the error: rethrow, return a value that reports it, or call back.
 * A clause that turns the error into a result or an error code (`return { data: null, error }`)
 * has that convention even where it rethrows in some branch (an opt-in `throwOnError`, an error it
 * does not recognise): the conversion is what the clause is for.
 */
function catchStyle(src: TsSource, clause: ts.CatchClause, funnels: ReadonlySet<string>): string[] {
  const { T } = src;
  const styles: string[] = [];
  forEachOwn(T, clause.block, (c) => {
    const style = clauseStatementStyle(src, c, funnels);
    if (style) styles.push(style);
  });
  const converts = styles.find((s) => CONVERTING.has(s));
  if (converts) return [converts];
  const first = styles[0];
  // The error handed to a callback the block defers (`setImmediate(() => callback(err))`).
  if (!first && handsErrorToCallback(T, clause.block)) return ['callback-errors'];
  if (first === 'null-return' && recoversWithNull(T, clause)) return ['null-return', 'exceptions'];
  return [first ?? 'exceptions'];
}

/** Styles of a catch clause that converts the error into a returned value. */
const CONVERTING: ReadonlySet<string> = new Set(['result', 'error-codes']);

/** `.catch(handler)`: rejections handled as exceptions, unless the handler passes them to a callback or makes them a Result. */
function promiseCatchStyle(src: TsSource, call: ts.CallExpression): string {
  if (handsErrorToCallback(src.T, call.arguments[0])) return 'callback-errors';
  return convertsToResult(src.T, call.arguments[0]) ? 'result' : 'exceptions';
}

/**
 * A throw; in a catch clause that converts errors to results, the rethrow of the caught error is
 * that clause's escape hatch (`if (this.shouldThrowOnError) throw error`), in the style of either.
 */
function rethrowStyles(src: TsSource, n: ts.ThrowStatement, converted: ErrorScope['converted']): string[] {
  return converted && isRethrow(src.T, n, converted.caught) ? [converted.style, 'exceptions'] : ['exceptions'];
}

interface ErrorScope {
  inCatch: boolean;
  /** In a catch clause converting the error to a result: the error it caught (a rethrow of it belongs to the conversion). */
  converted?: { caught: string | undefined; style: string };
  inGuard: boolean;
  /** In a try block: a catch clause reports its failures, and a conditional `null` there is a value. */
  inTry?: boolean;
  /** In a component or a getter, `return null` / `undefined` is a value (nothing to render, not known), not a failure. */
  returnsValues: boolean;
}

/** `undefined` or `void 0`: the absence of a value, never a failure signal on its own. */
function isUndefined(src: TsSource, e: ts.Expression | undefined): boolean {
  const { T } = src;
  if (!e) return false;
  const x = skipParens(T, e);
  return (T.isIdentifier(x) && x.text === 'undefined') || T.isVoidExpression(x);
}

/** throw, try/catch, `Promise.reject`, `.catch(handler)`, and returns that report failure in a guard. */
function statementObservations(src: TsSource): Observation[] {
  const { T, sf } = src;
  const out: Observation[] = [];
  // A funnel's call is a callback error, read with the callback calls.
  const funnels = errorFunnels(T, sf);
  const add = (styles: string[], at: ts.Node, evidence: ts.Node = at, argumentCheck = false): void => {
    out.push(observe(src, { category: 'error-handling', styles, ...(argumentCheck ? { argumentCheck } : {}) }, at, evidence));
  };
  const visit = (n: ts.Node, scope: ErrorScope): void => {
    if (isFunctionLike(T, n) || T.isGetAccessorDeclaration(n)) {
      const inner = { inCatch: false, inGuard: false, returnsValues: T.isGetAccessorDeclaration(n) || rendersJsx(src, n) };
      T.forEachChild(n, (c) => visit(c, inner));
      return;
    }
    if (T.isThrowStatement(n) && !isDefaultClauseAssertion(T, n))
      add(rethrowStyles(src, n, scope.converted), n, n, isArgumentTypeCheck(T, n));
    if (T.isTryStatement(n) && n.catchClause) {
      const styles = catchStyle(src, n.catchClause, funnels);
      add(styles, n, n.catchClause);
      visit(n.tryBlock, { ...scope, inTry: true });
      const converted = CONVERTING.has(styles[0] as string)
        ? { caught: caughtName(T, n.catchClause), style: styles[0] as string }
        : undefined;
      T.forEachChild(n.catchClause, (c) => visit(c, { ...scope, inCatch: true, converted }));
      if (n.finallyBlock) visit(n.finallyBlock, scope);
      return;
    }
    const settles = T.isReturnStatement(n) ? settlesExecutor(T, n.expression && skipParens(T, n.expression)) : undefined;
    if (settles === 'reject' && !scope.inCatch) add(['exceptions'], n);
    if (T.isReturnStatement(n) && !scope.inCatch && !settles && !isComparatorReturn(T, n) && !callsFunnel(T, n.expression, funnels)) {
      const style = returnStyle(T, n.expression);
      const failure = style !== 'null-return' || (scope.inGuard && !scope.returnsValues && !isUndefined(src, n.expression));
      if (style && failure) add([style], n);
      // A guard written as a conditional expression is a guard.
      else if (!style && !scope.returnsValues && !scope.inTry && isConditionalNullReturn(T, n.expression)) add(['null-return'], n);
    }
    if (T.isCallExpression(n)) {
      const text = n.expression.getText(sf);
      if (text === 'Promise.reject') add(['exceptions'], n);
      if (T.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'catch' && n.arguments.length === 1)
        add([promiseCatchStyle(src, n)], n);
    }
    const next = scope.inGuard || !T.isIfStatement(n) ? scope : { ...scope, inGuard: true };
    T.forEachChild(n, (c) => visit(c, next));
  };
  visit(sf, { inCatch: false, inGuard: false, returnsValues: false });
  return out;
}

/** Error handling: callback errors first, then exceptions and returned failure values, then returned messages. */
export function errorHandlingObservations(src: TsSource): Observation[] {
  return [
    ...callbackErrorObservations(src),
    ...statementObservations(src),
    ...errorMessageObservations(src),
    ...reportedErrorObservations(src),
    ...passedErrorListObservations(src),
  ];
}
