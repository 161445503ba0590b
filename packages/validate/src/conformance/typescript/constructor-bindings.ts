import type ts from 'typescript';
import type { TsSource } from './source.js';

/**
 * The plain names a file uses as constructors: the callee of `new X(…)` and the right side of
 * `instanceof X`. JavaScript names constructors in PascalCase (ESLint's `new-cap` requires it of
 * every `new`), so a variable or parameter holding one (`let Route = null` loaded lazily, `const
 * Ctor = proto.constructor`) is named as a class, not by the file's variable convention.
 */
export function constructorNames(src: TsSource): Set<string> {
  const { T } = src;
  const names = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (T.isNewExpression(n) && T.isIdentifier(n.expression)) names.add(n.expression.text);
    if (T.isBinaryExpression(n) && n.operatorToken.kind === T.SyntaxKind.InstanceOfKeyword && T.isIdentifier(n.right))
      names.add(n.right.text);
    T.forEachChild(n, visit);
  };
  visit(src.sf);
  return names;
}
