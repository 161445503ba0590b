import type ts from 'typescript';
import { isFunctionLike, skipParens, type Ts } from './syntax.js';
import { prototypeOwner } from './prototype-patches.js';
import type { TsSource } from './source.js';

/** Names the module declares at top level (functions, classes, variables): classes it owns. */
function declaredNames(src: TsSource): Set<string> {
  const { T } = src;
  const names = new Set<string>();
  for (const st of src.sf.statements) {
    if ((T.isFunctionDeclaration(st) || T.isClassDeclaration(st)) && st.name) names.add(st.name.text);
    if (T.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (T.isIdentifier(d.name)) names.add(d.name.text);
  }
  return names;
}

/** Whether an assigned value is a function: written in place or a top-level function of the module named by it. */
function isFunctionValue(T: Ts, value: ts.Expression, functions: ReadonlySet<string>): boolean {
  const x = skipParens(T, value);
  return isFunctionLike(T, x) || (T.isIdentifier(x) && functions.has(x.text));
}

/** The module's top-level function declarations by name. */
function functionNames(src: TsSource): Set<string> {
  const { T } = src;
  return new Set(src.sf.statements.flatMap((st) => (T.isFunctionDeclaration(st) && st.name ? [st.name.text] : [])));
}

/**
 * Top-level statements installing a method on the prototype of a class the module does not
 * declare: `Observable.prototype[map] = mapOperator`, `Stream.prototype.take = function (n) {…}`.
 * Like an extend call (see extension-calls), the module's public behaviour is then a method on a
 * shared object, not an exported function or class. Writing to the prototype of a class the
 * module declares (`function Strategy() {…}; Strategy.prototype.parse = …`) is how a CommonJS
 * module writes its own class and is left out. Each statement weighs one method.
 */
export function prototypeInstalls(src: TsSource): { node: ts.Node; weight: number }[] {
  const { T } = src;
  const owned = declaredNames(src);
  const functions = functionNames(src);
  const out: { node: ts.Node; weight: number }[] = [];
  for (const st of src.sf.statements) {
    if (!T.isExpressionStatement(st)) continue;
    const e = skipParens(T, st.expression);
    if (!T.isBinaryExpression(e) || e.operatorToken.kind !== T.SyntaxKind.EqualsToken) continue;
    const left = skipParens(T, e.left);
    if (!T.isPropertyAccessExpression(left) && !T.isElementAccessExpression(left)) continue;
    const owner = prototypeOwner(T, left.expression);
    if (owner !== undefined && !owned.has(owner) && isFunctionValue(T, e.right, functions)) out.push({ node: st, weight: 1 });
  }
  return out;
}
