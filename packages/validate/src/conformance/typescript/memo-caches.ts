import type ts from 'typescript';
import { isFunctionLike, skipParens, type Ts } from './syntax.js';
import type { TsSource } from './source.js';

/** Reads that look a key up: `cache.has(k)`, `cache.get(k)`, `cache.hasOwnProperty(k)`, `k in cache`, `cache[k]`. */
const LOOKUP = /^(?:has|get|hasOwnProperty)$/;

function isName(T: Ts, e: ts.Expression, name: string): boolean {
  const x = skipParens(T, e);
  return T.isIdentifier(x) && x.text === name;
}

/** `name[key] = …` or `name.set(key, …)`: a keyed write. */
function keyedWrite(T: Ts, n: ts.Node, name: string): boolean {
  if (T.isBinaryExpression(n) && n.operatorToken.kind === T.SyntaxKind.EqualsToken)
    return T.isElementAccessExpression(n.left) && isName(T, n.left.expression, name);
  return (
    T.isCallExpression(n) &&
    T.isPropertyAccessExpression(n.expression) &&
    n.expression.name.text === 'set' &&
    isName(T, n.expression.expression, name)
  );
}

/** Any other write: reassigning the binding, deleting from it, clearing it, a property set by name. */
function otherWrite(T: Ts, n: ts.Node, name: string): boolean {
  if (
    T.isBinaryExpression(n) &&
    n.operatorToken.kind >= T.SyntaxKind.FirstAssignment &&
    n.operatorToken.kind <= T.SyntaxKind.LastAssignment
  ) {
    let x = skipParens(T, n.left);
    while (T.isPropertyAccessExpression(x) || T.isElementAccessExpression(x)) x = skipParens(T, x.expression);
    return T.isIdentifier(x) && x.text === name && !keyedWrite(T, n, name);
  }
  if (T.isDeleteExpression(n)) return referencesName(T, n, name);
  return (
    T.isCallExpression(n) &&
    T.isPropertyAccessExpression(n.expression) &&
    /^(?:clear|delete|push|splice)$/.test(n.expression.name.text) &&
    isName(T, n.expression.expression, name)
  );
}

/** A lookup of the cache: a `has`/`get`/`hasOwnProperty` call, `k in cache`, or a keyed read. */
function lookup(T: Ts, n: ts.Node, name: string): boolean {
  if (T.isCallExpression(n) && T.isPropertyAccessExpression(n.expression) && LOOKUP.test(n.expression.name.text))
    return isName(T, n.expression.expression, name);
  if (T.isBinaryExpression(n) && n.operatorToken.kind === T.SyntaxKind.InKeyword) return isName(T, n.right, name);
  return T.isElementAccessExpression(n) && isName(T, n.expression, name) && !(T.isBinaryExpression(n.parent) && n.parent.left === n);
}

/**
 * A module-level `const` memo cache (`const attrValidationCache = {}`, `const cache = new Map()`):
 * every function that writes it writes one key (`cache[name] = result`, `cache.set(k, v)`) after
 * looking that key up, and nothing else changes it. The function returns the same value for the
 * same key whether the entry is there or not: memoization keeps a computed result, it shares no
 * data between calls.
 */
export function isMemoCache(src: TsSource, name: string): boolean {
  const { T } = src;
  if (src.moduleBindings.get(name)?.declKind !== 'const') return false;
  let memo = true;
  let writes = 0;
  const inFunction = (fn: ts.Node): void => {
    let wrote = false;
    let looked = false;
    const walk = (n: ts.Node): void => {
      if (keyedWrite(T, n, name)) wrote = true;
      else if (otherWrite(T, n, name)) memo = false;
      if (lookup(T, n, name)) looked = true;
      if (!isFunctionLike(T, n)) T.forEachChild(n, walk);
    };
    T.forEachChild(fn, walk);
    if (wrote) writes++;
    if (wrote && !looked) memo = false;
  };
  const visit = (n: ts.Node): void => {
    if (isFunctionLike(T, n)) inFunction(n);
    T.forEachChild(n, visit);
  };
  visit(src.sf);
  return memo && writes > 0;
}

/** Whether `delete …` removes something from `name`. */
function referencesName(T: Ts, n: ts.DeleteExpression, name: string): boolean {
  let x = skipParens(T, n.expression);
  while (T.isPropertyAccessExpression(x) || T.isElementAccessExpression(x)) x = skipParens(T, x.expression);
  return T.isIdentifier(x) && x.text === name;
}
