import type ts from 'typescript';
import type { Observation } from '../features.js';
import { globalScriptStatement } from './global-scripts.js';
import { hasModifier } from './syntax.js';
import { observe, type TsSource } from './source.js';

function isRequireCall(src: TsSource, n: ts.Node): boolean {
  const { T } = src;
  return (
    T.isCallExpression(n) &&
    T.isIdentifier(n.expression) &&
    n.expression.text === 'require' &&
    n.arguments.length === 1 &&
    T.isStringLiteralLike(n.arguments[0] as ts.Node)
  );
}

function isCommonJsExport(src: TsSource, n: ts.Node): boolean {
  const { T } = src;
  if (!T.isBinaryExpression(n) || n.operatorToken.kind !== T.SyntaxKind.EqualsToken || !T.isPropertyAccessExpression(n.left)) return false;
  const target = n.left.getText(src.sf);
  return target === 'module.exports' || target.startsWith('exports.') || target.startsWith('module.exports.');
}

/**
 * Module system, one observation per file: ESM (`import`/`export`) or CommonJS (`require`,
 * `module.exports`), whichever the file uses more, located at the first marker; a file with
 * neither that publishes itself through a top-level call or assignment is a global script.
 */
export function moduleSystemObservations(src: TsSource): Observation[] {
  const { T, sf } = src;
  const markers: { node: ts.Node; style: 'esm' | 'commonjs' }[] = [];
  for (const st of sf.statements) {
    if (T.isImportDeclaration(st) || T.isExportDeclaration(st) || T.isExportAssignment(st)) markers.push({ node: st, style: 'esm' });
    if (hasModifier(T, st, T.SyntaxKind.ExportKeyword)) markers.push({ node: st, style: 'esm' });
  }
  const visit = (n: ts.Node): void => {
    if (isRequireCall(src, n) || isCommonJsExport(src, n)) markers.push({ node: n, style: 'commonjs' });
    T.forEachChild(n, visit);
  };
  visit(sf);
  const first = markers[0];
  if (!first) {
    const script = globalScriptStatement(T, sf);
    return script ? [observe(src, { category: 'module-system', styles: ['script'] }, script)] : [];
  }
  const esm = markers.filter((m) => m.style === 'esm').length;
  const style = esm >= markers.length - esm ? 'esm' : 'commonjs';
  return [observe(src, { category: 'module-system', styles: [style] }, first.node)];
}
