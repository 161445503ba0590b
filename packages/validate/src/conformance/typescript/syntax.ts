import type ts from 'typescript';

/** The TypeScript compiler module: syntax helpers take it as a value because it is loaded on first use. */
export type Ts = typeof ts;

export type FunctionLike = ts.FunctionDeclaration | ts.MethodDeclaration | ts.ArrowFunction | ts.FunctionExpression;

export function scriptKind(T: Ts, file: string): ts.ScriptKind {
  if (file.endsWith('.tsx')) return T.ScriptKind.TSX;
  if (file.endsWith('.jsx')) return T.ScriptKind.JSX;
  if (/\.(?:js|mjs|cjs)$/.test(file)) return T.ScriptKind.JS;
  return T.ScriptKind.TS;
}

export function isFunctionLike(T: Ts, n: ts.Node): n is FunctionLike {
  return T.isFunctionDeclaration(n) || T.isMethodDeclaration(n) || T.isArrowFunction(n) || T.isFunctionExpression(n);
}

export function hasModifier(T: Ts, n: ts.Node, kind: ts.SyntaxKind): boolean {
  return T.canHaveModifiers(n) ? (T.getModifiers(n) ?? []).some((m) => m.kind === kind) : false;
}

/** Visits a function's own body: nested functions and classes are not entered. */
export function forEachOwn(T: Ts, node: ts.Node, visit: (n: ts.Node) => void): void {
  const walk = (n: ts.Node): void => {
    visit(n);
    if (isFunctionLike(T, n) || T.isClassLike(n)) return;
    T.forEachChild(n, walk);
  };
  T.forEachChild(node, walk);
}

/** The expression under parentheses, `as`, `satisfies` and `!`. */
export function skipParens(T: Ts, e: ts.Expression): ts.Expression {
  let x = e;
  while (T.isParenthesizedExpression(x) || T.isAsExpression(x) || T.isSatisfiesExpression(x) || T.isNonNullExpression(x)) x = x.expression;
  return x;
}

export function isNullish(T: Ts, e: ts.Expression | undefined): boolean {
  if (!e) return false;
  const x = skipParens(T, e);
  return x.kind === T.SyntaxKind.NullKeyword || (T.isIdentifier(x) && x.text === 'undefined') || T.isVoidExpression(x);
}

/** The names of an object literal's properties and methods. */
export function propertyNames(T: Ts, o: ts.ObjectLiteralExpression): Set<string> {
  const names = new Set<string>();
  for (const p of o.properties) {
    if (
      (T.isPropertyAssignment(p) || T.isShorthandPropertyAssignment(p) || T.isMethodDeclaration(p)) &&
      p.name &&
      (T.isIdentifier(p.name) || T.isStringLiteral(p.name))
    ) {
      names.add(p.name.text);
    }
  }
  return names;
}

/** The name a call goes to: `x.save(…)` → save, `save(…)` and `new Save(…)` → save/Save, anything else → ''. */
export function calleeName(T: Ts, c: ts.CallExpression | ts.NewExpression): string {
  if (T.isPropertyAccessExpression(c.expression)) return c.expression.name.text;
  return T.isIdentifier(c.expression) ? c.expression.text : '';
}

/** A literal scalar or a collection of literals (`'a'`, `3`, `[1, 2]`, `Object.freeze({ a: 1 })`). */
export function isLiteralValue(T: Ts, e: ts.Expression): boolean {
  const x = skipParens(T, e);
  if (T.isStringLiteral(x) || T.isNumericLiteral(x) || T.isNoSubstitutionTemplateLiteral(x) || T.isRegularExpressionLiteral(x)) return true;
  if (x.kind === T.SyntaxKind.TrueKeyword || x.kind === T.SyntaxKind.FalseKeyword) return true;
  if (T.isPrefixUnaryExpression(x) && T.isNumericLiteral(x.operand)) return true;
  if (T.isArrayLiteralExpression(x)) return x.elements.length > 0 && x.elements.every((el) => isLiteralValue(T, el));
  if (T.isObjectLiteralExpression(x))
    return x.properties.length > 0 && x.properties.every((p) => T.isPropertyAssignment(p) && isLiteralValue(T, p.initializer));
  if (T.isCallExpression(x) && x.expression.getText() === 'Object.freeze' && x.arguments[0]) return isLiteralValue(T, x.arguments[0]);
  return false;
}

/** A literal collection (`['a', 'b']`, `{ a: 1 }`): teams name these either way, so they say nothing. */
export function isLiteralCollection(T: Ts, e: ts.Expression): boolean {
  const x = skipParens(T, e);
  return (T.isArrayLiteralExpression(x) || T.isObjectLiteralExpression(x) || T.isCallExpression(x)) && isLiteralValue(T, x);
}

/** Parameter names that take a callback: `cb`, `done`, `next`, `onLoadCallback`. */
export const CALLBACK_PARAM = /^(?:cb|callback|done|next|[a-z]\w*(?:Callback|Cb)|[a-z]\w*_(?:callback|cb))$/;
/** Parameter names that hold an error: the first parameter of an error-first handler. */
export const ERROR_PARAM = /^(?:err|error|er|ex|e)$/;

/** A function's parameter names ('' for destructured parameters). */
export function paramNames(T: Ts, fn: FunctionLike): string[] {
  return fn.parameters.map((p) => (T.isIdentifier(p.name) ? p.name.text : ''));
}
