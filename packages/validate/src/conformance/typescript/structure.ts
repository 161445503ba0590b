import type ts from 'typescript';
import type { Observation } from '../features.js';
import { hasModifier, isFunctionLike, skipParens } from './syntax.js';
import { observe, type TsSource } from './source.js';
import { extensionCalls } from './extension-calls.js';
import { prototypeInstalls } from './prototype-installs.js';
import { isDescriptorObject } from './descriptor-objects.js';

interface Unit {
  style: 'classes' | 'functions' | 'wrapped' | 'extensions' | 'descriptor';
  node: ts.Node;
  weight: number;
}

/** The module's anonymous export (`export default …`, `module.exports = …`) when `matches` its expression. */
function anonymousExport(src: TsSource, matches: (e: ts.Expression) => boolean): ts.Node | undefined {
  const { T, sf } = src;
  for (const st of sf.statements) {
    if (T.isExportAssignment(st) && matches(st.expression)) return st;
    if (!T.isExpressionStatement(st) || !T.isBinaryExpression(st.expression)) continue;
    const { left, operatorToken, right } = st.expression;
    if (operatorToken.kind === T.SyntaxKind.EqualsToken && left.getText(sf) === 'module.exports' && matches(right)) return st;
  }
  return undefined;
}

/**
 * The module's anonymous exported function: `module.exports = (opts) => …`, `export default
 * function () {…}`, `export default () => …`. It is the module's public face as much as a named
 * export is, and the classes it uses inside are then private.
 */
function anonymousExportedFunction(src: TsSource): ts.Node | undefined {
  const { T, sf } = src;
  const declared = sf.statements.find((st) => T.isFunctionDeclaration(st) && !st.name && hasModifier(T, st, T.SyntaxKind.DefaultKeyword));
  return declared ?? anonymousExport(src, (e) => isFunctionLike(T, skipParens(T, e)));
}

/** The module's anonymous export made by a factory: `export default defineHandler(async (event) => …)`, `module.exports = wrap(function …)`. */
function anonymousExportedWrapper(src: TsSource): ts.Node | undefined {
  return anonymousExport(src, (e) => isWrappedFunction(src, e));
}

/** The module's anonymous exported descriptor object (see descriptor-objects). */
function anonymousExportedDescriptor(src: TsSource): ts.Node | undefined {
  return anonymousExport(src, (e) => isDescriptorObject(src.T, e));
}

/** Whether a declaration is public: everything when the file exports nothing (not even an anonymous unit), else what it exports. */
function isPublic(src: TsSource, name: string): boolean {
  const anonymous = anonymousExportedFunction(src) ?? anonymousExportedWrapper(src) ?? anonymousExportedDescriptor(src);
  return (src.exported.size === 0 && anonymous === undefined) || src.exported.has(name);
}

/**
 * An error class is left out of structure (every house of functions defines some), unless it
 * carries this many methods: then it is a class with behaviour of its own (`format`, `flatten`,
 * `addIssue`…), written the way the house does not write its modules.
 */
const BEHAVING_ERROR_METHODS = 4;

/** Top-level classes with behaviour, weighted by their methods. Thin errors and data holders do not count. */
function classUnits(src: TsSource): Unit[] {
  const { T, sf } = src;
  const units: Unit[] = [];
  const visit = (n: ts.Node, depth: number): void => {
    if (T.isClassDeclaration(n) && n.name && depth === 0 && isPublic(src, n.name.text)) {
      const methods = n.members.filter(
        (m) => T.isMethodDeclaration(m) || (T.isPropertyDeclaration(m) && m.initializer && isFunctionLike(T, m.initializer)),
      );
      const base = n.heritageClauses?.flatMap((h) => h.types.map((t) => t.expression.getText(sf)))[0] ?? '';
      const isError = /^(?:\w+\.)?\w*(?:Error|Exception)$/.test(base);
      if (methods.length > 0 && !(isError && methods.length < BEHAVING_ERROR_METHODS))
        units.push({ style: 'classes', node: n, weight: methods.length });
    }
    const nested = T.isBlock(n) || T.isClassLike(n) || isFunctionLike(T, n);
    T.forEachChild(n, (c) => visit(c, depth + (nested ? 1 : 0)));
  };
  visit(sf, 0);
  return units;
}

/**
 * A function handed to a factory call that makes the unit: `lintRule(meta, function (tree, file)
 * {…})`, `_curry2(function pluck(p, list) {…})`, `defineEventHandler(async (event) => …)`. A style
 * of its own: where a house makes every unit through a factory, a bare function misses the contract
 * the factory gives; where it writes bare functions, a factory-made one brings a contract it lacks.
 */
function isWrappedFunction(src: TsSource, init: ts.Expression): boolean {
  const { T } = src;
  const call = skipParens(T, init);
  return T.isCallExpression(call) && call.arguments.some((a) => isFunctionLike(T, skipParens(T, a)));
}

/** Public top-level functions: declarations and functions assigned to variables. */
function functionUnits(src: TsSource): Unit[] {
  const { T } = src;
  const units: Unit[] = [];
  const anonymous = anonymousExportedFunction(src);
  if (anonymous) units.push({ style: 'functions', node: anonymous, weight: 1 });
  const wrapped = anonymousExportedWrapper(src);
  if (wrapped) units.push({ style: 'wrapped', node: wrapped, weight: 1 });
  const descriptor = anonymousExportedDescriptor(src);
  if (descriptor) units.push({ style: 'descriptor', node: descriptor, weight: 1 });
  for (const st of src.sf.statements) {
    if (T.isFunctionDeclaration(st) && st.name && isPublic(src, st.name.text)) units.push({ style: 'functions', node: st, weight: 1 });
    if (!T.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!T.isIdentifier(d.name) || !d.initializer || !isPublic(src, d.name.text)) continue;
      if (isFunctionLike(T, skipParens(T, d.initializer))) units.push({ style: 'functions', node: d, weight: 1 });
      else if (isWrappedFunction(src, d.initializer)) units.push({ style: 'wrapped', node: d, weight: 1 });
    }
  }
  return units;
}

/**
 * Structure, one observation per file: its public behaviour is organised in classes (methods), in
 * plain functions, in functions made by a factory call, in methods added to a shared object (an
 * extend call, a prototype of a class it does not own) or in an exported descriptor object,
 * whichever holds more of it; a helper beside a class or a model class beside
 * functions does not change that.
 */
export function structureObservations(src: TsSource): Observation[] {
  const extensions = [...extensionCalls(src), ...prototypeInstalls(src)].map((e): Unit => ({ style: 'extensions', ...e }));
  const units = [...classUnits(src), ...functionUnits(src), ...extensions];
  const weightOf = (style: string): number => units.filter((u) => u.style === style).reduce((sum, u) => sum + u.weight, 0);
  // Ties go to classes, then to plain functions.
  const mainStyle = (['classes', 'functions', 'wrapped', 'extensions', 'descriptor'] as const).reduce((best, style) =>
    weightOf(style) > weightOf(best) ? style : best,
  );
  const mainUnit = units.find((u) => u.style === mainStyle);
  return mainUnit ? [observe(src, { category: 'structure', styles: [mainUnit.style] }, mainUnit.node)] : [];
}
