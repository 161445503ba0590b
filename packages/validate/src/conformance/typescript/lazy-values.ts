import type ts from 'typescript';
import { isFunctionLike, isNullish, skipParens, type Ts } from './syntax.js';
import type { TsSource } from './source.js';

function isName(T: Ts, e: ts.Expression, name: string): boolean {
  const x = skipParens(T, e);
  return T.isIdentifier(x) && x.text === name;
}

/** `!name`, `name === undefined`, `name == null`, `typeof name === 'undefined'`: a test that the value is not there yet. */
function testsUnset(T: Ts, cond: ts.Expression, name: string): boolean {
  const c = skipParens(T, cond);
  if (T.isPrefixUnaryExpression(c) && c.operator === T.SyntaxKind.ExclamationToken) return isName(T, c.operand, name);
  if (!T.isBinaryExpression(c)) return false;
  const op = c.operatorToken.kind;
  if (op !== T.SyntaxKind.EqualsEqualsEqualsToken && op !== T.SyntaxKind.EqualsEqualsToken) return false;
  const [l, r] = [skipParens(T, c.left), skipParens(T, c.right)];
  const side = (a: ts.Expression, b: ts.Expression): boolean =>
    (isName(T, a, name) && isNullish(T, b)) ||
    (T.isTypeOfExpression(a) && isName(T, a.expression, name) && T.isStringLiteral(b) && b.text === 'undefined');
  return side(l, r) || side(r, l);
}

/** Whether an assignment sits in the then-branch of an `if` of its own function that tests the binding unset. */
function guardedByUnsetTest(T: Ts, n: ts.Node, name: string): boolean {
  for (let child: ts.Node = n, p: ts.Node | undefined = n.parent; p && !isFunctionLike(T, p); child = p, p = p.parent)
    if (T.isIfStatement(p) && p.thenStatement === child && testsUnset(T, p.expression, name)) return true;
  return false;
}

/** A write of the binding, and whether it is a lazy first assignment (`??=`, `||=`, or `=` under an unset test). */
function writeOf(T: Ts, n: ts.Node, name: string): 'lazy' | 'other' | undefined {
  if (
    T.isBinaryExpression(n) &&
    n.operatorToken.kind >= T.SyntaxKind.FirstAssignment &&
    n.operatorToken.kind <= T.SyntaxKind.LastAssignment
  ) {
    let x = skipParens(T, n.left);
    const whole = T.isIdentifier(x);
    while (T.isPropertyAccessExpression(x) || T.isElementAccessExpression(x)) x = skipParens(T, x.expression);
    if (!T.isIdentifier(x) || x.text !== name) return undefined;
    if (!whole) return 'other';
    // A service made on first use (`client = new Client()`) is a singleton all the same.
    const value = skipParens(T, n.right);
    if (T.isNewExpression(value)) return 'other';
    const op = n.operatorToken.kind;
    if (op === T.SyntaxKind.QuestionQuestionEqualsToken || op === T.SyntaxKind.BarBarEqualsToken) return 'lazy';
    return op === T.SyntaxKind.EqualsToken && guardedByUnsetTest(T, n, name) ? 'lazy' : 'other';
  }
  const mutates = T.isCallExpression(n) && T.isPropertyAccessExpression(n.expression) && isName(T, n.expression.expression, name);
  return mutates &&
    /^(?:push|pop|shift|unshift|splice|set|add|delete|clear|sort|fill|reverse)$/.test(
      (n.expression as ts.PropertyAccessExpression).name.text,
    )
    ? 'other'
    : undefined;
}

/**
 * A module-level `let` a function fills on first use and then only reads
 * (`let packageJson; … if (!packageJson) { …; packageJson = data } return packageJson`): the value
 * is computed once, the same for every caller, as a memo cache's entries are. It shares no data
 * between calls; a service created that way (`client = new Client()`) is still a singleton.
 */
export function isLazyValue(src: TsSource, name: string): boolean {
  const { T } = src;
  const b = src.moduleBindings.get(name);
  if (!b || b.declKind === 'const' || (b.init !== undefined && !isNullish(T, b.init))) return false;
  let lazy = 0;
  let other = 0;
  const visit = (n: ts.Node): void => {
    const w = writeOf(T, n, name);
    if (w === 'lazy') lazy++;
    if (w === 'other') other++;
    T.forEachChild(n, visit);
  };
  visit(src.sf);
  return lazy > 0 && other === 0;
}
