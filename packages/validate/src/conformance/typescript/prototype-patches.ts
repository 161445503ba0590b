import type ts from 'typescript';
import { paramNames, skipParens, type FunctionLike } from './syntax.js';
import type { TsSource } from './source.js';

/**
 * Built-in classes: their prototypes are shared by every module of the program, so a function
 * that writes to one (`Array.prototype.last = …`) changes what all of them see.
 */
const BUILT_IN_CLASSES = new Set([
  'Array',
  'Object',
  'String',
  'Number',
  'Boolean',
  'Function',
  'Promise',
  'Date',
  'RegExp',
  'Map',
  'Set',
  'Error',
]);

/** `Object.assign(X.prototype, …)`, `Object.defineProperty(X.prototype, …)`: a write to the first argument. */
const OBJECT_WRITERS = /^Object\.(?:assign|defineProperty|defineProperties)$/;

/** Names the module imports (`import`, `import x = require`, `const x = require(…)`): classes it does not own. */
function importedNames(src: TsSource): Set<string> {
  const { T } = src;
  const names = new Set<string>();
  const isRequire = (e: ts.Expression | undefined): boolean =>
    e !== undefined &&
    T.isCallExpression(skipParens(T, e)) &&
    (skipParens(T, e) as ts.CallExpression).expression.getText(src.sf) === 'require';
  for (const st of src.sf.statements) {
    if (T.isImportDeclaration(st) && st.importClause && !st.importClause.isTypeOnly) {
      if (st.importClause.name) names.add(st.importClause.name.text);
      const nb = st.importClause.namedBindings;
      if (nb && T.isNamespaceImport(nb)) names.add(nb.name.text);
      if (nb && T.isNamedImports(nb)) for (const el of nb.elements) names.add(el.name.text);
    }
    if (T.isImportEqualsDeclaration(st)) names.add(st.name.text);
    if (T.isVariableStatement(st))
      for (const d of st.declarationList.declarations) if (T.isIdentifier(d.name) && isRequire(d.initializer)) names.add(d.name.text);
  }
  return names;
}

/** `X` of `X.prototype`, or undefined. */
export function prototypeOwner(T: TsSource['T'], e: ts.Expression): string | undefined {
  const x = skipParens(T, e);
  if (!T.isPropertyAccessExpression(x) || x.name.text !== 'prototype') return undefined;
  const owner = skipParens(T, x.expression);
  return T.isIdentifier(owner) ? owner.text : undefined;
}

/** The written object of an assignment target (`proto.quarter = …` → `proto`), or undefined. */
function assignedObject(T: TsSource['T'], n: ts.Node): ts.Expression | undefined {
  if (!T.isBinaryExpression(n) || n.operatorToken.kind !== T.SyntaxKind.EqualsToken) return undefined;
  const left = skipParens(T, n.left);
  return T.isPropertyAccessExpression(left) || T.isElementAccessExpression(left) ? left.expression : undefined;
}

/** The object an `Object.assign(target, …)`-style call writes to, or undefined. */
function objectWriterTarget(src: TsSource, n: ts.Node): ts.Expression | undefined {
  const { T } = src;
  if (!T.isCallExpression(n) || !OBJECT_WRITERS.test(n.expression.getText(src.sf))) return undefined;
  return n.arguments[0];
}

/**
 * The class whose prototype the function changes without owning it, or undefined: a plugin
 * handed the class (`export default (o, c) => { const proto = c.prototype; proto.add = … }`)
 * or one importing it patches an object every user of that class shares. Writing to the
 * prototype of a class the module declares (`Strategy.prototype.userProfile = …`) is how a
 * CommonJS module defines its own class, not a patch.
 */
export function patchedPrototype(src: TsSource, fn: FunctionLike & { body: ts.Node }): string | undefined {
  const { T } = src;
  const foreign = new Set([...paramNames(T, fn), ...importedNames(src), ...BUILT_IN_CLASSES]);
  const aliases = new Map<string, string>();
  const ownerOf = (e: ts.Expression): string | undefined => {
    const x = skipParens(T, e);
    if (T.isIdentifier(x)) return aliases.get(x.text);
    const owner = prototypeOwner(T, x);
    return owner !== undefined && foreign.has(owner) ? owner : undefined;
  };
  let patched: string | undefined;
  // Nested callbacks included: `aliases.forEach((a) => { proto[a] = proto[a.slice(0, -1)] })`.
  const visit = (n: ts.Node): void => {
    if (T.isVariableDeclaration(n) && T.isIdentifier(n.name) && n.initializer) {
      const owner = ownerOf(n.initializer);
      if (owner !== undefined) aliases.set(n.name.text, owner);
    }
    const target = assignedObject(T, n) ?? objectWriterTarget(src, n);
    if (patched === undefined && target !== undefined) patched = ownerOf(target);
    T.forEachChild(n, visit);
  };
  T.forEachChild(fn.body, visit);
  return patched;
}
