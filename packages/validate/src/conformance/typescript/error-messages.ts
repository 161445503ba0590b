import type ts from 'typescript';
import type { Observation } from '../features.js';
import { forEachFunction } from './functions.js';
import { forEachOwn, isNullish, skipParens, type FunctionLike, type Ts } from './syntax.js';
import { observe, type TsSource } from './source.js';

/** `'Expected ' + name` / `'a' + (n ? 'n ' : ' ') + type`: a message built from literal pieces and values. */
function isBuiltMessage(T: Ts, x: ts.Expression): boolean {
  if (!T.isBinaryExpression(x) || x.operatorToken.kind !== T.SyntaxKind.PlusToken) return false;
  const pieces: ts.Expression[] = [];
  const flatten = (e: ts.Expression): void => {
    const y = skipParens(T, e);
    if (T.isBinaryExpression(y) && y.operatorToken.kind === T.SyntaxKind.PlusToken) {
      flatten(y.left);
      flatten(y.right);
    } else pieces.push(y);
  };
  flatten(x);
  const literal = (y: ts.Expression): boolean => T.isStringLiteral(y) || T.isNoSubstitutionTemplateLiteral(y);
  return pieces.some(literal) && pieces.some((y) => !literal(y));
}

/** A string that reads as a message for a person: it has a space or starts with a capital (`'Required'`). */
function isMessage(T: Ts, e: ts.Expression): boolean {
  const x = skipParens(T, e);
  if (isBuiltMessage(T, x)) return true;
  const text = T.isStringLiteral(x) || T.isNoSubstitutionTemplateLiteral(x) ? x.text : T.isTemplateExpression(x) ? x.getText() : undefined;
  return text !== undefined && text.length > 1 && (/\s/.test(text.trim()) || /^[A-Z]/.test(text));
}

/** A value that says "nothing wrong": undefined, null, true or false. */
function isSuccessValue(T: Ts, e: ts.Expression): boolean {
  const x = skipParens(T, e);
  return isNullish(T, x) || x.kind === T.SyntaxKind.TrueKeyword || x.kind === T.SyntaxKind.FalseKeyword;
}

const TEST_OPERATORS = new Set(['===', '!==', '==', '!=', '<', '>', '<=', '>=', 'instanceof', 'in', '&&', '||']);

/** A boolean test: a comparison, a negation, or tests joined by `&&` / `||`. */
function isTest(T: Ts, e: ts.Expression): boolean {
  const x = skipParens(T, e);
  if (T.isPrefixUnaryExpression(x)) return x.operator === T.SyntaxKind.ExclamationToken;
  if (!T.isBinaryExpression(x) || !TEST_OPERATORS.has(T.tokenToString(x.operatorToken.kind) ?? '')) return false;
  const joined = x.operatorToken.kind === T.SyntaxKind.AmpersandAmpersandToken || x.operatorToken.kind === T.SyntaxKind.BarBarToken;
  return !joined || (isTest(T, x.left) && isTest(T, x.right));
}

/**
 * `ok ? undefined : 'Required'`, `typeof v === 'string' || 'must be a string'`: a message on one
 * side, success (a value or `true`) on the other.
 */
function conditionalMessage(T: Ts, e: ts.Expression): ts.Expression | undefined {
  const x = skipParens(T, e);
  // Only after a test: `sub.helpGroup() || 'Commands:'` is a default value, not a verdict.
  const logical = T.isBinaryExpression(x) && x.operatorToken.kind === T.SyntaxKind.BarBarToken;
  if (logical && isTest(T, x.left) && isMessage(T, x.right)) return x.right;
  if (!T.isConditionalExpression(x)) return undefined;
  if (isMessage(T, x.whenTrue) && isSuccessValue(T, x.whenFalse)) return x.whenTrue;
  if (isMessage(T, x.whenFalse) && isSuccessValue(T, x.whenTrue)) return x.whenFalse;
  return undefined;
}

function inGuard(T: Ts, n: ts.Node, fn: ts.Node): boolean {
  for (let p = n.parent; p && p !== fn; p = p.parent) if (T.isIfStatement(p) || T.isCaseClause(p)) return true;
  return false;
}

/** Whether control can reach the end of the body without a return (a validator that finds nothing wrong). */
function fallsThrough(T: Ts, body: ts.Block): boolean {
  const last = body.statements[body.statements.length - 1];
  return !last || !(T.isReturnStatement(last) || T.isThrowStatement(last));
}

/**
 * The messages a function returns to report failure, when it is a validator that returns them
 * instead of throwing: messages returned from guards or one side of a conditional, success
 * (undefined, null, a boolean or falling through) everywhere else, and no other values returned.
 */
function returnedMessages(T: Ts, fn: FunctionLike & { body: ts.Node }): ts.Node[] {
  if (!T.isBlock(fn.body)) {
    const m = conditionalMessage(T, fn.body as ts.Expression);
    return m ? [m] : [];
  }
  const messages: ts.Node[] = [];
  let success = fallsThrough(T, fn.body);
  let otherValues = false;
  forEachOwn(T, fn.body, (n) => {
    if (!T.isReturnStatement(n) || !n.expression) return;
    const conditional = conditionalMessage(T, n.expression);
    // The other side of a conditional message is the success path.
    if (conditional) {
      messages.push(conditional);
      success = true;
    } else if (isMessage(T, n.expression) && inGuard(T, n, fn)) messages.push(n);
    else if (isSuccessValue(T, n.expression)) success = true;
    else otherValues = true;
  });
  return success && !otherValues ? messages : [];
}

const ERRORS_NAME = /^(?:errors?|\w*Errors)$/;

/** `const errors = {}; if (…) errors.email = 'Required'; return errors`: messages collected and returned. */
function collectedMessages(T: Ts, body: ts.Block): ts.Node[] {
  const names = new Set<string>();
  const returned = new Set<string>();
  const messages: { target: string; node: ts.Node }[] = [];
  forEachOwn(T, body, (n) => {
    if (T.isVariableDeclaration(n) && T.isIdentifier(n.name) && ERRORS_NAME.test(n.name.text) && n.initializer) {
      const init = skipParens(T, n.initializer);
      if (T.isObjectLiteralExpression(init) || T.isArrayLiteralExpression(init)) names.add(n.name.text);
    }
    if (T.isReturnStatement(n) && n.expression && T.isIdentifier(n.expression)) returned.add(n.expression.text);
    const assigned =
      T.isBinaryExpression(n) && n.operatorToken.kind === T.SyntaxKind.EqualsToken && isMessage(T, n.right) ? n.left : undefined;
    if (
      assigned &&
      (T.isPropertyAccessExpression(assigned) || T.isElementAccessExpression(assigned)) &&
      T.isIdentifier(assigned.expression)
    )
      messages.push({ target: assigned.expression.text, node: n });
    const pushed =
      T.isCallExpression(n) && T.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'push'
        ? n.expression.expression
        : undefined;
    if (pushed && T.isIdentifier(pushed) && T.isCallExpression(n) && n.arguments.some((a) => isMessage(T, a)))
      messages.push({ target: pushed.text, node: n });
  });
  return messages.filter((m) => names.has(m.target) && returned.has(m.target)).map((m) => m.node);
}

/** Error handling by returned messages: validators that return `'Must be a number'` instead of throwing. */
export function errorMessageObservations(src: TsSource): Observation[] {
  const out: Observation[] = [];
  forEachFunction(src, (fn) => {
    const messages = [...returnedMessages(src.T, fn), ...(src.T.isBlock(fn.body) ? collectedMessages(src.T, fn.body) : [])];
    for (const m of messages) out.push(observe(src, { category: 'error-handling', styles: ['error-messages'] }, m));
  });
  return out;
}
