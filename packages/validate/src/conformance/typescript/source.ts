import type ts from 'typescript';
import { snippet, type Observation } from '../features.js';
import { hasModifier, propertyNames, skipParens, type Ts } from './syntax.js';

/** A module-level variable: how it is declared and what it starts as. */
export interface ModuleBinding {
  declKind: 'let' | 'var' | 'const';
  init: ts.Expression | undefined;
}

/** One parsed file and the facts every category visitor needs. Built once per file; never shared. */
export interface TsSource {
  T: Ts;
  sf: ts.SourceFile;
  file: string;
  /** Names exported by ESM `export` or CommonJS `exports.x =` / `module.exports = {…}`. */
  exported: Set<string>;
  moduleBindings: Map<string, ModuleBinding>;
}

export function lineOf(src: TsSource, n: ts.Node): number {
  return src.sf.getLineAndCharacterOfPosition(n.getStart(src.sf)).line + 1;
}

/** An observation located at `at`, its evidence the first line of `evidenceNode`. */
export function observe(src: TsSource, o: Omit<Observation, 'line' | 'evidence'>, at: ts.Node, evidenceNode: ts.Node = at): Observation {
  return { ...o, line: lineOf(src, at), evidence: snippet(evidenceNode.getText(src.sf)) };
}

function esmExports(T: Ts, st: ts.Statement, exported: Set<string>): void {
  if (hasModifier(T, st, T.SyntaxKind.ExportKeyword)) {
    if (
      (T.isFunctionDeclaration(st) ||
        T.isClassDeclaration(st) ||
        T.isInterfaceDeclaration(st) ||
        T.isTypeAliasDeclaration(st) ||
        T.isEnumDeclaration(st)) &&
      st.name
    )
      exported.add(st.name.text);
    if (T.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (T.isIdentifier(d.name)) exported.add(d.name.text);
  }
  if (T.isExportDeclaration(st) && st.exportClause && T.isNamedExports(st.exportClause))
    for (const el of st.exportClause.elements) exported.add((el.propertyName ?? el.name).text);
  if (T.isExportAssignment(st) && T.isIdentifier(st.expression)) exported.add(st.expression.text);
}

/** `exports.x = …`, `module.exports.x = …`, `module.exports = { a, b }` / `= name`. */
function commonJsExports(T: Ts, sf: ts.SourceFile, exported: Set<string>): void {
  const visit = (n: ts.Node): void => {
    if (T.isBinaryExpression(n) && n.operatorToken.kind === T.SyntaxKind.EqualsToken && T.isPropertyAccessExpression(n.left)) {
      const target = n.left.getText(sf);
      if (target.startsWith('exports.') || target.startsWith('module.exports.')) exported.add(n.left.name.text);
      const right = skipParens(T, n.right);
      if (target === 'module.exports' && T.isObjectLiteralExpression(right)) for (const name of propertyNames(T, right)) exported.add(name);
      if (target === 'module.exports' && T.isIdentifier(right)) exported.add(right.text);
    }
    T.forEachChild(n, visit);
  };
  visit(sf);
}

function bindingsOf(T: Ts, sf: ts.SourceFile): Map<string, ModuleBinding> {
  const bindings = new Map<string, ModuleBinding>();
  for (const st of sf.statements) {
    if (!T.isVariableStatement(st)) continue;
    const flags = st.declarationList.flags;
    const declKind = flags & T.NodeFlags.Const ? 'const' : flags & T.NodeFlags.Let ? 'let' : 'var';
    for (const d of st.declarationList.declarations)
      if (T.isIdentifier(d.name)) bindings.set(d.name.text, { declKind, init: d.initializer });
  }
  return bindings;
}

/** Reads the file's exports and module-level bindings. */
export function tsSource(T: Ts, sf: ts.SourceFile, file: string): TsSource {
  const exported = new Set<string>();
  for (const st of sf.statements) esmExports(T, st, exported);
  commonJsExports(T, sf, exported);
  return { T, sf, file, exported, moduleBindings: bindingsOf(T, sf) };
}
