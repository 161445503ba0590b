import type ts from 'typescript';
import { isFunctionLike, skipParens, type FunctionLike, type Ts } from './syntax.js';

/** The function a node sits in, if any. */
function enclosingFunction(T: Ts, n: ts.Node): FunctionLike | undefined {
  for (let p = n.parent; p; p = p.parent) if (isFunctionLike(T, p)) return p;
  return undefined;
}

/** The names a function's parameters bind (destructured ones included). */
function parameterNames(T: Ts, fn: FunctionLike): Set<string> {
  const names = new Set<string>();
  const bind = (b: ts.BindingName): void => {
    if (T.isIdentifier(b)) names.add(b.text);
    else for (const el of b.elements) if (!T.isOmittedExpression(el)) bind(el.name);
  };
  for (const p of fn.parameters) bind(p.name);
  return names;
}

/** The identifier at the root of `a`, `a.b`, `a[0]`. */
function rootName(T: Ts, e: ts.Expression): string | undefined {
  let x = skipParens(T, e);
  while (T.isPropertyAccessExpression(x) || T.isElementAccessExpression(x)) x = skipParens(T, x.expression);
  return T.isIdentifier(x) ? x.text : undefined;
}

/** Whether a condition checks the type of one of `params`: `typeof p`, `Array.isArray(p)`, `p instanceof X`. */
function checksParameterType(T: Ts, condition: ts.Expression, params: Set<string>): boolean {
  let found = false;
  const isParam = (e: ts.Expression | undefined): boolean => !!e && params.has(rootName(T, e) ?? '');
  const walk = (n: ts.Node): void => {
    if (found || isFunctionLike(T, n)) return;
    if (T.isTypeOfExpression(n) && isParam(n.expression)) found = true;
    else if (T.isCallExpression(n) && n.expression.getText() === 'Array.isArray' && isParam(n.arguments[0])) found = true;
    else if (T.isBinaryExpression(n) && n.operatorToken.kind === T.SyntaxKind.InstanceOfKeyword && isParam(n.left)) found = true;
    else T.forEachChild(n, walk);
  };
  walk(condition);
  return found;
}

/** The if statement whose branch a throw is (`if (…) throw …`, `else { throw … }`), if any. */
function branchOf(T: Ts, n: ts.ThrowStatement): ts.IfStatement | undefined {
  const holder = T.isBlock(n.parent) ? n.parent.parent : n.parent;
  return holder && T.isIfStatement(holder) ? holder : undefined;
}

/**
 * `if (typeof task !== 'function') throw new Error('Invalid arguments')`: a throw in a branch of
 * an `if` (or its `else`, after `typeof t === 'object'` … `else if (typeof t === 'number')`) that
 * checks the type of the function's own parameters. Node's convention for callback APIs is to
 * throw synchronously when the arguments are wrong, before any work starts, and to hand failures
 * of the work to the callback; such a throw reports a misuse of the API, not a failure of the
 * work, so in a house of callback errors it is the house's own way (see callback-house).
 */
export function isArgumentTypeCheck(T: Ts, n: ts.ThrowStatement): boolean {
  const fn = enclosingFunction(T, n);
  const branch = branchOf(T, n);
  // A usage error is made where the misuse is found; `if (err instanceof Error) throw err` passes a failure on.
  if (!fn || !branch || !T.isNewExpression(skipParens(T, n.expression))) return false;
  return checksParameterType(T, branch.expression, parameterNames(T, fn));
}
