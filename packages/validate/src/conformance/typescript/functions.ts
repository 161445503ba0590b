import type ts from 'typescript';
import { isFunctionLike, type FunctionLike } from './syntax.js';
import type { TsSource } from './source.js';

/**
 * Calls `visit` for every function with a body, in source order. `topUnit` says whether it is a
 * unit of the module's design (a top-level function, a method of a top-level class, a function
 * assigned to a top-level variable or exported) rather than a helper nested in another function.
 */
export function forEachFunction(src: TsSource, visit: (fn: FunctionLike & { body: ts.Node }, topUnit: boolean) => void): void {
  const { T, sf } = src;
  const walk = (n: ts.Node, topUnit: boolean): void => {
    if (isFunctionLike(T, n) && n.body) visit(n as FunctionLike & { body: ts.Node }, topUnit);
    const childTop = (c: ts.Node): boolean => {
      if (isFunctionLike(T, n)) return false;
      if (n === sf) return true;
      return (
        topUnit &&
        (T.isClassLike(n) ||
          T.isVariableStatement(n) ||
          T.isVariableDeclarationList(n) ||
          T.isVariableDeclaration(n) ||
          T.isExportAssignment(n) ||
          T.isClassLike(c))
      );
    };
    T.forEachChild(n, (c) => walk(c, childTop(c)));
  };
  walk(sf, true);
}

/** How many functions with a body the file holds. */
export function countFunctions(src: TsSource): number {
  let count = 0;
  forEachFunction(src, () => count++);
  return count;
}
