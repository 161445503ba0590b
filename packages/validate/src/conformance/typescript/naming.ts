import type ts from 'typescript';
import { namingStyles } from '../naming-style.js';
import { classFileNameStyles } from '../acronym-file-names.js';
import type { IdentifierKind, Observation } from '../features.js';
import { isFunctionLike, isLiteralCollection, isLiteralValue, skipParens } from './syntax.js';
import { observe, type TsSource } from './source.js';
import { constructorNames, declaresComponent } from './constructor-bindings.js';
import { declaresSchema } from './schema-bindings.js';
import { isDecoratorFactory } from './decorator-factories.js';

/** A module-level binding named in UPPER_SNAKE is a constant whatever its value or keyword (`const HEADER_RE = new RegExp(…)`, `var EVENT_END = constants.EVENT_END`). */
const UPPER_SNAKE = /^_*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+_*$/;

function named(src: TsSource, kind: IdentifierKind, id: ts.Identifier, at: ts.Node, exported: boolean): Observation {
  return observe(src, { category: 'naming', kind, styles: namingStyles(id.text), name: id.text, exported }, id, at);
}

/** Names of classes, interfaces, type aliases and enums. */
function typeNames(src: TsSource): Observation[] {
  const { T } = src;
  const out: Observation[] = [];
  const visit = (n: ts.Node): void => {
    if ((T.isClassDeclaration(n) || T.isInterfaceDeclaration(n) || T.isTypeAliasDeclaration(n) || T.isEnumDeclaration(n)) && n.name)
      out.push(named(src, 'class', n.name, n, src.exported.has(n.name.text)));
    T.forEachChild(n, visit);
  };
  visit(src.sf);
  return out;
}

function bindingIdentifiers(src: TsSource, b: ts.BindingName, into: ts.Identifier[] = []): ts.Identifier[] {
  const { T } = src;
  if (T.isIdentifier(b)) into.push(b);
  else for (const el of b.elements) if (!T.isOmittedExpression(el)) bindingIdentifiers(src, el.name, into);
  return into;
}

/** `require('x')`, `require('x').Y`: the name comes from the other module (a class there is PascalCase), not from this file's convention. */
function isRequire(src: TsSource, e: ts.Expression): boolean {
  const { T } = src;
  const x = T.isPropertyAccessExpression(e) ? skipParens(T, e.expression) : e;
  return T.isCallExpression(x) && T.isIdentifier(x.expression) && x.expression.text === 'require';
}

/**
 * A pre-`class` constructor: a function that sets fields on `this` (`function Strategy(opts) {
 * this.name = 'session' }`). Its name is a class name.
 */
function isConstructorFunction(src: TsSource, fn: ts.FunctionDeclaration): boolean {
  const { T } = src;
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || T.isFunctionDeclaration(n) || T.isFunctionExpression(n) || T.isClassLike(n)) return;
    if (
      T.isBinaryExpression(n) &&
      n.operatorToken.kind === T.SyntaxKind.EqualsToken &&
      T.isPropertyAccessExpression(n.left) &&
      n.left.expression.kind === T.SyntaxKind.ThisKeyword
    )
      found = true;
    else T.forEachChild(n, visit);
  };
  if (fn.body) T.forEachChild(fn.body, visit);
  return found;
}

/**
 * A variable's names by kind: a function when it holds one, a constant when it is a module-level
 * `const` of a literal; literal collections at module level are skipped (teams name them either way).
 */
function variableNames(src: TsSource, n: ts.VariableDeclaration, topLevel: boolean, ctors: Set<string>): Observation[] {
  const { T, sf } = src;
  const isTop =
    topLevel && T.isVariableDeclarationList(n.parent) && T.isVariableStatement(n.parent.parent) && n.parent.parent.parent === sf;
  const isConst = T.isVariableDeclarationList(n.parent) && (n.parent.flags & T.NodeFlags.Const) !== 0;
  const init = n.initializer ? skipParens(T, n.initializer) : undefined;
  const out: Observation[] = [];
  if (init && isRequire(src, init)) return out;
  for (const id of bindingIdentifiers(src, n.name)) {
    let kind: IdentifierKind = 'variable';
    if (ctors.has(id.text) || (/^[A-Z]/.test(id.text) && (declaresComponent(T, n) || declaresSchema(T, n)))) kind = 'class';
    else if (init && isFunctionLike(T, init) && T.isIdentifier(n.name)) kind = isDecoratorFactory(src, init) ? 'class' : 'function';
    else if (isTop && isConst && init && isLiteralCollection(T, init)) continue;
    // Code written before `const` (or converted from it) declares its constants with `var`:
    // the UPPER_SNAKE name says what the keyword cannot.
    else if (isTop && init && ((isConst && isLiteralValue(T, init)) || UPPER_SNAKE.test(id.text))) kind = 'constant';
    out.push(named(src, kind, id, n, src.exported.has(id.text)));
  }
  return out;
}

function methodName(src: TsSource, n: ts.MethodDeclaration & { name: ts.Identifier }): Observation {
  const { T } = src;
  const owner = T.isClassLike(n.parent) && n.parent.name ? n.parent.name.text : undefined;
  return named(src, 'function', n.name, n, owner ? src.exported.has(owner) : true);
}

/** Names of functions, methods, variables, parameters and constants. */
function valueNames(src: TsSource): Observation[] {
  const { T } = src;
  const out: Observation[] = [];
  const ctors = constructorNames(src);
  const visit = (n: ts.Node, topLevel: boolean): void => {
    if (T.isFunctionDeclaration(n) && n.name)
      out.push(
        named(
          src,
          isConstructorFunction(src, n) || isDecoratorFactory(src, n) ? 'class' : 'function',
          n.name,
          n,
          src.exported.has(n.name.text),
        ),
      );
    if (T.isMethodDeclaration(n) && T.isIdentifier(n.name)) out.push(methodName(src, n as ts.MethodDeclaration & { name: ts.Identifier }));
    if (T.isVariableDeclaration(n)) out.push(...variableNames(src, n, topLevel, ctors));
    if (T.isParameter(n) && T.isIdentifier(n.name)) out.push(named(src, ctors.has(n.name.text) ? 'class' : 'variable', n.name, n, false));
    T.forEachChild(n, (c) => visit(c, topLevel && !isFunctionLike(T, c) && !T.isClassLike(c)));
  };
  visit(src.sf, true);
  return out;
}

/** Naming per identifier kind: types, functions and methods, variables and parameters, constants, the file. */
export function namingObservations(src: TsSource): Observation[] {
  const types = typeNames(src);
  const out = [...types, ...valueNames(src)];
  const fileStyles = classFileNameStyles(
    src.file,
    types.flatMap((o) => (o.name ? [o.name] : [])),
  );
  if (fileStyles.length)
    out.push({ category: 'naming', kind: 'file', styles: fileStyles, line: 1, evidence: src.file.split(/[\\/]/).pop() ?? src.file });
  return out;
}
