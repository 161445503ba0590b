import type ts from 'typescript';
import { calleeName, forEachOwn, skipParens, type Ts } from './syntax.js';

/** Calls that report an error to a person or a tracker: loggers' levels, `console.*`, error trackers. */
const REPORTING_CALL = /^(?:log|warn|error|info|debug|trace|fatal|report\w*|capture\w*)$/;

/** The name a catch clause binds the error to (`catch (error)` → `error`; none for `catch {}`). */
export function caughtName(T: Ts, clause: ts.CatchClause): string | undefined {
  const d = clause.variableDeclaration;
  return d && T.isIdentifier(d.name) ? d.name.text : undefined;
}

/** `throw error` of the error the enclosing catch clause caught: the same error handed on, unchanged. */
export function isRethrow(T: Ts, n: ts.ThrowStatement, caught: string | undefined): boolean {
  const x = n.expression && skipParens(T, n.expression);
  return caught !== undefined && x !== undefined && T.isIdentifier(x) && x.text === caught;
}

/** A call that hands the caught error on to be reported (`console.warn('…', error)`, `logger.error(msg, { error })`). */
function reportsCaught(T: Ts, c: ts.CallExpression, caught: string): boolean {
  if (!REPORTING_CALL.test(calleeName(T, c))) return false;
  const mentions = (n: ts.Node): boolean => (T.isIdentifier(n) && n.text === caught) || (T.forEachChild(n, mentions) ?? false);
  return c.arguments.some(mentions);
}

/**
 * A catch clause that reports the error it caught and returns null
 * (`catch (error) { console.warn('Error reading key', error); return null }`) has handled the
 * failure where it happened: the null is the value the program goes on with, as a default value
 * returned from the same clause is (`return initialValue`), not a failure signal left to the
 * caller. It fits a house that catches and recovers as well as one that returns null. A clause
 * that returns null without a word (`catch { return null }`) turns the failure into null for the
 * caller: the null-return convention.
 */
export function recoversWithNull(T: Ts, clause: ts.CatchClause): boolean {
  const caught = caughtName(T, clause);
  if (!caught) return false;
  let reported = false;
  forEachOwn(T, clause.block, (c) => {
    if (T.isCallExpression(c) && reportsCaught(T, c, caught)) reported = true;
  });
  return reported;
}
